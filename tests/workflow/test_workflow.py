"""States, outdated detection, one-language publishing, overlapping saves and notifications."""

import pytest
from django.core import mail
from django.urls import reverse

from csrs import languages
from issues.models import IssuePage, TranslationEvent, TranslationStatus
from issues.workflow import actions, content
from issues.workflow.states import TranslationState
from tests.factories import build_issue, language_content
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db

PASHTO = languages.get_language("ps")
ARABIC = languages.get_language("ar")
DARI = languages.get_language("fa-af")


def state(issue, code):
    return TranslationStatus.objects.get(issue=issue, language=code).state


def test_pashto_goes_through_every_state_and_each_step_is_recorded(make_user, archive):
    issue = build_issue(archive, number=610, codes=("en",))
    editor, translator, reviewer = (
        make_user("editor"),
        make_user("translator", "ps"),
        make_user("reviewer", "ps"),
    )
    assert actions.display_state(issue, PASHTO) == TranslationState.NOT_STARTED
    actions.transition(issue, PASHTO, "ready", editor)
    assert state(issue, "ps") == TranslationState.READY
    # Every piece translated: the checks before review refuse untranslated pieces.
    actions.apply_language_fields(
        issue, PASHTO, {**language_content("ps"), "title": "سرلیک"}, translator
    )
    assert state(issue, "ps") == TranslationState.IN_PROGRESS
    actions.submit_for_review(issue, PASHTO, translator, "چمتو ده")
    assert state(issue, "ps") == TranslationState.SUBMITTED
    actions.transition(issue, PASHTO, "send_back", reviewer, "Fix the heading")
    assert state(issue, "ps") == TranslationState.IN_PROGRESS
    actions.submit_for_review(issue, PASHTO, translator)
    actions.transition(issue, PASHTO, "approve", reviewer)
    assert state(issue, "ps") == TranslationState.APPROVED
    events = list(TranslationEvent.objects.filter(issue=issue).order_by("pk"))
    assert [(e.from_state, e.to_state) for e in events] == [
        ("not_started", "ready"),
        ("ready", "in_progress"),
        ("in_progress", "submitted"),
        ("submitted", "in_progress"),
        ("in_progress", "submitted"),
        ("submitted", "approved"),
    ]
    assert events[2].comment == "چمتو ده" and events[2].user == translator
    assert events[3].user == reviewer and events[3].comment == "Fix the heading"


def test_a_translator_cannot_approve_or_skip_review(make_user, archive):
    issue = build_issue(archive, number=611, codes=("en",))
    translator = make_user("translator", "ps")
    with pytest.raises(actions.PermissionDenied):
        actions.transition(issue, PASHTO, "approve", translator)
    actions.transition(issue, PASHTO, "ready", make_user("editor"))
    with pytest.raises(actions.WorkflowError):
        # A reviewer cannot approve what was never submitted.
        actions.transition(issue, PASHTO, "approve", make_user("reviewer", "ps"))
    assert state(issue, "ps") == TranslationState.READY


def test_history_shows_on_the_status_page_and_in_wagtails_page_history(client, make_user, archive):
    issue = build_issue(archive, number=612, codes=("en",))
    editor = make_user("editor")
    actions.transition(issue, ARABIC, "ready", editor, "أسبوع مزدحم")
    client.force_login(editor)
    page = client.get(reverse("csrs_translation_status", args=(issue.pk,))).content.decode()
    assert "أسبوع مزدحم" in page and "Ready for translation" in page
    history = client.get(reverse("wagtailadmin_pages:history", args=(issue.pk,)))
    assert "Ready for translation" in history.content.decode()


def test_changing_one_source_field_outdates_exactly_that_field_with_a_diff(
    client, make_user, archive
):
    issue = build_issue(archive, number=613, codes=("en", "ps", "fa-af"))
    editor = make_user("editor")
    client.force_login(editor)
    data = edit_form(client, issue, ("en", "ps", "fa-af"))
    data["standfirst_en"] = "A sharper standfirst about the corridor"
    data["action-publish"] = "action-publish"  # publishing the changed source outdates
    assert client.post(edit_url(issue), data).status_code == 302
    for code in ("ps", "fa-af"):
        status = TranslationStatus.objects.get(issue=issue, language=code)
        assert status.state == TranslationState.NEEDS_UPDATE
        assert status.outdated_fields == ["standfirst"]
    # The translator sees old and new source text of that field, escaped, word by word
    # (issues/workbench/pieces.py): the word both share is not marked.
    client.force_login(make_user("translator", "ps"))
    html = client.get(edit_url(issue)).content.decode()
    assert "<del>Paragraph</del><ins>A sharper</ins> standfirst <del>613</del>" in html
    assert "<ins>about the corridor</ins>" in html
    status_page = client.get(reverse("csrs_translation_status", args=(issue.pk,)))
    assert "<ins>A sharper standfirst about the corridor</ins>" in status_page.content.decode()


