"""Background tasks of the newsletter: plan a mailing's batches, send one batch (with retries).

A batch is idempotent: each message sent is recorded as a :class:`~issues.models.Delivery`
(unique per mailing and subscriber) and a retry skips whoever already has one, so a mail server
that fails halfway through a batch costs a retry of the rest, never a second copy.
"""

from __future__ import annotations

import logging
import smtplib
from email.utils import make_msgid

from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.background.queue import background_task
from issues.newsletter import composing, mailings

logger = logging.getLogger(__name__)

# Refusals of one address: recorded for that address, the batch goes on.
RECIPIENT_ERRORS = (smtplib.SMTPRecipientsRefused,)


@background_task(label=_("Newsletter: queue a mailing"))
def queue_mailing(mailing_id: int, issue_id: int, language: str) -> dict:
    """Cut the mailing's recipients into batches and queue one send task per batch."""
    from issues.models import Mailing, MailingBatch

    with transaction.atomic():
        mailing = Mailing.objects.select_for_update().filter(pk=mailing_id).first()
        if mailing is None or mailing.batches.exists():
            return {"batches": 0}  # gone, or already planned (a retry after a late failure)
        total = mailings.plan_batches(mailing)
        paused = mailing.status == Mailing.PAUSED
        if paused:
            mailing.batches.update(status=MailingBatch.PAUSED)
        mailing.recipients = total
        if not total:
            mailing.status, mailing.finished_at = Mailing.SENT, timezone.now()
        elif not paused:
            mailing.status = Mailing.SENDING
        mailing.save(update_fields=["recipients", "status", "finished_at"])
        queued = 0 if paused else mailings.enqueue_batches(mailing)
    return {"recipients": total, "batches": queued}


def _message_id(message) -> str:
    status = getattr(message, "anymail_status", None)  # the provider's id, which bounces name
    return (getattr(status, "message_id", None) or message.extra_headers["Message-ID"])[:255]


@background_task(label=_("Newsletter: send a batch"))
def send_batch(batch_id: int, issue_id: int, language: str) -> dict:
    """Send one batch of a mailing to those of its recipients who have not had it yet."""
    from issues.models import Delivery, Mailing, MailingBatch

    batch = MailingBatch.objects.select_related("mailing").filter(pk=batch_id).first()
    if batch is None or batch.status == MailingBatch.SENT:
        return {"sent": 0}
    mailing = batch.mailing
    if mailing.status == Mailing.PAUSED:
        MailingBatch.objects.filter(pk=batch.pk).update(status=MailingBatch.PAUSED)
        return {"sent": 0, "paused": True}
    issue = composing.readable_issue(issue_id, language)
    if issue is None:  # unpublished, made private or withdrawn meanwhile: readers may not see it
        MailingBatch.objects.filter(pk=batch.pk).update(
            status=MailingBatch.PAUSED, error="The issue is not public in this language any more."
        )
        Mailing.objects.filter(pk=mailing.pk).update(status=Mailing.PAUSED)
        return {"sent": 0}
    rendered = composing.render_issue(issue, languages.get_language(language))
    done = set(
        Delivery.objects.filter(
            mailing=mailing, subscriber_id__gte=batch.first_id, subscriber_id__lte=batch.last_id
        ).values_list("subscriber_id", flat=True)
    )
    subscribers = mailings.recipients(language).filter(
        pk__gte=batch.first_id, pk__lte=batch.last_id
    )
    deliveries = []
    connection = get_connection()
    try:
        connection.open()
        for subscriber in subscribers.iterator(chunk_size=500):
            if subscriber.pk in done:
                continue
            message = rendered.message_for(subscriber, connection=connection)
            message.extra_headers["Message-ID"] = make_msgid(domain="weekly-analysis")
            try:
                message.send()
            except RECIPIENT_ERRORS as error:
                deliveries.append(
                    Delivery(
                        mailing=mailing,
                        subscriber=subscriber,
                        status=Delivery.FAILED,
                        error=str(error)[:255],
                    )
                )
                continue
            deliveries.append(
                Delivery(mailing=mailing, subscriber=subscriber, message_id=_message_id(message))
            )
    except Exception as error:
        # Keep what went out, so the retry sends only the rest; then fail the attempt.
        Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
        MailingBatch.objects.filter(pk=batch.pk).update(
            status=MailingBatch.FAILED, error=str(error)[:500]
        )
        raise
    finally:
        connection.close()
    Delivery.objects.bulk_create(deliveries, ignore_conflicts=True)
    MailingBatch.objects.filter(pk=batch.pk).update(status=MailingBatch.SENT, error="")
    if not mailing.batches.exclude(status=MailingBatch.SENT).exists():
        Mailing.objects.filter(pk=mailing.pk).exclude(status=Mailing.PAUSED).update(
            status=Mailing.SENT, finished_at=timezone.now()
        )
    return {"sent": sum(1 for d in deliveries if d.status == Delivery.SENT)}


def send_test(issue, code: str, user) -> None:
    """Send ``user`` the message of ``issue`` in ``code`` as it stands in the latest draft.

    Only to the editor themselves: they may read drafts. Readers' mail comes from the live,
    readable issue only.
    """
    from issues.models import Subscriber

    draft = issue.get_latest_revision_as_object()
    language = languages.get_language(code)
    rendered = composing.render_issue(draft, language)
    # Not a subscriber: its links name no row, so they do nothing if clicked.
    message = rendered.message_for(Subscriber(pk=0, email=user.email))
    message.subject = f"[{_('Test')}] {message.subject}"
    message.send()
