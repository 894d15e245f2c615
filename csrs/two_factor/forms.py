"""The one-time-code field, shared by the sign-in step and the set-up page."""

from __future__ import annotations

import django_otp
from django import forms
from django.utils.translation import gettext_lazy as _

WRONG_CODE = _("That code is not right. Enter the 6-digit code your authenticator app shows now.")


class OneTimeCodeForm(forms.Form):
    """A 6-digit code checked against one device, or against all the user's confirmed devices.

    django-otp throttles each device after a wrong code, so guessing is slowed down too.
    """

    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=12,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, user, *args, device=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = device

    def clean_otp_token(self):
        token = "".join(self.cleaned_data["otp_token"].split())
        if self.device is not None:
            matched = self.device if self.device.verify_token(token) else None
        else:
            matched = django_otp.match_token(self.user, token)
        if matched is None:
            raise forms.ValidationError(WRONG_CODE, code="invalid")
        self.device = matched
        return token