def test_a_minor_edit_keeps_translations_valid(client, make_user, archive):
    issue = build_issue(archive, number=614, codes=("en", "ps"))
    client.force_login(make_user("editor"))
    data = edit_form(client, issue, ("en", "ps"))
    data["standfirst_en"] = "Paragraph standfirst 614."
    data["minor_edit"] = "on"
    assert client.post(edit_url(issue), data).status_code == 302
    assert state(issue, "ps") == TranslationState.APPROVED
    # …and the next real change is measured from the corrected text.
    data = edit_form(client, issue, ("en", "ps"))
    data["standfirst_en"] = "Another argument entirely"
    data["action-publish"] = "action-publish"
    client.post(edit_url(issue), data)
    assert TranslationStatus.objects.get(issue=issue, language="ps").outdated_fields == [
        "standfirst"
    ]


def test_a_language_in_translation_stays_hidden_until_approved_and_published(
    client, make_user, archive
):
    issue = build_issue(archive, number=615, codes=("en",))
    editor, translator = make_user("editor"), make_user("translator", "ar")
    actions.transition(issue, ARABIC, "ready", editor)
    actions.apply_language_fields(issue, ARABIC, {**language_content("ar", number=615)}, translator)
    actions.submit_for_review(issue, ARABIC, translator)
    # Even an editor publishing the whole issue does not show an unapproved language.
    latest(issue).save_revision(user=editor).publish(user=editor)
    assert client.get("/ar/issues/615/").status_code == 404
    assert "ar" not in IssuePage.objects.get(pk=issue.pk).available_languages
    with pytest.raises(actions.WorkflowError):
        actions.publish_language(issue, ARABIC, editor)
    actions.transition(issue, ARABIC, "approve", make_user("reviewer", "ar"))
    # Approved text goes live with the next publication, not before.
    assert client.get("/ar/issues/615/").status_code == 404
    actions.publish_language(issue, ARABIC, editor)
    assert client.get("/ar/issues/615/").status_code == 200


def test_publishing_one_language_leaves_another_languages_draft_unpublished(
    client, make_user, archive
):
    issue = build_issue(archive, number=616, codes=("en", "ps"))
    editor, translator = make_user("editor"), make_user("translator", "ar")
    # The editor's unpublished English draft, then the Arabic translation, approved.
    draft = latest(issue)
    draft.title_en = "Draft English title, not ready"
    draft.save_revision(user=editor)
    actions.transition(issue, ARABIC, "ready", editor)
    actions.apply_language_fields(issue, ARABIC, language_content("ar", number=616), translator)
    actions.submit_for_review(issue, ARABIC, translator)
    actions.transition(issue, ARABIC, "approve", make_user("reviewer", "ar"))
    assert client.get("/ar/issues/616/").status_code == 404  # approved, not yet published

    actions.publish_language(issue, ARABIC, editor)

    live = IssuePage.objects.get(pk=issue.pk)
    assert live.title_ar == language_content("ar", number=616)["title"]
    assert live.title_en == language_content("en", number=616)["title"]
    assert client.get("/ar/issues/616/").status_code == 200
    assert "Draft English title" not in client.get("/en/issues/616/").content.decode()
    # The editor's draft is still the latest revision, with the Arabic text in it too.
    assert live.has_unpublished_changes
    newest = live.get_latest_revision_as_object()
    assert newest.title_en == "Draft English title, not ready"
    assert newest.title_ar == live.title_ar


def test_an_editors_and_a_translators_overlapping_saves_are_both_kept(client, make_user, archive):
    from django.test import Client

    issue = build_issue(archive, number=617, codes=("en", "ps"))
    editor_client, translator_client = Client(), Client()
    editor_client.force_login(make_user("editor"))
    translator_client.force_login(make_user("translator", "ps"))
    # Both open the issue, then both save: the translator first, the editor with a stale form.
    editor_form = edit_form(editor_client, issue, ("en", "ps"))
    translator_form = edit_form(translator_client, issue, ("en", "ps"))
    translator_form["title_ps"] = "د ژباړن سرلیک"
    translator_form["standfirst_ps"] = "نوې لنډیز"
    assert translator_client.post(edit_url(issue), translator_form).status_code == 302
    editor_form["title_en"] = "The editor's better title"
    assert editor_client.post(edit_url(issue), editor_form).status_code == 302
    page = latest(issue)
    assert page.title_en == "The editor's better title"
    assert page.title_ps == "د ژباړن سرلیک" and page.standfirst_ps == "نوې لنډیز"


