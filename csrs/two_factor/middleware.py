"""Ask signed-in admin users for their one-time code before any admin page."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.urls import Resolver404, resolve, reverse
from django_otp.middleware import OTPMiddleware

from .policy import has_confirmed_device, two_factor_required

# Admin views an unverified user may still reach: signing in and out, the code step itself,
# and the static helpers the login screen loads.
ALWAYS_ALLOWED = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "two_factor_verify",
}
ADMIN_PREFIX = "/admin/"


class TwoFactorMiddleware(OTPMiddleware):
    """django-otp's middleware (``request.user.is_verified()``), plus the admin's code step.

    A user who must give a code (``policy.two_factor_required``) and has not yet done so in this
    session is sent to the code step; one who must but has no device yet (a member of a required
    group) is sent to the set-up page. Public pages are never affected, and anonymous requests
    cost no query.
    """

    async_capable = False  # the site runs under WSGI (gunicorn); keep the check simple and sync

    def __call__(self, request):
        self._install_lazy_accessors(request)
        return self.check(request) or self.get_response(request)

    def check(self, request):
        """A redirect to the code step or the set-up page, or None to let the request through."""
        if not request.path_info.startswith(ADMIN_PREFIX):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified() or not two_factor_required(user):
            return None
        try:
            url_name = resolve(request.path_info).url_name
        except Resolver404:
            return None
        if url_name in ALWAYS_ALLOWED:
            return None
        if has_confirmed_device(user):
            return redirect_to_login(request.get_full_path(), reverse("two_factor_verify"))
        if url_name == "two_factor_setup":
            return None
        return redirect_to_login(request.get_full_path(), reverse("two_factor_setup"))
