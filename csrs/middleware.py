"""Request helpers for security: the two Content-Security-Policies and the client's real IP."""

from __future__ import annotations

import os

from csp.constants import SELF
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest, HttpResponseBase


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ``CONTENT_SECURITY_POLICY_ADMIN`` for the Wagtail admin.

    Public pages get the strict ``CONTENT_SECURITY_POLICY`` (no 'unsafe-inline'). Paths under
    ``CONTENT_SECURITY_POLICY_ADMIN_PREFIXES`` get the admin policy instead, because Wagtail's
    admin writes inline scripts and styles. A view's own ``@csp_override`` still wins.

    A preview is a public page rendered for the admin's side panel: Wagtail renders it from a
    dummy request whose path is the page's public URL, so the path cannot tell it apart. Such a
    request carries ``is_preview`` (``is_dummy`` before the view runs): it gets the public
    policy, except that the admin (same origin) may frame it.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if is_preview_request(request):
            parts.config = preview_policy()
            return parts
        prefixes = tuple(getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN_PREFIXES", ()))
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if admin_policy and prefixes and request.path_info.startswith(prefixes):
            parts.config = admin_policy["DIRECTIVES"]
        return parts


def is_preview_request(request: HttpRequest) -> bool:
    """Whether Wagtail made ``request`` to render a preview (``Page.make_preview_request``)."""
    return bool(getattr(request, "is_preview", False) or getattr(request, "is_dummy", False))


def preview_policy() -> dict:
    """The public pages' directives, with ``frame-ancestors 'self'``: the admin frames previews."""
    directives = dict(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    directives["frame-ancestors"] = [SELF]
    return directives


def client_ip_address(request: HttpRequest) -> str | None:
    """The client's IP for django-axes: trust X-Forwarded-For only as far as our own proxies.

    With ``TRUSTED_PROXY_COUNT=N`` (the number of reverse proxies in front of gunicorn, each
    appending to X-Forwarded-For), the client is the N-th address from the right; anything to the
    left of it was written by the client and could be forged. With 0 (the default), REMOTE_ADDR.
    """
    count = int(os.environ.get("TRUSTED_PROXY_COUNT", "0") or 0)
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if count > 0 and len(forwarded) >= count:
        return forwarded[-count]
    return request.META.get("REMOTE_ADDR")