def test_notifications_reach_the_right_people_in_their_language(make_user, archive):
    issue = build_issue(archive, number=618, codes=("en",))
    editor = make_user("editor")
    translator = make_user("translator", "fa-af", preferred_language="fa-af")
    other_translator = make_user("translator", "ar")
    reviewer = make_user("reviewer", "fa-af")
    mail.outbox.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("django.db.transaction.on_commit", lambda fn, using=None: fn())
        actions.transition(issue, DARI, "ready", editor)
        assert [m.to for m in mail.outbox] == [[translator.email]]
        ready = mail.outbox[0]
        assert "شماره" in ready.subject or "۶۱۸" in ready.subject or "618" in ready.subject
        assert ready.extra_headers["Content-Language"] == "fa-af"
        assert f"http://testserver/admin/translation/{issue.pk}/" in ready.body
        assert "Issue 618 is ready" not in ready.subject  # not English: Dari
        mail.outbox.clear()
        actions.apply_language_fields(issue, DARI, language_content("fa-af"), translator)
        actions.submit_for_review(issue, DARI, translator)
        recipients = sorted(address for m in mail.outbox for address in m.to)
        assert recipients == sorted([reviewer.email, editor.email])
        assert other_translator.email not in recipients
        assert "Issue 618: the Dari translation awaits review" in {m.subject for m in mail.outbox}
        mail.outbox.clear()
        actions.transition(issue, DARI, "approve", reviewer)
        # The editors are told the language is approved and ready to publish.
        assert [m.to for m in mail.outbox] == [[editor.email]]
        assert "approved" in mail.outbox[0].subject
        mail.outbox.clear()
        page = latest(issue)
        page.standfirst_en = "The source moved on"
        page.save_revision(user=editor)
        actions.detect_outdated(issue, editor)
        assert [m.to for m in mail.outbox] == [[translator.email]]


def test_copy_source_structure_fills_an_empty_stream_and_never_overwrites(
    client, make_user, archive
):
    issue = build_issue(archive, number=619, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    url = reverse("csrs_translation_copy_structure", args=(issue.pk, "ps", "references"))
    assert client.post(url).status_code == 302
    page = latest(issue)
    copied = [block.value for block in page.references_ps]
    source = [block.value for block in page.references_en]
    assert [v["url"] for v in copied] == [v["url"] for v in source]
    assert not content.is_translated(page, "references", PASHTO, languages.get_language("en"))
    # A second copy would overwrite the translator's work: refused.
    page.references_ps = []
    before = latest(issue).references_ps.get_prep_value()
    client.post(url)
    assert latest(issue).references_ps.get_prep_value() == before
    # Another language's translator may not copy into Pashto.
    client.force_login(make_user("translator", "ar"))
    forbidden = reverse("csrs_translation_copy_structure", args=(issue.pk, "ps", "analyses"))
    assert client.post(forbidden).status_code in (302, 403)  # Wagtail redirects with a message
    assert not latest(issue).analyses_ps


def test_translators_tab_shows_the_source_and_marks_untranslated_fields(client, make_user, archive):
    issue = build_issue(archive, number=620, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    html = client.get(edit_url(issue)).content.decode()
    assert 'data-source-for="ps"' in html
    assert "Not translated yet" in html
    assert "Section 1.2" in html  # the English source text, read-only


def test_dashboard_lists_my_work(client, make_user, archive):
    issue = build_issue(archive, number=621, codes=("en",))
    actions.transition(issue, PASHTO, "ready", make_user("editor"))
    client.force_login(make_user("translator", "ps"))
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "My work" in html and "#621" in html
    filtered = client.get(reverse("wagtailadmin_home"), {"translation_state": "submitted"})
    table = filtered.content.decode().split('translation-dashboard"')[1].split("<table")[1]
    assert "#621" not in table.split("</table>")[0]
    table = html.split('translation-dashboard"')[1].split("<table")[1]
    assert "#621" in table.split("</table>")[0]
