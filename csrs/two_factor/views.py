"""The admin's code step after the password, and the page to turn two-step sign-in on or off."""

from __future__ import annotations

import base64

import django_otp
import qrcode
import qrcode.image.svg
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import OneTimeCodeForm


def safe_next(request) -> str:
    """The ``next`` address when it stays on this site, else the admin dashboard."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("otp_token")
def verify(request):
    """Second step of signing in: the code from the user's authenticator app."""
    if request.user.is_verified() or not django_otp.user_has_device(request.user):
        return redirect(safe_next(request))
    form = OneTimeCodeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(safe_next(request))
    return TemplateResponse(
        request, "two_factor/verify.html", {"form": form, "next": safe_next(request)}
    )


def qr_code_svg(url: str) -> str:
    """The ``otpauth://`` address as an inline SVG QR code (no inline style or script)."""
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


@never_cache
@sensitive_post_parameters("otp_token")
def setup(request):
    """Turn two-step sign-in on (scan a QR code, confirm a code) or off (confirm a code)."""
    user = request.user
    confirmed = TOTPDevice.objects.devices_for_user(user, confirmed=True).first()
    if confirmed is not None:
        form = OneTimeCodeForm(user, request.POST or None, device=confirmed)
        if request.method == "POST" and form.is_valid():
            TOTPDevice.objects.devices_for_user(user, confirmed=None).delete()
            messages.success(request, _("Two-step sign-in is off for your account."))
            return redirect("two_factor_setup")
        return TemplateResponse(request, "two_factor/setup.html", {"form": form, "enabled": True})

    pending = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if pending is None:
        pending = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    form = OneTimeCodeForm(user, request.POST or None, device=pending)
    if request.method == "POST" and form.is_valid():
        pending.confirmed = True
        pending.save(update_fields=["confirmed"])
        django_otp.login(request, pending)
        messages.success(
            request, _("Two-step sign-in is on: you will be asked for a code at every sign-in.")
        )
        return redirect("two_factor_setup")
    context = {
        "form": form,
        "enabled": False,
        "qr_code": qr_code_svg(pending.config_url),
        "secret": base64.b32encode(pending.bin_key).decode(),
    }
    return TemplateResponse(request, "two_factor/setup.html", context)
