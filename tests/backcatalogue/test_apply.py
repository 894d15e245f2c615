"""Applying a parsed issue: drafts per language, idempotence, shared facts, all or nothing."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import Page, Revision

from csrs import languages
from issues.backcatalogue.apply import ImportApplyError, apply_parsed
from issues.importers import parse_file
from issues.models import IssuePage
from tests.factories import build_issue

from .helpers import parsed_fixture, renumbered, snapshot

KABUL = ZoneInfo("Asia/Kabul")

FIXTURES = [
    ("en_single_topic.txt", "en", 312, 1, 2, 3, 3),
    ("ps_single_topic.txt", "ps", 456, 1, 2, 3, 2),
    ("fa_af_two_topics.txt", "fa-af", 457, 2, 2, 2, 2),
    ("ar_single_topic.txt", "ar", 458, 1, 2, 2, 2),
]


def draft_of(page: IssuePage) -> IssuePage:
    return IssuePage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.mark.parametrize(
    ("name", "code", "number", "n_analyses", "n_sections", "n_recs", "n_refs"),
    FIXTURES,
    ids=[f[1] for f in FIXTURES],
)
def test_import_creates_a_draft_with_the_structure_in_its_language(
    archive, name, code, number, n_analyses, n_sections, n_recs, n_refs
):
    parsed = parsed_fixture(name)
    result = apply_parsed(parsed)
    assert result.action == "created"
    page = IssuePage.objects.get(number=number)
    assert page.get_parent().pk == archive.pk
    assert not page.live and page.has_unpublished_changes
    assert page.original_language == code
    assert page.week_start == parsed.week_start
    draft = draft_of(page)
    language = languages.get_language(code)
    analyses = [b for b in getattr(draft, language.field("analyses")) if b.block_type == "analysis"]
    assert len(analyses) == n_analyses
    assert sum(len(a.value["sections"]) for a in analyses) == n_sections
    assert analyses[0].value["title"] == parsed.analyses[0].title
    assert len(getattr(draft, language.field("recommendations"))) == n_recs
    references = getattr(draft, language.field("references"))
    assert len(references) == n_refs
    assert references[0].value["outlet"] == parsed.references[0].outlet
    assert getattr(draft, language.field("title")) == parsed.titles[0] or n_analyses > 1
    # Only that language is filled.
    for other in languages.LANGUAGES:
        if other.code != code:
            assert not getattr(draft, other.field("analyses"))
            assert not getattr(draft, other.field("references"))


def test_reimporting_the_same_file_changes_nothing_and_creates_no_duplicate(archive):
    apply_parsed(parsed_fixture("en_single_topic.txt"))
    pages, revisions = Page.objects.count(), Revision.objects.count()
    before = snapshot()
    result = apply_parsed(parsed_fixture("en_single_topic.txt"))
    assert result.action == "unchanged"
    assert "unchanged" in [w.code for w in result.warnings]
    assert Page.objects.count() == pages and Revision.objects.count() == revisions
    assert snapshot() == before
    assert IssuePage.objects.filter(number=312).count() == 1


def test_reimporting_a_changed_file_updates_the_same_draft(archive):
    first = apply_parsed(parsed_fixture("en_single_topic.txt")).page
    changed = renumbered("en_single_topic.txt", "Concerns Downstream", "Worries Downstream")
    changed = changed.replace(b"CONCERNS DOWNSTREAM", b"WORRIES DOWNSTREAM")
    pages = Page.objects.count()
    result = apply_parsed(parse_file(changed, "en_single_topic.txt"))
    assert result.action == "updated"
    assert result.page.pk == first.pk and Page.objects.count() == pages
    assert "language_replaced" in [w.code for w in result.warnings]
    headings = [s["heading"] for s in draft_of(first).analyses_en[0].value["sections"]]
    assert "Worries Downstream" in headings


def test_a_second_language_fills_only_that_language(archive):
    english = apply_parsed(parsed_fixture("en_single_topic.txt")).page
    english_before = draft_of(english)
    # The Pashto fixture as issue 312, same week as the English file.
    pashto = renumbered("ps_single_topic.txt", "۴۵۶", "۳۱۲")
    result = apply_parsed(parse_file(pashto, "ps_312.txt"))
    assert result.action == "updated" and result.page.pk == english.pk
    codes = [w.code for w in result.warnings]
    assert "original_language_kept" in codes
    assert "week_kept" in codes  # the Pashto file's week differs: the English one is kept
    page = IssuePage.objects.get(pk=english.pk)
    assert page.original_language == "en"
    assert page.week_start == english.week_start
    draft = draft_of(page)
    assert draft.title_ps.startswith("د ترانس افغان")
    assert len(draft.analyses_ps) == 1 and len(draft.references_ps) == 2
    assert draft.title_en == english_before.title_en
    assert str(draft.analyses_en.raw_data) == str(english_before.analyses_en.raw_data)
    assert IssuePage.objects.filter(number=312).count() == 1


def test_unplaced_lines_are_kept_in_an_unplaced_text_block(archive):
    parsed = parsed_fixture("en_wrapped_old_style.txt")
    assert parsed.unplaced
    page = apply_parsed(parsed).page
    blocks = list(draft_of(page).analyses_en)
    assert [b.block_type for b in blocks] == ["analysis", "analysis", "unplaced_text"]
    assert blocks[-1].value == "\n".join(parsed.unplaced)


def test_bad_file_raises_a_clear_error_and_leaves_the_database_as_it_was(archive):
    build_issue(archive, number=312, codes=("en",))
    before = snapshot()
    parsed = parsed_fixture("ps_single_topic.txt")
    parsed.number = 312
    # Malformed parse output: a reference's link without a scheme fails the real block's clean.
    parsed.references[0].url = "javascript:alert(1)"
    with pytest.raises(ImportApplyError) as error:
        apply_parsed(parsed)
    assert error.value.code == "invalid_content"
    assert error.value.params["field"] == "references"
    assert "url" in error.value.params["details"]
    assert snapshot() == before


def test_issue_without_number_or_analysis_is_refused_and_nothing_written(archive):
    before = snapshot()
    parsed = parsed_fixture("ar_single_topic.txt")
    parsed.number = None
    with pytest.raises(ImportApplyError) as error:
        apply_parsed(parsed)
    assert error.value.code == "no_number"
    parsed = parsed_fixture("ar_single_topic.txt")
    parsed.analyses = []
    with pytest.raises(ImportApplyError) as error:
        apply_parsed(parsed)
    assert error.value.code == "no_analysis"
    assert snapshot() == before


def test_error_after_writing_rolls_the_whole_issue_back(archive, monkeypatch):
    """A failure in the middle (after the page row was written) leaves no half-written issue."""
    before = snapshot()

    def fail(*args, **kwargs):
        raise ImportApplyError("invalid_issue", "boom", filename="x", details="boom")

    monkeypatch.setattr(IssuePage, "save_revision", fail)
    with pytest.raises(ImportApplyError):
        apply_parsed(parsed_fixture("en_single_topic.txt"))
    assert snapshot() == before
    assert not IssuePage.objects.filter(number=312).exists()


def test_no_archive_is_a_clear_error(db):
    with pytest.raises(ImportApplyError) as error:
        apply_parsed(parsed_fixture("en_single_topic.txt"))
    assert error.value.code == "no_archive"


def test_publish_dates_the_issue_to_its_week_and_shows_it_in_that_language(archive, client):
    parsed = parsed_fixture("fa_af_two_topics.txt")
    result = apply_parsed(parsed, publish=True)
    page = IssuePage.objects.get(pk=result.page.pk)
    noon = datetime.datetime.combine(parsed.week_end, datetime.time(12), tzinfo=KABUL)
    assert page.live and result.published
    assert page.first_published_at == noon and page.last_published_at == noon
    assert page.languages == [languages.DARI]
    response = client.get(f"/fa-af/issues/{parsed.number}/")
    assert response.status_code == 200
    assert parsed.analyses[1].title in response.content.decode()
    assert client.get(f"/en/issues/{parsed.number}/").status_code == 404


def test_publishing_a_second_language_keeps_the_live_first_language(archive, client):
    apply_parsed(parsed_fixture("en_single_topic.txt"), publish=True)
    pashto = renumbered("ps_single_topic.txt", "۴۵۶", "۳۱۲")
    result = apply_parsed(parse_file(pashto, "ps_312.txt"), publish=True)
    page = IssuePage.objects.get(pk=result.page.pk)
    assert {lang.code for lang in page.languages} == {"en", "ps"}
    assert page.first_published_at.date() == datetime.date(2024, 3, 7)
    assert client.get("/ps/issues/312/").status_code == 200
    assert client.get("/en/issues/312/").status_code == 200


def test_a_week_that_ends_before_it_starts_is_refused_and_nothing_written(archive):
    before = snapshot()
    parsed = parsed_fixture("en_single_topic.txt")
    parsed.week_end = parsed.week_start - datetime.timedelta(days=3)
    with pytest.raises(ImportApplyError) as error:
        apply_parsed(parsed)
    assert error.value.code == "invalid_issue"
    assert "week_end" in error.value.params["details"]
    assert snapshot() == before
