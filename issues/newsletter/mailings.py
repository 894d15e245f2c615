"""Mailings: created once per issue and language when it goes live, cut into batches, queued.

Every way a language goes live (the Publish button, "Publish this language", scheduled and bulk
publishing, a revision published from the shell) ends in Wagtail's ``page_published`` with the
live page (see ``issues/workflow/publishing.py``). :func:`on_issue_published` asks, for each
language, whether readers may now read the issue in it (``IssuePage.objects.readable``) and makes
that language's mailing if there is none yet. A unique constraint makes "once" hold even when
two publishes race; republishing finds the mailing there and sends nothing.

Queueing walks the language's confirmed subscribers by id with keyset pagination over the
(language, subscriber) index (never more than one batch of ids in memory) and records each
batch's id range: a batch task later reads only its own range, so 100,000 subscribers are 200
small tasks.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import IntegrityError, transaction

from csrs import languages
from issues.background.queue import enqueue_on_commit

logger = logging.getLogger(__name__)


def recipients(code: str):
    """Confirmed subscribers who want ``code``, in id order (the batches' order)."""
    from issues.models import Subscriber

    return Subscriber.objects.filter(
        status=Subscriber.CONFIRMED, languages__language=code
    ).order_by("pk")


def create_mailing(issue, code: str, *, reason: str, user=None):
    """A new mailing of ``issue`` in ``code``, queued once the transaction commits.

    With ``reason=ON_PUBLISH`` returns None if the issue already has its mailing in ``code``.
    """
    from issues.models import Mailing

    try:
        with transaction.atomic():
            mailing = Mailing.objects.create(
                issue=issue, language=code, reason=reason, created_by=user
            )
    except IntegrityError:
        return None  # this language's mailing exists: publishing again sends nothing
    from issues.newsletter.tasks import queue_mailing

    enqueue_on_commit(queue_mailing, mailing.pk, issue.pk, code)
    return mailing


def on_issue_published(sender, instance, **kwargs) -> None:
    """``page_published`` receiver: a mailing for each language readers can now read."""
    from issues.models import IssuePage, Mailing

    have = set(
        Mailing.objects.filter(issue=instance.pk, reason=Mailing.ON_PUBLISH).values_list(
            "language", flat=True
        )
    )
    for language in languages.LANGUAGES:
        if language.code in have:
            continue
        if not IssuePage.objects.readable(language).filter(pk=instance.pk).exists():
            continue
        try:
            create_mailing(instance, language.code, reason=Mailing.ON_PUBLISH)
        except Exception:
            # Never stop an editor's publish: the mailing can be sent again from the admin.
            logger.exception(
                "Could not create the %s mailing of issue %s", language.code, instance.pk
            )


def recipient_ids_after(code: str, after: int, size: int) -> list[int]:
    """The next ``size`` recipient ids of ``code`` after ``after``: one range scan of the
    (language, subscriber) index, whatever the number of subscribers (keyset pagination)."""
    from issues.models import Subscriber, SubscriberLanguage

    rows = SubscriberLanguage.objects.filter(
        language=code, subscriber_id__gt=after, subscriber__status=Subscriber.CONFIRMED
    ).order_by("subscriber_id")
    return list(rows.values_list("subscriber_id", flat=True)[:size])


def plan_batches(mailing) -> int:
    """Record ``mailing``'s batches (id ranges of its recipients) and return how many recipients.

    Keyset pagination: each step reads the next ``NEWSLETTER_BATCH_SIZE`` ids after the last one,
    so only one batch of ids is ever in memory.
    """
    from issues.models import MailingBatch

    size = settings.NEWSLETTER_BATCH_SIZE
    last = 0
    total = 0
    pending = []
    while ids := recipient_ids_after(mailing.language, last, size):
        pending.append(
            MailingBatch(mailing=mailing, first_id=ids[0], last_id=ids[-1], size=len(ids))
        )
        total += len(ids)
        last = ids[-1]
        if len(pending) >= 100:
            MailingBatch.objects.bulk_create(pending)
            pending = []
    MailingBatch.objects.bulk_create(pending)
    return total


def enqueue_batches(mailing, statuses=None) -> int:
    """Queue a send task for each of ``mailing``'s batches in ``statuses`` (queued by default)."""
    from issues.models import MailingBatch
    from issues.newsletter.tasks import send_batch

    statuses = statuses or [MailingBatch.QUEUED]
    ids = list(mailing.batches.filter(status__in=statuses).values_list("pk", flat=True))
    for batch_id in ids:
        enqueue_on_commit(send_batch, batch_id, mailing.issue_id, mailing.language)
    return len(ids)


def pause(mailing) -> None:
    """Stop sending: batches not yet sent wait (a batch being sent finishes)."""
    from issues.models import Mailing

    Mailing.objects.filter(pk=mailing.pk, status__in=[Mailing.QUEUED, Mailing.SENDING]).update(
        status=Mailing.PAUSED
    )


def resume(mailing) -> int:
    """Send the batches a pause held back; returns how many were queued again."""
    from issues.models import Mailing, MailingBatch

    with transaction.atomic():
        updated = Mailing.objects.filter(pk=mailing.pk, status=Mailing.PAUSED).update(
            status=Mailing.SENDING
        )
        if not updated:
            return 0
        mailing.batches.filter(status=MailingBatch.PAUSED).update(status=MailingBatch.QUEUED)
        return enqueue_batches(mailing)
