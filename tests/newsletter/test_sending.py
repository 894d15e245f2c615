"""A language going live sends one mailing, in batches with retries, to its confirmed readers."""

from __future__ import annotations

import pytest
from anymail.signals import AnymailTrackingEvent, tracking
from django.core import mail
from django.test import Client

from csrs import languages
from issues.l10n import format_week_range
from issues.models import Delivery, IssuePage, Mailing, MailingBatch, Subscriber
from issues.newsletter import mailings
from issues.workflow import actions
from tests.background.conftest import DATABASE_QUEUE, run_worker, tasks_by_name
from tests.factories import build_issue, make_site
from tests.newsletter import flaky_mail
from tests.newsletter.conftest import make_subscriber, path_of


def mailed_languages(issue) -> list[str]:
    return sorted(Mailing.objects.filter(issue=issue).values_list("language", flat=True))


@pytest.mark.django_db
def test_each_language_readers_can_read_gets_one_mailing_however_often_it_is_published(
    archive, admin_user
):
    issue = build_issue(archive, number=700, codes=("en", "ps", "ar"), approve=False)
    # Only the original language is readable: the unapproved translations are not mailed.
    assert mailed_languages(issue) == ["en"]

    actions.approve(issue, languages.PASHTO, comment="ok")
    actions.publish_language(issue, languages.PASHTO, admin_user)
    assert mailed_languages(issue) == ["en", "ps"]

    # Publishing again, unpublishing and republishing: nobody is mailed twice.
    issue.refresh_from_db()
    issue.save_revision().publish()
    issue.unpublish()
    IssuePage.objects.get(pk=issue.pk).save_revision().publish()
    assert mailed_languages(issue) == ["en", "ps"]

    # An editor may send again on purpose.
    mailings.create_mailing(issue, "ps", reason=Mailing.AGAIN, user=admin_user)
    assert mailed_languages(issue) == ["en", "ps", "ps"]


@pytest.mark.django_db
def test_a_private_issue_is_not_mailed(archive):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(page=archive, restriction_type="login")
    issue = build_issue(archive, number=701, codes=("en",))
    assert mailed_languages(issue) == []


@pytest.fixture
def queue(settings):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the database task queue is tested on PostgreSQL")
    settings.TASKS = DATABASE_QUEUE
    settings.TASK_RETRY_BACKOFF_SECONDS = 0
    settings.NEWSLETTER_BATCH_SIZE = 2
    settings.EMAIL_BACKEND = "tests.newsletter.flaky_mail.EmailBackend"
    mail.outbox = []
    flaky_mail.EmailBackend.failing = {}
    yield
    flaky_mail.EmailBackend.failing = {}


@pytest.mark.django_db(transaction=True)
def test_a_mailing_goes_out_in_batches_and_a_failing_batch_is_retried_without_duplicates(queue):
    home, archive = make_site()
    readers = [make_subscriber(f"reader{n}@example.org", ("ps",)) for n in range(5)]
    make_subscriber("waiting@example.org", ("ps",), confirmed=False)
    make_subscriber("english@example.org", ("en",))
    gone = make_subscriber("gone@example.org", ("ps", "en"))
    Subscriber.objects.filter(pk=gone.pk).update(status=Subscriber.UNSUBSCRIBED)
    # The connection drops on the 4th reader: the 3rd (same batch) was already sent.
    flaky_mail.EmailBackend.failing = {"reader3@example.org": 1}

    issue = build_issue(archive, number=702, codes=("ps",), original_language="ps")
    run_worker()

    mailing = Mailing.objects.get(issue=issue, language="ps")
    assert mailing.status == Mailing.SENT and mailing.recipients == 5
    assert [b.size for b in mailing.batches.all()] == [2, 2, 1]
    assert set(mailing.batches.values_list("status", flat=True)) == {MailingBatch.SENT}
    send_runs = [row.status for row in tasks_by_name()["send_batch"]]
    assert send_runs.count("FAILED") == 1 and send_runs.count("SUCCESSFUL") == 3
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == sorted(r.email for r in readers), "each reader once, nobody else"
    assert mailing.deliveries.filter(status=Delivery.SENT).count() == 5


@pytest.mark.django_db(transaction=True)
def test_a_paused_mailing_sends_nothing_until_resumed(queue):
    home, archive = make_site()
    for n in range(3):
        make_subscriber(f"p{n}@example.org", ("en",))
    issue = build_issue(archive, number=703, codes=("en",), publish=False)
    # Publish, and pause before the worker runs (as an editor would from the admin).
    issue.get_latest_revision().publish()
    mailing = Mailing.objects.get(issue=issue, language="en")
    mailings.pause(mailing)
    run_worker()
    mailing.refresh_from_db()
    assert mailing.status == Mailing.PAUSED and mail.outbox == []
    mailings.resume(mailing)
    run_worker()
    mailing.refresh_from_db()
    assert mailing.status == Mailing.SENT and len(mail.outbox) == 3


