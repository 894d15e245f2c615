"""Signed links in the newsletter's mail: confirm, unsubscribe, choose languages.

A link is the reader's only key (there is no account): it names the subscriber and the action,
signed with ``SECRET_KEY`` (``django.core.signing``) and a salt per action, so a link for one
action never works for another. A confirmation link expires; unsubscribe and "my languages"
links keep working as long as the address is on the list (mail is read months later), and they
also carry the address, so a link stops working for a row that now holds another address.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import translation

from csrs.base_url import admin_base_url

CONFIRM = "confirm"
UNSUBSCRIBE = "unsubscribe"
MANAGE = "manage"
ACTIONS = (CONFIRM, UNSUBSCRIBE, MANAGE)
CONFIRM_MAX_AGE = 7 * 24 * 3600  # seconds


def _address_tag(email: str) -> str:
    return hashlib.sha256(email.lower().encode("utf-8")).hexdigest()[:16]


def make_token(subscriber, action: str) -> str:
    """The signed token of ``action`` for ``subscriber``."""
    if action not in ACTIONS:
        raise ValueError(action)
    return signing.dumps(
        {"s": subscriber.pk, "a": _address_tag(subscriber.email)}, salt=f"newsletter.{action}"
    )


def read_token(token: str, action: str):
    """The subscriber a valid token of ``action`` names, or None (forged, expired, stale)."""
    from issues.models import Subscriber

    max_age = getattr(settings, "NEWSLETTER_CONFIRM_MAX_AGE", CONFIRM_MAX_AGE)
    try:
        data = signing.loads(
            token, salt=f"newsletter.{action}", max_age=max_age if action == CONFIRM else None
        )
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    subscriber = Subscriber.objects.filter(pk=data.get("s")).first()
    if subscriber is None or _address_tag(subscriber.email) != data.get("a"):
        return None
    return subscriber


def action_url(subscriber, action: str, language: str) -> str:
    """The absolute address of ``action``'s page for ``subscriber``, in ``language``."""
    with translation.override(language):
        path = reverse(f"newsletter_{action}", kwargs={"token": make_token(subscriber, action)})
    return f"{admin_base_url()}{path}"
