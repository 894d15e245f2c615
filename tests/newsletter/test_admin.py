"""Editors see and steer mailings and subscribers; nobody else may."""

from __future__ import annotations

import pytest
from django.core import mail

from issues.models import Delivery, Mailing, Subscriber
from tests.factories import build_issue
from tests.newsletter.conftest import make_subscriber

pytestmark = pytest.mark.django_db


@pytest.fixture
def mailing(archive):
    issue = build_issue(archive, number=710, codes=("en", "fa-af"))
    mailing = Mailing.objects.get(issue=issue, language="fa-af")
    readers = [make_subscriber(f"dari{n}@example.org", ("fa-af",)) for n in range(4)]
    Mailing.objects.filter(pk=mailing.pk).update(recipients=4, status=Mailing.SENDING)
    for reader, status in zip(
        readers, [Delivery.SENT, Delivery.SENT, Delivery.FAILED, Delivery.BOUNCED], strict=True
    ):
        Delivery.objects.create(mailing=mailing, subscriber=reader, status=status)
    return mailing


def test_editors_see_recipients_sent_failed_and_bounced_per_mailing(client, make_user, mailing):
    client.force_login(make_user("editor"))
    body = client.get("/admin/newsletter/mailings/").content.decode()
    row = body[body.index(f'data-mailing="{mailing.pk}"') :]
    row = row[: row.index("</tr>")]
    for name, count in {"recipients": 4, "sent": 2, "failed": 1, "bounced": 1}.items():
        assert f'data-count="{name}">{count}<' in row


def test_editors_pause_resume_and_send_again(
    client, make_user, mailing, django_capture_on_commit_callbacks
):
    client.force_login(make_user("editor"))
    client.post(f"/admin/newsletter/mailings/{mailing.pk}/pause/")
    mailing.refresh_from_db()
    assert mailing.status == Mailing.PAUSED
    client.post(f"/admin/newsletter/mailings/{mailing.pk}/resume/")
    mailing.refresh_from_db()
    assert mailing.status == Mailing.SENDING
    client.post(f"/admin/newsletter/mailings/{mailing.pk}/send-again/")
    again = Mailing.objects.filter(issue=mailing.issue, language="fa-af", reason=Mailing.AGAIN)
    assert again.count() == 1


def test_an_editor_sends_a_draft_to_themselves_before_publishing(client, make_user, archive):
    issue = build_issue(archive, number=711, codes=("en", "ar"), publish=False)
    editor = make_user("editor")
    client.force_login(editor)
    mail.outbox = []
    response = client.post("/admin/newsletter/test/", {"issue": issue.pk, "language": "ar"})
    assert response.status_code == 302
    [message] = mail.outbox
    assert message.to == [editor.email] and message.subject.startswith("[")
    assert issue.title_ar in message.subject and 'dir="rtl"' in message.alternatives[0][0]
    assert not Mailing.objects.filter(issue=issue).exists(), "a test is no mailing"


def test_editors_list_and_search_subscribers(client, make_user):
    make_subscriber("first@example.org", ("ps",))
    make_subscriber("second@example.org", ("ar",), confirmed=False)
    client.force_login(make_user("editor"))
    body = client.get("/admin/newsletter/subscribers/?q=first").content.decode()
    assert "first@example.org" in body and "second@example.org" not in body
    assert 'data-language="ps">1<' in body and 'data-language="ar">0<' in body


@pytest.mark.parametrize("role", ["translator", "reviewer"])
def test_translators_and_reviewers_may_neither_see_nor_steer(client, make_user, mailing, role):
    make_subscriber("private@example.org")
    client.force_login(make_user(role, "fa-af"))
    assert client.get("/admin/newsletter/mailings/").status_code == 403
    assert client.get("/admin/newsletter/subscribers/").status_code == 403
    assert client.post(f"/admin/newsletter/mailings/{mailing.pk}/pause/").status_code == 403
    assert client.post(f"/admin/newsletter/mailings/{mailing.pk}/send-again/").status_code == 403
    mailing.refresh_from_db()
    assert mailing.status == Mailing.SENDING and Mailing.objects.count() == 2
    assert Subscriber.objects.count() == 5
