"""The WordPress import: posts to issues, one language per site, idempotent, nothing partial."""

from __future__ import annotations

import datetime

import pytest
from wagtail.models import Revision

from csrs import languages
from issues.models import IssuePage, Topic, WordPressPost
from tests.backcatalogue.helpers import snapshot

from .helpers import export, outcomes, run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def topics(archive):
    for slug in ("water", "economy", "trade"):
        Topic.objects.create(slug=slug, name=slug.title())


def analysis_titles(page: IssuePage, code: str) -> list[str]:
    stream = getattr(page, languages.get_language(code).field("analyses"))
    return [block.value["title"] for block in stream if block.block_type == "analysis"]


def test_two_posts_of_one_number_become_one_issue_with_two_analyses_in_order(topics):
    report = run_import("english", "en")
    assert not report.failed, report.as_data()
    page = IssuePage.objects.get(number=301).get_latest_revision_as_object()
    assert analysis_titles(page, "en") == ["Rivers without a treaty", "Border markets reopen"]
    assert (page.week_start, page.week_end) == (
        datetime.date(2019, 3, 4),
        datetime.date(2019, 3, 8),
    )
    assert page.original_language == "en"
    assert [t.slug for t in page.topics.all()] == ["economy", "trade", "water"]
    first = page.analyses_en[0].value
    assert "regional agenda" in first["introduction"].source
    assert 'href="https://news.example/rivers"' in first["introduction"].source
    assert "A map" not in first["introduction"].source  # the [caption] went with its shortcode
    section = first["sections"][0]
    kinds = [b.block_type for b in section["body"]]
    assert kinds == ["paragraph", "subheading", "paragraph", "quotation", "bulleted_list"]
    assert section["body"][1].value["number"] == "1"
    assert section["body"][3].value["attribution"] == "Karim Noori"
    assert len(page.recommendations_en) == 2
    assert page.references_en[0].value["url"] == "https://riverwatch.example/canal"
    # "In this issue", the byline and "click here for the PDF" are not text of the issue
    text = str(page.analyses_en.raw_data)
    assert "Border markets reopen</li>" not in text and "Click here" not in text
    assert "Research Desk" not in text


def test_drafts_trash_other_categories_and_posts_without_a_number_are_skipped_with_a_reason(
    topics,
):
    report = run_import("english", "en")
    got = outcomes(report)
    assert got[1560] == ("skipped", "status:draft")
    assert got[1561] == ("skipped", "status:trash")
    assert got[1570] == ("skipped", "category")
    assert got[1580] == ("skipped", "no_number")
    assert got[1546][0] == got[1550][0] == "imported"
    assert 2 not in got  # a page is not a post: left out silently
    assert IssuePage.objects.count() == 1


def test_styles_and_shortcodes_are_dropped_and_reported(topics):
    report = run_import("english", "en")
    post = next(p for p in report.posts if p.post_id == 1546)
    # the [caption] shortcode with its image and caption; the styled byline and <span>
    assert post.dropped == {"shortcode:caption": 1, "style": 2}
    plain = next(p for p in report.posts if p.post_id == 1550)
    assert plain.dropped == {}


def test_unmapped_tags_are_reported(archive):
    report = run_import("english", "en", topic_map={"water": "water"})
    assert report.unmapped_terms == {"category:economy": 1, "post_tag:border-trade": 1}
    assert report.unknown_topics == {"water"}  # mapped, but no such topic exists yet


def test_importing_the_same_export_again_changes_nothing(topics):
    run_import("english", "en")
    before = snapshot()
    report = run_import("english", "en")
    assert {p.outcome for p in report.posts if p.number} == {"unchanged"}
    assert snapshot() == before


def test_a_later_export_updates_a_draft_nobody_edited(topics, tmp_path):
    run_import("english", "en")
    changed = tmp_path / "later.xml"
    text = export("english").read_text(encoding="utf-8")
    changed.write_text(text.replace("never lined", "lined in 2018"), encoding="utf-8")
    report = run_import(changed, "en")
    assert {p.outcome for p in report.posts if p.number} == {"imported"}
    page = IssuePage.objects.get(number=301).get_latest_revision_as_object()
    assert "lined in 2018" in str(page.analyses_en.raw_data)


def test_a_later_export_keeps_a_draft_an_editor_changed_and_says_so(topics, tmp_path):
    run_import("english", "en")
    page = IssuePage.objects.get(number=301)
    draft = page.get_latest_revision_as_object()
    draft.title = draft.title_en = "Edited by the desk"
    draft.save_revision()
    changed = tmp_path / "later.xml"
    text = export("english").read_text(encoding="utf-8")
    changed.write_text(text.replace("never lined", "lined in 2018"), encoding="utf-8")
    revisions = Revision.objects.count()
    report = run_import(changed, "en")
    assert {p.outcome for p in report.posts if p.number} == {"kept_edited"}
    assert Revision.objects.count() == revisions
    fresh = IssuePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert fresh.title_en == "Edited by the desk"


def test_dry_run_reports_what_each_post_would_become_and_writes_nothing(topics):
    before = snapshot()
    report = run_import("english", "en", dry_run=True)
    post = next(p for p in report.posts if p.post_id == 1550)
    assert (post.outcome, post.action, post.number, post.analysis) == (
        "would_import",
        "create",
        301,
        2,
    )
    assert snapshot() == before
    assert not WordPressPost.objects.exists()


@pytest.mark.parametrize(
    ("name", "code", "number", "week", "title"),
    [
        (
            "arabic",
            "ar",
            301,
            (datetime.date(2019, 3, 4), datetime.date(2019, 3, 8)),
            "أنهار بلا اتفاقية",
        ),
        (
            "pashto",
            "ps",
            302,
            (datetime.date(2019, 3, 10), datetime.date(2019, 3, 14)),
            "د سولې نوې لړۍ",
        ),
        (
            "dari",
            "fa-af",
            302,
            (datetime.date(2019, 3, 18), datetime.date(2019, 3, 21)),
            "راه‌های تازهٔ ترانزیت",
        ),
    ],
)
def test_right_to_left_sites_read_number_week_and_title(archive, name, code, number, week, title):
    report = run_import(name, code)
    assert not report.failed, report.as_data()
    page = IssuePage.objects.get(number=number).get_latest_revision_as_object()
    assert (page.week_start, page.week_end) == week
    assert analysis_titles(page, code) == [title]
    text = str(getattr(page, languages.get_language(code).field("analyses")).raw_data)
    assert "في هذه النشرة" not in text and "په دې ګڼه کې" not in text
    assert "در این شماره" not in text and "لیکوال" not in text


def test_a_second_language_fills_the_same_issue_and_keeps_the_first(topics):
    run_import("english", "en")
    run_import("arabic", "ar")
    page = IssuePage.objects.get(number=301).get_latest_revision_as_object()
    assert analysis_titles(page, "en")[0] == "Rivers without a treaty"
    assert analysis_titles(page, "ar") == ["أنهار بلا اتفاقية"]
    # importing Arabic did not make the English posts look edited by someone
    report = run_import("english", "en")
    assert {p.outcome for p in report.posts if p.number} == {"unchanged"}


def test_publish_puts_the_language_live_dated_to_its_week(topics):
    run_import("english", "en", publish=True)
    page = IssuePage.objects.get(number=301)
    assert page.live
    assert page.first_published_at.date() == datetime.date(2019, 3, 8)
    assert IssuePage.objects.readable("en").filter(pk=page.pk).exists()
