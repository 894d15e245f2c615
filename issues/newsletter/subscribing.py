"""Subscribing with double opt-in, confirming, unsubscribing and choosing languages.

:func:`request_subscription` gives the caller nothing to show but "check your inbox": whether the
address was new, waiting, subscribed, unsubscribed or suppressed changes only which mail (if
any) goes out, and the mail goes out from a background task, so neither the answer nor its
timing says anything about the address.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.background.queue import background_task, enqueue_on_commit
from issues.newsletter import links, ratelimit

CONFIRMATION = "confirmation"
ALREADY_SUBSCRIBED = "already_subscribed"


def normalise_email(email: str) -> str:
    """One spelling per address: the whole address lower-cased, surrounding space dropped."""
    return email.strip().lower()


def set_languages(subscriber, codes) -> None:
    """Replace ``subscriber``'s languages with ``codes`` (known codes only, site order)."""
    from issues.models import SubscriberLanguage

    wanted = [code for code in languages.CODES if code in set(codes)]
    subscriber.languages.exclude(language__in=wanted).delete()
    have = set(subscriber.languages.values_list("language", flat=True))
    SubscriberLanguage.objects.bulk_create(
        [SubscriberLanguage(subscriber=subscriber, language=c) for c in wanted if c not in have]
    )


@transaction.atomic
def request_subscription(email: str, codes, language: str, consent_text: str) -> None:
    """Someone asked for ``email`` to get the newsletter in ``codes``, from a page in ``language``.

    Nothing is sent to an address before its owner confirms. A confirmed subscriber's languages
    are not changed from the public form (anyone can type any address): they get a mail with
    their "my languages" link instead.
    """
    from issues.models import Subscriber

    email = normalise_email(email)
    if ratelimit.address_over_limit(email):
        return
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is None:
        subscriber = Subscriber.objects.create(
            email=email, language=language, consent_text=consent_text
        )
    elif subscriber.status == Subscriber.SUPPRESSED:
        return  # the address bounced or complained: never mailed again
    elif subscriber.status == Subscriber.CONFIRMED:
        enqueue_on_commit(send_notice, subscriber.pk, ALREADY_SUBSCRIBED, language)
        return
    else:  # waiting, or unsubscribed earlier: asks afresh
        subscriber.status = Subscriber.PENDING
        subscriber.language = language
        subscriber.consent_text = consent_text
        subscriber.save(update_fields=["status", "language", "consent_text"])
    set_languages(subscriber, codes)
    enqueue_on_commit(send_notice, subscriber.pk, CONFIRMATION, language)


def confirm(subscriber) -> bool:
    """Confirm a waiting subscriber; True if it was waiting (a second click changes nothing)."""
    from issues.models import Subscriber

    updated = Subscriber.objects.filter(pk=subscriber.pk, status=Subscriber.PENDING).update(
        status=Subscriber.CONFIRMED, confirmed_at=timezone.now(), unsubscribed_at=None
    )
    return bool(updated)


def unsubscribe(subscriber) -> None:
    """No more mail to this address (a suppressed address stays suppressed)."""
    from issues.models import Subscriber

    Subscriber.objects.filter(
        pk=subscriber.pk, status__in=[Subscriber.PENDING, Subscriber.CONFIRMED]
    ).update(status=Subscriber.UNSUBSCRIBED, unsubscribed_at=timezone.now())


NOTICE_SUBJECTS = {
    CONFIRMATION: _("Please confirm your subscription to the Weekly Analysis"),
    ALREADY_SUBSCRIBED: _("You already receive the Weekly Analysis"),
}


@background_task(label=_("Newsletter confirmation mail"))
def send_notice(subscriber_id: int, kind: str, language: str) -> None:
    """Mail the subscriber a confirmation link, or their "my languages" link, in ``language``."""
    from issues.models import Subscriber

    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None or subscriber.status == Subscriber.SUPPRESSED:
        return
    language = languages.get_language(language)
    with translation.override(language.code):
        context = {
            "language": language,
            "kind": kind,
            "confirm_url": links.action_url(subscriber, links.CONFIRM, language.code),
            "manage_url": links.action_url(subscriber, links.MANAGE, language.code),
            "unsubscribe_url": links.action_url(subscriber, links.UNSUBSCRIBE, language.code),
        }
        message = EmailMultiAlternatives(
            subject=str(NOTICE_SUBJECTS[kind]),
            body=render_to_string("newsletter/email/notice.txt", context),
            from_email=getattr(settings, "NEWSLETTER_FROM_EMAIL", settings.DEFAULT_FROM_EMAIL),
            to=[subscriber.email],
        )
        message.attach_alternative(
            render_to_string("newsletter/email/notice.html", context), "text/html"
        )
    message.send()
