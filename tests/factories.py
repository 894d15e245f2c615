"""Factories and content builders for tests: issues in any of the four languages.

Text is generated ("Section 2 of analysis 1 …" in each language's script), so tests can grow an
issue to any size and check numbering and anchors.
"""

from __future__ import annotations

import datetime

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page, Site

from csrs import languages
from issues.models import HomePage, IssueIndexPage, IssuePage
from issues.workflow import actions

WORDS = {
    "en": ("Analysis", "Section", "Paragraph", "Recommendation", "Outlet"),
    "ps": ("شننه", "برخه", "پاراګراف", "وړاندیز", "رسنۍ"),
    "fa-af": ("تحلیل", "بخش", "پاراگراف", "پیشنهاد", "رسانه"),
    "ar": ("تحليل", "قسم", "فقرة", "توصية", "وسيلة"),
}


def language_content(
    code: str, *, analyses: int = 1, sections: int = 2, references: int = 2, number: int = 1
) -> dict[str, object]:
    """One language's translated fields of an issue, as raw StreamField data."""
    analysis_word, section_word, paragraph_word, recommendation_word, outlet_word = WORDS[code]
    analysis_blocks = []
    for a in range(1, analyses + 1):
        analysis_blocks.append(
            {
                "type": "analysis",
                "value": {
                    "title": f"{analysis_word} {a}",
                    "introduction": f"<p>{paragraph_word} {a}.0</p>",
                    "sections": [
                        {
                            "heading": f"{section_word} {a}.{s}",
                            "body": [
                                {"type": "subheading", "value": {"number": "1", "text": "x"}},
                                {"type": "paragraph", "value": f"<p>{paragraph_word} {a}.{s}</p>"},
                                {
                                    "type": "quotation",
                                    "value": {"quote": "q", "attribution": "A. Speaker"},
                                },
                                {"type": "numbered_list", "value": ["<p>one</p>", "<p>two</p>"]},
                            ],
                        }
                        for s in range(1, sections + 1)
                    ],
                    "conclusion": f"<p>{paragraph_word} {a}.end</p>",
                },
            }
        )
    return {
        "title": f"{analysis_word} #{number}",
        "standfirst": f"{paragraph_word} standfirst {number}",
        "analyses": analysis_blocks,
        "recommendations": [
            {"type": "recommendation", "value": f"<p>{recommendation_word} {r}</p>"}
            for r in range(1, 4)
        ],
        "references": [
            {
                "type": "reference",
                "value": {
                    "outlet": f"{outlet_word} {r}",
                    "title": f"Source title {r}",
                    "date": "2026-11-10",
                    "url": f"https://example.org/source-{r}",
                    "note": "",
                },
            }
            for r in range(1, references + 1)
        ],
    }


def make_site() -> tuple[HomePage, IssueIndexPage]:
    """A home page at the site root with the issue archive under it."""
    # Transactional tests (the browser's) empty every table, the migrations' rows included,
    # and leave Django's content-type cache pointing at rows that no longer exist.
    ContentType.objects.clear_cache()
    Locale.objects.get_or_create(language_code=languages.DEFAULT_LANGUAGE.code)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", live=True)
    )
    # Images and documents need the root collection (a migration's row, too).
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    for page in root.get_children():
        page.delete()
    home = HomePage(slug="home")
    for lang in languages.LANGUAGES:
        setattr(home, lang.field("title"), f"Home {lang.code}")
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    archive = IssueIndexPage(slug="issues")
    for lang in languages.LANGUAGES:
        setattr(archive, lang.field("title"), f"Archive {lang.code}")
    home.add_child(instance=archive)
    archive.save_revision().publish()
    return home, archive


def build_issue(
    parent: IssueIndexPage,
    *,
    number: int,
    codes: tuple[str, ...] = ("en",),
    original_language: str = "en",
    analyses: int = 1,
    sections: int = 2,
    references: int = 2,
    publish: bool = True,
    approve: bool | None = None,
    week_start: datetime.date | None = None,
) -> IssuePage:
    """Create an issue with content in ``codes`` and (by default) publish it.

    Only approved text goes live: languages other than the original are approved through the
    workflow's own API first (``approve``, by default when publishing), as an editor would.
    """
    start = week_start or datetime.date(2026, 1, 5) + datetime.timedelta(weeks=number % 500)
    issue = IssuePage(
        number=number,
        week_start=start,
        week_end=start + datetime.timedelta(days=4),
        original_language=original_language,
    )
    for code in codes:
        language = languages.get_language(code)
        content = language_content(
            code, analyses=analyses, sections=sections, references=references, number=number
        )
        for name, value in content.items():
            setattr(issue, language.field(name), value)
    issue.live = False
    parent.add_child(instance=issue)
    revision = issue.save_revision()
    if publish if approve is None else approve:
        for code in codes:
            if code != original_language:
                actions.approve(issue, languages.get_language(code), comment="Test content")
    if publish:
        revision.publish()
    issue.refresh_from_db()
    return issue


def publish_with_approvals(issue: IssuePage):
    """Save ``issue``'s in-memory text as a revision, approve every translated language's text
    through the workflow (as an editor would), and publish: what a test that edits an issue
    then publishes it means under the publishing rule (only approved translations go live)."""
    revision = issue.save_revision()
    for language in languages.LANGUAGES:
        if language.code != issue.original_language and issue.has_content_in(language):
            actions.approve(issue, language, comment="Test content")
    revision.publish()
    return revision
