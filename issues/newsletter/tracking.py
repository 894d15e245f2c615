"""Bounces and complaints from mail providers suppress the address (django-anymail's signal).

anymail turns each provider's webhook (Amazon SES, Mailgun, Postmark, …) into one
``anymail.signals.tracking`` signal; the webhook URLs exist when anymail is configured
(``ANYMAIL_ESP``, see the README). A hard bounce, a complaint or a provider's rejection stops
all mail to the address; the delivery it names (by message id) is marked.
"""

from __future__ import annotations

import logging

from django.db import transaction

logger = logging.getLogger(__name__)

SUPPRESSING_EVENTS = {"bounced": "bounced", "complained": "complained", "rejected": "bounced"}


def on_tracking(sender, event, esp_name, **kwargs) -> None:
    """Suppress the recipient of a bounce, complaint or rejection; mark the delivery."""
    from issues.models import Delivery, Subscriber

    kind = SUPPRESSING_EVENTS.get(getattr(event, "event_type", None))
    email = (getattr(event, "recipient", None) or "").strip().lower()
    if kind is None or not email:
        return
    with transaction.atomic():
        Subscriber.objects.filter(email=email).exclude(status=Subscriber.SUPPRESSED).update(
            status=Subscriber.SUPPRESSED, suppressed_reason=f"{esp_name}: {kind}"[:64]
        )
        message_id = getattr(event, "message_id", None)
        if message_id:
            Delivery.objects.filter(message_id=message_id, subscriber__email=email).update(
                status=Delivery.COMPLAINED if kind == "complained" else Delivery.BOUNCED
            )
    logger.info("Newsletter address suppressed after a %s reported by %s", kind, esp_name)


def connect() -> None:
    from anymail.signals import tracking

    tracking.connect(on_tracking, dispatch_uid="newsletter-tracking")
