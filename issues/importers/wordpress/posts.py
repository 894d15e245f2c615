"""Which items of an export are Weekly Analysis posts, and what each one holds.

One old site per language; its Weekly Analysis posts are found by category. The defaults are the
names the four editions used (folded, so spelling variants match); ``--category`` replaces them.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from issues.importers.structure import ParsedAnalysis, ParsedReference
from issues.importers.vocabulary import fold
from issues.importers.wordpress.content import PostContent, read_content
from issues.importers.wordpress.headers import find_issue_week, find_number
from issues.importers.wordpress.wxr import WXRItem, WXRTerm

#: Category names or slugs of the Weekly Analysis on each language's old site.
DEFAULT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "en": ("Weekly Analysis", "weekly-analysis", "Weekly Analyses", "Analysis"),
    "ps": ("اونیزه شننه", "اونيزه شننه", "اونۍ شننه", "اونیز تحلیل", "weekly-analysis"),
    "fa-af": (
        "تحلیل هفته‌وار",
        "تحلیل هفته وار",
        "تحلیل هفتگی",
        "تحلیل‌های هفته‌وار",
        "weekly-analysis",
    ),
    "ar": ("التحليل الأسبوعي", "التحليلات الأسبوعية", "تحليل الأسبوع", "weekly-analysis"),
}

PUBLISHED_STATUSES = ("publish",)


def _folded(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())


def category_matcher(language: str, names: list[str] | None = None):
    """A predicate on a post's terms: is it in one of the Weekly Analysis categories?"""
    wanted = {_folded(n) for n in (names or DEFAULT_CATEGORIES.get(language, ()))}

    def matches(terms: list[WXRTerm]) -> bool:
        return any(
            t.domain == "category" and (_folded(t.name) in wanted or _folded(t.slug) in wanted)
            for t in terms
        )

    return matches


@dataclass
class PostIndex:
    """What the first pass keeps of a selected post: enough to group and order it."""

    post_id: int
    number: int | None
    date: datetime.datetime | None
    title: str


@dataclass
class ReadPost:
    """A selected post read in full (second pass)."""

    item: WXRItem
    number: int
    week: tuple[datetime.date, datetime.date | None] | None
    content: PostContent
    warnings: list[str] = field(default_factory=list)

    @property
    def analysis(self) -> ParsedAnalysis:
        return self.content.analysis

    @property
    def references(self) -> list[ParsedReference]:
        return self.content.references

    def fingerprint(self) -> str:
        """SHA-256 of what the post contributes (changes when the post is edited on WordPress)."""
        data: Any = [self.item.title, self.item.content, self.number, str(self.week)]
        return hashlib.sha256(json.dumps(data, ensure_ascii=False).encode()).hexdigest()


def skip_reason(item: WXRItem, is_weekly: Any) -> str | None:
    """Why ``item`` is not imported as an analysis (None: it is)."""
    if item.post_type != "post":
        return f"type:{item.post_type or 'unknown'}"
    if item.status not in PUBLISHED_STATUSES:
        return f"status:{item.status or 'unknown'}"
    if not is_weekly(item.terms):
        return "category"
    return None


def index_post(item: WXRItem) -> PostIndex:
    """The first pass's record of a post: the number from its title, else its opening text."""
    number = find_number(item.title)
    if number is None:
        number = find_number(item.content[:3000] if item.content else "")
    return PostIndex(post_id=item.post_id, number=number, date=item.date, title=item.title)


def read_post(item: WXRItem, number: int) -> ReadPost:
    """A selected post in full: its content as an analysis, its week."""
    content = read_content(item.content, title=_clean_title(item.title))
    week = find_issue_week(item.title, "\n".join(content.header_text))
    warnings: list[str] = []
    if week is None and item.date is not None:
        day = item.date.date()
        week = (day, day)
        warnings.append("week_from_post_date")
    return ReadPost(item=item, number=number, week=week, content=content, warnings=warnings)


def _clean_title(title: str) -> str:
    """A post title without the edition name and number some sites put in front of it."""
    for separator in (":", "–", "—", "|", "-", "؛", "،"):
        head, sep, tail = title.partition(separator)
        if sep and tail.strip() and find_number(head) and not find_number(tail):
            return tail.strip()
    return title.strip()
