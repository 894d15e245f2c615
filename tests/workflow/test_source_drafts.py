"""A source draft does not freeze approved translations: they become outdated when the changed
source is published (or when an editor says so), and a minor edit keeps them valid."""

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.urls import reverse

from csrs import languages
from issues.models import IssuePage, TranslationEvent, TranslationStatus
from issues.workflow.states import TranslationState
from tests.factories import build_issue
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db

PASHTO = languages.get_language("ps")
DARI = languages.get_language("fa-af")
NEW_STANDFIRST = "The corridor argument, rewritten from its first sentence"


@pytest.fixture(autouse=True)
def mail_at_once(monkeypatch):
    """Run on-commit callbacks (the mails) at once: tests roll back instead of committing.
    The PDF edition is not what these tests are about: its builds are not queued."""
    monkeypatch.setattr("issues.pdf.signals.enqueue_issue_pdf", lambda *args: None)
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda fn, using=None, robust=False: fn()
    )


def state(issue, code):
    return TranslationStatus.objects.get(issue=issue, language=code).state


def save(client, issue, *, publish=False, minor=False, **fields):
    data = edit_form(client, issue, ("en", "ps"))
    data["standfirst_en"] = latest(issue).standfirst_en  # as the draft has it now
    data.update(fields)
    if minor:
        data["minor_edit"] = "on"
    if publish:
        data["action-publish"] = "action-publish"
    response = client.post(edit_url(issue), data)
    assert response.status_code == 302
    return response


def actions_offered(client, issue, code):
    page = client.get(reverse("csrs_translation_status", args=(issue.pk,)))
    section = BeautifulSoup(page.content, "html.parser").select_one(
        f'section[data-language="{code}"]'
    )
    return {button["data-action"] for button in section.select("button[data-action]")}


@pytest.fixture
def editor_on_issue(client, make_user, archive):
    issue = build_issue(archive, number=800, codes=("en", "ps"))
    make_user("translator", "ps")
    client.force_login(make_user("editor"))
    mail.outbox.clear()
    return issue


def test_a_source_draft_leaves_approved_translations_approved_and_publishable(
    client, editor_on_issue
):
    issue = editor_on_issue
    save(client, issue, standfirst_en=NEW_STANDFIRST)
    assert state(issue, "ps") == TranslationState.APPROVED
    assert mail.outbox == []
    assert not TranslationEvent.objects.filter(issue=issue, to_state="needs_update").exists()
    assert "publish" in actions_offered(client, issue, "ps")
    # Publishing Pashto publishes it against the live source, not the English draft.
    assert (
        client.post(
            reverse("csrs_translation_action", args=(issue.pk, "ps", "publish"))
        ).status_code
        == 302
    )
    live = IssuePage.objects.get(pk=issue.pk)
    assert live.standfirst_en != NEW_STANDFIRST and live.is_available_in(PASHTO)


def test_an_autosave_of_the_source_does_not_outdate_translations(client, editor_on_issue):
    issue = editor_on_issue
    data = edit_form(client, issue, ("en", "ps"))
    data["standfirst_en"] = NEW_STANDFIRST
    response = client.post(edit_url(issue), data, HTTP_ACCEPT="application/json")
    assert response.status_code == 200 and response.json()["success"]
    assert state(issue, "ps") == TranslationState.APPROVED


def test_publishing_the_changed_source_outdates_the_translation_and_mails_field_labels(
    client, make_user, editor_on_issue
):
    issue = editor_on_issue
    dari_translator = make_user("translator", "fa-af", preferred_language="fa-af")
    save(client, issue, standfirst_en=NEW_STANDFIRST, publish=True)
    status = TranslationStatus.objects.get(issue=issue, language="ps")
    assert status.state == TranslationState.NEEDS_UPDATE
    assert status.outdated_fields == ["standfirst"]
    (message,) = [m for m in mail.outbox if m.to == ["translator-ps@example.org"]]
    assert "Changed: Standfirst" in message.body
    assert "standfirst_en" not in message.body
    assert dari_translator.email not in {a for m in mail.outbox for a in m.to}
    # The approved Pashto text stays live and can still be published.
    assert IssuePage.objects.get(pk=issue.pk).is_available_in(PASHTO)
    assert "publish" in actions_offered(client, issue, "ps")


def test_the_outdated_mail_names_fields_in_the_recipients_language(make_user, archive):
    issue = build_issue(archive, number=801, codes=("en", "fa-af"))
    translator = make_user("translator", "fa-af", preferred_language="fa-af")
    mail.outbox.clear()
    draft = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    draft.standfirst_en = NEW_STANDFIRST
    draft.save_revision().publish()
    (message,) = mail.outbox
    assert message.to == [translator.email]
    assert "خلاصه" in message.body  # "Standfirst", as Dari-speaking editors name it
    assert "standfirst" not in message.body.lower()


def test_minor_edit_ticked_on_the_draft_save_holds_at_publish(client, editor_on_issue):
    issue = editor_on_issue
    save(client, issue, standfirst_en="Paragraph standfirst 800.", minor=True)
    save(client, issue, publish=True)
    assert state(issue, "ps") == TranslationState.APPROVED
    assert mail.outbox == []


def test_minor_edit_ticked_on_a_later_save_of_the_same_change(client, editor_on_issue):
    issue = editor_on_issue
    save(client, issue, standfirst_en="Paragraph standfirst 800.")
    save(client, issue, minor=True)  # nothing else changed: the same change, called minor
    save(client, issue, publish=True)
    assert state(issue, "ps") == TranslationState.APPROVED


def test_minor_edit_after_publishing_returns_the_translation_to_approved(client, editor_on_issue):
    issue = editor_on_issue
    save(client, issue, standfirst_en="Paragraph standfirst 800.", publish=True)
    assert state(issue, "ps") == TranslationState.NEEDS_UPDATE
    save(client, issue, minor=True, publish=True)
    status = TranslationStatus.objects.get(issue=issue, language="ps")
    assert status.state == TranslationState.APPROVED and status.outdated_fields == []


def test_minor_edit_does_not_cover_a_later_real_change(client, editor_on_issue):
    issue = editor_on_issue
    save(client, issue, standfirst_en="Paragraph standfirst 800.", minor=True)
    save(client, issue, standfirst_en=NEW_STANDFIRST, publish=True)
    status = TranslationStatus.objects.get(issue=issue, language="ps")
    assert status.state == TranslationState.NEEDS_UPDATE
    assert status.outdated_fields == ["standfirst"]


def test_an_editor_can_mark_a_translation_outdated_before_publishing(
    client, make_user, editor_on_issue
):
    issue = editor_on_issue
    url = reverse("csrs_translation_action", args=(issue.pk, "ps", "outdate"))
    # Nothing changed yet: refused with a message, nothing recorded.
    followed = client.post(url, follow=True).content.decode()
    assert "has not changed since this translation was approved" in followed
    assert state(issue, "ps") == TranslationState.APPROVED
    save(client, issue, standfirst_en=NEW_STANDFIRST)
    assert "outdate" in actions_offered(client, issue, "ps")
    followed = client.post(url, follow=True).content.decode()
    assert "needs an update: Standfirst" in followed
    assert state(issue, "ps") == TranslationState.NEEDS_UPDATE
    assert [m.to for m in mail.outbox] == [["translator-ps@example.org"]]
    # Not a translator's decision.
    client.force_login(make_user("reviewer", "ps"))
    other = reverse("csrs_translation_action", args=(issue.pk, "ps", "outdate"))
    assert client.post(other).status_code == 403
