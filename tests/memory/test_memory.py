"""The translation memory: built from approvals, matched exactly and fuzzily, inserted on click."""

from __future__ import annotations

import pytest
from django.urls import reverse

from issues.memory import insertion, matching, store
from issues.models import MemoryEntry, MemoryInsertion, TranslationStatus
from issues.translations import units
from issues.workflow import actions
from issues.workflow.states import TranslationState
from tests.memory.conftest import EN, PS, pashto, translate

pytestmark = pytest.mark.django_db


def remember(source: str, target: str, pairs: list[tuple[str, str]]) -> None:
    store.save_entries(
        [
            store.entry_values(source, target, store.Pair(s, ""), store.Pair(t, ""), origin="tmx")
            for s, t in pairs
        ]
    )


def best(source: str, target: str, text: str):
    return matching.matches_for_texts(source, target, {"piece": text})["piece"]


def test_approving_a_language_puts_its_pieces_in_the_memory_with_issue_date_and_approver(
    approved_issue, editor
):
    pieces = units.issue_units(approved_issue, EN, PS)
    entries = MemoryEntry.objects.filter(source_language="en", target_language="ps")
    # One entry per distinct source and translation (repeated list items are one entry).
    distinct = {(store.text_key(store.piece_source(u).text), u.target_value) for u in pieces}
    assert entries.count() == len({source for source, _t in distinct}) > 10
    title = entries.get(unit_id="title")
    assert title.source_text == "Analysis #501"
    assert title.target_text == "ژباړه: Analysis #۵۰۱"
    assert title.issue_id == approved_issue.pk and title.approved_by == editor
    assert title.approved_at is not None


def test_a_new_approval_replaces_the_issue_s_entries(approved_issue, editor):
    translate(approved_issue, PS, editor, make=lambda text: f"نوې ژباړه: {text}", only={"title"})
    actions.approve(approved_issue, PS, editor)
    titles = MemoryEntry.objects.filter(issue=approved_issue, unit_id="title")
    assert [e.target_text for e in titles] == ["نوې ژباړه: Analysis #501"]


def test_untranslated_pieces_are_not_remembered(archive, editor):
    from tests.factories import build_issue

    issue = build_issue(archive, number=503, codes=("en",))
    # The title is translated; every other piece is left as the source's text.
    translate(issue, PS, editor, make=lambda t: pashto(t) if t.startswith("Analysis #") else t)
    actions.approve(issue, PS, editor)
    # The other pieces were copied from the source (identical): not translations.
    assert list(MemoryEntry.objects.values_list("unit_id", flat=True)) == ["title"]


def test_exact_match_scores_100():
    remember("en", "ps", [("The Taliban met in Kabul.", "طالبانو په کابل کې ولیدل.")])
    [match] = best("en", "ps", "The  Taliban met in Kabul.")
    assert match.exact and match.score == 100
    assert match.entry.target_text == "طالبانو په کابل کې ولیدل."


def test_fuzzy_match_gives_a_percentage_and_the_difference_to_the_current_source():
    remember("en", "ps", [("Trade between the two countries grew in 2023.", "سوداګري ۲۰۲۳")])
    [match] = best("en", "ps", "Trade between the two countries fell in 2023.")
    assert not match.exact and 70 <= match.score < 100
    assert ("delete", "grew") in match.diff and ("insert", "fell") in match.diff


def test_a_different_text_has_no_match():
    remember("en", "ps", [("Trade between the two countries grew in 2023.", "سوداګري")])
    assert best("en", "ps", "Water rights on the Amu Darya remain disputed.") == []
    assert best("en", "fa-af", "Trade between the two countries grew in 2023.") == [], "pair"


def test_digit_systems_and_arabic_script_variants_match_exactly_as_search_normalises_them():
    # Persian digits, Arabic yeh and kaf, a ZWNJ and harakat in the stored source.
    remember("fa-af", "en", [("سال ۲۰۲۴ مي‌شود كابل", "2024 will be Kabul")])
    [match] = best("fa-af", "en", "سال 2024 میشود کابل")
    assert match.exact
    [match] = best("fa-af", "en", "سال ٢٠٢٤ میشود کابُل")
    assert match.exact


def test_the_index_follows_new_entries():
    remember("en", "ar", [("A first sentence about trade.", "جملة أولى")])
    assert best("en", "ar", "Wheat prices rose sharply in the north.") == []
    remember("en", "ar", [("Wheat prices rose sharply in the north.", "ارتفعت أسعار القمح")])
    assert best("en", "ar", "Wheat prices rose sharply in the north.")[0].exact


