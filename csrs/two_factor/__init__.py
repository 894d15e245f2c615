"""Optional two-factor sign-in (TOTP, django-otp) for the Wagtail admin.

wagtail-2fa 1.8.0 does not start on Wagtail 8 (it imports ``wagtail.users.widgets``, which is
gone), so this small app uses django-otp's TOTP devices directly: a middleware that asks for a
one-time code after the password (``middleware.py``), the code step and the device set-up page
(``views.py``), and the admin menu entry (``wagtail_hooks.py``).
"""
