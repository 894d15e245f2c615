"""Reviewing a language: compare view, send back with a comment that reaches the translator,
approve and the editor is told."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse

from csrs import languages
from issues.workflow import actions, content
from tests.factories import build_issue
from tests.memory.conftest import translate

pytestmark = pytest.mark.django_db

EN, PS = languages.BY_CODE["en"], languages.BY_CODE["ps"]


@pytest.fixture
def on_commit_now(monkeypatch):
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda fn, using=None, robust=False: fn()
    )


def compare_url(issue, code="ps") -> str:
    return reverse("csrs_translation_compare", args=(issue.pk, code))


def action_url(issue, action, code="ps") -> str:
    return reverse("csrs_translation_action", args=(issue.pk, code, action))


def test_compare_view_shows_source_translation_and_approved_with_changes_marked(
    client, archive, make_user
):
    issue = build_issue(archive, number=730, codes=("en", "ps"))  # Pashto approved
    translator, reviewer = make_user("translator", "ps"), make_user("reviewer", "ps")
    page = actions.latest_content(issue)
    raw = content.stream_data(page.recommendations_ps)
    raw[0]["value"] = "<p>وړاندیز نوی</p>"
    actions.apply_language_fields(issue, PS, {"recommendations": raw}, translator)
    actions.submit_for_review(issue, PS, translator)

    client.force_login(reviewer)
    html = client.get(compare_url(issue)).content.decode()
    changed = html.split("data-changed class=")
    assert len(changed) == 2  # exactly one piece changed since the last approval
    row = changed[1].split("</tr>")[0]
    assert "وړاندیز نوی" in row and "وړاندیز 1" in row  # now, and as approved
    assert "<del>1</del><ins>نوی</ins>" in row  # one word changed, one word marked
    assert "Recommendation 1" in row  # the source beside it
    assert 'data-action="approve"' in html and 'data-action="send_back"' in html


def test_only_who_may_review_gets_the_buttons_and_outsiders_get_nothing(
    client, archive, make_user, django_user_model
):
    issue = build_issue(archive, number=731, codes=("en", "ps"))
    client.force_login(make_user("translator", "ar"))
    html = client.get(compare_url(issue)).content.decode()
    assert 'data-action="approve"' not in html and 'data-action="send_back"' not in html
    # …and the server refuses the action whatever the page offered.
    assert client.post(action_url(issue, "approve"), {"comment": "x"}).status_code == 403
    client.force_login(django_user_model.objects.create_user("nobody", "n@example.org", "pw"))
    assert client.get(compare_url(issue)).status_code in (302, 403)
    client.force_login(make_user("editor"))
    # The original is not a translation: not found (the locale middleware redirects a 404).
    assert client.get(compare_url(issue, "en")).status_code in (302, 404)
    assert client.get(compare_url(issue, "ps")).status_code == 200


def test_sent_back_reason_reaches_the_translators_mail_and_dashboard(
    client, archive, make_user, on_commit_now
):
    issue = build_issue(archive, number=732, codes=("en",))
    translator, reviewer = make_user("translator", "ps"), make_user("reviewer", "ps")
    translate(issue, PS, translator)  # every piece: the checks before review (#17) pass
    actions.submit_for_review(issue, PS, translator)
    mail.outbox.clear()

    client.force_login(reviewer)
    response = client.post(
        action_url(issue, "send_back"),
        {"comment": "د دویمې برخې سرلیک سم کړئ", "next": compare_url(issue)},
    )
    assert response.status_code == 302 and response["Location"] == compare_url(issue)
    (message,) = mail.outbox
    assert message.to == [translator.email]
    assert "د دویمې برخې سرلیک سم کړئ" in message.body

    client.force_login(translator)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Sent back:" in home and "د دویمې برخې سرلیک سم کړئ" in home

    # Handed in again, the old reason no longer shows: it is the reviewer's work now.
    actions.submit_for_review(issue, PS, translator)
    assert "Sent back:" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_editor_is_told_when_a_language_is_approved(archive, make_user, on_commit_now):
    issue = build_issue(archive, number=733, codes=("en",))
    editor, translator = make_user("editor"), make_user("translator", "ps")
    reviewer = make_user("reviewer", "ps")
    translate(issue, PS, translator)  # every piece: the checks before review (#17) pass
    actions.submit_for_review(issue, PS, translator)
    mail.outbox.clear()
    actions.transition(issue, PS, "approve", reviewer, "ښه ده")
    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert "approved" in message.subject and "ready to publish" in message.body
    assert "ښه ده" in message.body