def test_insert_puts_a_match_into_the_draft_without_publishing_or_approving(
    approved_issue, new_issue, make_user
):
    translator = make_user("translator", "ps")
    [piece] = [u for u in units.issue_units(new_issue, EN, PS) if u.id == "standfirst"]
    [match] = matching.matches_for_texts("en", "ps", {"standfirst": piece.source_value})[
        "standfirst"
    ]
    assert match.score < 100  # "Paragraph standfirst 502" against 501's
    live_revision = new_issue.live_revision_id
    insertion.insert_match(new_issue, PS, "standfirst", match.entry.pk, translator)

    latest = actions.latest_content(new_issue)
    assert latest.standfirst_ps == "ژباړه: Paragraph standfirst ۵۰۱"
    assert latest.standfirst_en == "Paragraph standfirst 502", "the source is untouched"
    new_issue.refresh_from_db()
    assert new_issue.live_revision_id == live_revision, "nothing published"
    status = TranslationStatus.objects.get(issue=new_issue, language="ps")
    assert status.state == TranslationState.IN_PROGRESS
    assert MemoryInsertion.objects.get(issue=new_issue, unit_id="standfirst").score == match.score


def test_a_rich_text_match_keeps_the_piece_s_paragraph(approved_issue, new_issue, editor):
    rich = [u for u in units.issue_units(new_issue, EN, PS) if u.is_rich][0]
    match = matching.matches_for_texts("en", "ps", {rich.id: store.piece_source(rich).text})[
        rich.id
    ][0]
    insertion.insert_match(new_issue, PS, rich.id, match.entry.pk, editor)
    [after] = [u for u in units.issue_units(new_issue, EN, PS) if u.id == rich.id]
    assert after.target_value.startswith("<p>") and "ژباړه" in after.target_value


def test_an_entry_not_offered_for_the_piece_is_refused(approved_issue, new_issue, editor):
    other = MemoryEntry.objects.get(unit_id="title")
    with pytest.raises(insertion.InsertionError):
        insertion.insert_match(new_issue, PS, "standfirst", other.pk, editor)
    assert not MemoryInsertion.objects.exists()


def test_pretranslate_fills_exact_matches_for_review_never_approved(
    approved_issue, new_issue, make_user
):
    translator = make_user("translator", "ps")
    filled = insertion.pretranslate(new_issue, PS, translator)
    pieces = units.issue_units(new_issue, EN, PS)
    exact = [u for u in pieces if "ژباړه" in u.target_value]
    assert filled == len(exact) > 5
    assert not any(u.id in ("title", "standfirst") for u in exact), "fuzzy ones are left"
    assert MemoryInsertion.objects.filter(issue=new_issue, pretranslated=True).count() == filled
    assert TranslationStatus.objects.get(issue=new_issue, language="ps").state != "approved"


def test_a_translator_of_another_language_cannot_insert_or_pretranslate(
    approved_issue, new_issue, make_user, client
):
    client.force_login(make_user("translator", "fa-af"))
    entry = MemoryEntry.objects.first()
    for name, data in (
        ("csrs_memory_insert", {"piece": "title", "entry": entry.pk}),
        ("csrs_memory_pretranslate", {}),
    ):
        response = client.post(reverse(name, args=(new_issue.pk, "ps")), data)
        assert response.status_code in (302, 403)  # Wagtail sends a refused user home
        assert response.status_code == 403 or response.url == "/admin/"
    assert not actions.latest_content(new_issue).title_ps
    with pytest.raises(Exception):  # noqa: B017 - PermissionDenied from the service too
        insertion.pretranslate(new_issue, PS, make_user("reviewer", "ar"))


def test_the_page_and_json_list_matches_and_glossary_terms(
    approved_issue, new_issue, client, make_user
):
    from issues.models import GlossaryTerm

    GlossaryTerm.objects.create(term_en="Analysis", term_ps="شننه", status="approved")
    client.force_login(make_user("translator", "ps"))
    page = client.get(reverse("csrs_memory_page", args=(new_issue.pk, "ps")))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Exact match" in html and "memory-term" in html and "شننه" in html
    data = client.get(reverse("csrs_memory_matches", args=(new_issue.pk, "ps"))).json()
    title = next(p for p in data["pieces"] if p["id"] == "title")
    assert title["terms"] == [{"source": "Analysis", "target": "شننه", "kind": "other"}]
    assert title["matches"][0]["target"] == "ژباړه: Analysis #۵۰۱"
    one = client.get(reverse("csrs_memory_matches", args=(new_issue.pk, "ps")) + "?piece=title")
    assert [p["id"] for p in one.json()["pieces"]] == ["title"]


def test_the_page_is_closed_to_other_languages_and_visitors(new_issue, client, make_user):
    url = reverse("csrs_memory_page", args=(new_issue.pk, "ps"))
    assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(make_user("reviewer", "ar"))
    for refused in (url, reverse("csrs_memory_matches", args=(new_issue.pk, "ps"))):
        response = client.get(refused)
        assert response.status_code in (302, 403) and b"piece" not in response.content


def test_the_issue_editor_links_to_the_page_for_workflow_members(new_issue, client, make_user):
    client.force_login(make_user("translator", "ps"))
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(new_issue.pk,)))
    link = reverse("csrs_memory_index", args=(new_issue.pk,))
    assert f'href="{link}"' in edit.content.decode()
    assert client.get(link).url == reverse("csrs_memory_page", args=(new_issue.pk, "ps"))