@pytest.mark.django_db(transaction=True)
def test_the_message_in_pashto_is_right_to_left_with_its_digits_calendar_and_headers(queue):
    home, archive = make_site()
    reader = make_subscriber("pashto.reader@example.org", ("ps",))
    issue = build_issue(archive, number=704, codes=("en", "ps"))
    run_worker()
    [message] = [m for m in mail.outbox if m.to == [reader.email]]
    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    assert 'lang="ps"' in html and 'dir="rtl"' in html
    assert "<style" not in html and 'style="' in html, "CSS is inlined"
    assert "direction: rtl" in html and "text-align: right" in html
    assert "۷۰۴" in message.subject and "۷۰۴" in html  # Pashto digits
    assert issue.title_ps in message.subject and issue.standfirst_ps in message.body
    assert "شننه 1" in html  # the analysis' title
    assert f"/ps/issues/{issue.number}/" in html and f"/ps/issues/{issue.number}/pdf/" in html
    week = format_week_range(issue.week_start, issue.week_end, languages.PASHTO)
    assert week in html and "۱۴" in week  # Solar Hijri year, Pashto digits

    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http") and "/ps/newsletter/unsubscribe/" in unsubscribe
    assert unsubscribe in message.body  # the plain-text part carries the link too
    rfc = message.message()
    assert rfc["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    response = Client(enforce_csrf_checks=True).post(
        path_of(unsubscribe),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    reader.refresh_from_db()
    assert reader.status == Subscriber.UNSUBSCRIBED


@pytest.mark.django_db(transaction=True)
def test_a_bounce_or_complaint_from_the_provider_suppresses_the_address(queue):
    home, archive = make_site()
    bouncing = make_subscriber("bounces@example.org", ("ar",))
    complaining = make_subscriber("complains@example.org", ("ar",))
    issue = build_issue(archive, number=705, codes=("ar",), original_language="ar")
    run_worker()
    delivery = Delivery.objects.get(subscriber=bouncing)
    tracking.send(
        sender=object,
        event=AnymailTrackingEvent(
            event_type="bounced", recipient="Bounces@example.org", message_id=delivery.message_id
        ),
        esp_name="Postmark",
    )
    tracking.send(
        sender=object,
        event=AnymailTrackingEvent(event_type="complained", recipient=complaining.email),
        esp_name="Amazon SES",
    )
    tracking.send(  # an open is no reason to stop
        sender=object,
        event=AnymailTrackingEvent(event_type="opened", recipient="nobody@example.org"),
        esp_name="Postmark",
    )
    bouncing.refresh_from_db()
    complaining.refresh_from_db()
    assert bouncing.status == complaining.status == Subscriber.SUPPRESSED
    assert Delivery.objects.get(pk=delivery.pk).status == Delivery.BOUNCED
    # Sent again: the suppressed addresses are left out.
    mail.outbox = []
    mailings.create_mailing(issue, "ar", reason=Mailing.AGAIN)
    run_worker()
    assert mail.outbox == []


@pytest.mark.django_db
def test_issues_live_before_the_newsletter_are_not_mailed_when_republished(archive, admin_user):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("issues.migrations.0020_newsletter")
    issue = build_issue(archive, number=702, codes=("en", "ps", "ar"), approve=False)
    actions.approve(issue, languages.PASHTO, comment="ok")
    actions.publish_language(issue, languages.PASHTO, admin_user)
    # As on the day the newsletter is deployed: live languages, no mailing on record yet.
    Mailing.objects.all().delete()
    migration.mark_live_languages_as_announced(apps, None)
    announced = Mailing.objects.filter(issue=issue)
    assert sorted(announced.values_list("language", flat=True)) == ["en", "ps"]
    assert set(announced.values_list("status", "recipients")) == {(Mailing.SENT, 0)}

    # A correction republished (from the latest draft, as the editor does): nobody is mailed.
    IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object().save_revision().publish()
    assert mailed_languages(issue) == ["en", "ps"]

    # A language that goes live after the deployment is mailed as usual.
    actions.approve(issue, languages.ARABIC, comment="ok")
    actions.publish_language(issue, languages.ARABIC, admin_user)
    assert mailed_languages(issue) == ["ar", "en", "ps"]
