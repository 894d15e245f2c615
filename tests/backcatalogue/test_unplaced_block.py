"""The unplaced-text block: kept for editors, never read by the public side."""

from __future__ import annotations

from csrs import languages
from issues.models import IssuePage
from issues.outline import build_outline
from tests.factories import build_issue, language_content

UNPLACED = {"type": "unplaced_text", "value": "A stray line from the PDF"}


def test_outline_takes_only_analysis_blocks(archive):
    issue = build_issue(archive, number=500, analyses=2)
    issue.analyses_en = [UNPLACED, *issue.analyses_en.raw_data, UNPLACED]
    outline = build_outline(issue)
    assert [a.anchor for a in outline.analyses] == ["analysis-1", "analysis-2"]
    assert all("stray" not in str(a.title) for a in outline.analyses)


def test_unplaced_text_alone_does_not_make_a_language_available(archive):
    issue = IssuePage(number=501)
    issue.title_ps = "سرلیک"
    issue.analyses_ps = [UNPLACED]
    assert not issue.has_content_in(languages.PASHTO)
    issue.analyses_ps = [*language_content("ps")["analyses"], UNPLACED]
    assert issue.has_content_in(languages.PASHTO)


def test_unplaced_text_is_not_indexed_for_search():
    block = IssuePage._meta.get_field("analyses_en").stream_block.child_blocks["unplaced_text"]
    assert block.get_searchable_content("A stray line") == []
    assert block.meta.icon == "warning"
    assert "not published" in str(block.label)
