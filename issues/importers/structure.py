"""The structured issue the importer produces: plain dataclasses, no Django.

Everything here is what the parser is sure of, plus ``warnings`` for what it is not and
``unplaced`` for lines it kept but could not put anywhere (an editor places them by hand).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any, Literal

BlockType = Literal["subheading", "paragraph", "quotation", "bulleted_list", "numbered_list"]
Block = tuple[BlockType, Any]

#: English text of every warning, by code. ``ParseWarning.message`` is built from these; a UI that
#: translates warnings uses the code and ``params`` instead of the English sentence.
WARNING_MESSAGES: dict[str, str] = {
    "language_detected": "The language was detected as {language}.",
    "language_mismatch": ("The file was imported as {given}, but its text looks like {detected}."),
    "number_missing": "No issue number was found.",
    "week_missing": "No week (date range) was found.",
    "week_not_recognised": "The date was not recognised: \u201c{text}\u201d.",
    "week_single_date": "Only one date was found ({date}); the end of the week is not set.",
    "week_suspicious": "The week runs from {start} to {end}, which looks wrong.",
    "title_missing": "No title was found.",
    "introduction_missing": (
        "No introduction heading was found in \u201c{title}\u201d; the text before the first "
        "section was used as the introduction."
    ),
    "sections_missing": "No sections were found in \u201c{title}\u201d.",
    "conclusion_missing": "No conclusion was found in \u201c{title}\u201d.",
    "recommendations_missing": "No recommendations section was found.",
    "references_missing": "No references section was found.",
    "reference_no_date": "Reference {index} has no recognisable publication date.",
    "reference_no_url": "Reference {index} has no link.",
    "heading_levels_guessed": (
        "Sections and sub-headings could not be told apart with certainty; numbered headings "
        "were taken as sub-headings and the others as sections. Please check them."
    ),
    "heading_in_conclusion": (
        "The heading \u201c{text}\u201d inside a conclusion was kept as a paragraph."
    ),
    "lead_in_ignored": "The introductory line \u201c{text}\u201d before a list was left out.",
    "text_reversed": (
        "The PDF's text layer stored right-to-left text in visual order; it was reversed."
    ),
    "unplaced_lines": "{count} line(s) could not be placed; they are listed for the editor.",
}


class InlineHTML(str):
    """Text an importer already turned into inline markup (escaped text and ``<a href>`` links,
    e.g. a WordPress post's paragraph). :func:`issues.importers.stream.paragraphs_html` keeps
    it as markup instead of escaping it; the Django side sanitises it like any rich text."""

    __slots__ = ()


@dataclass(frozen=True)
class ParseWarning:
    """Something the parser was unsure of, with a stable ``code`` a UI can translate."""

    code: str
    message: str
    params: dict[str, Any] = field(default_factory=dict)
    level: Literal["info", "warning"] = "warning"

    @classmethod
    def make(cls, code: str, level: Literal["info", "warning"] = "warning", **params: Any):
        """Build a warning whose English message comes from :data:`WARNING_MESSAGES`."""
        template = WARNING_MESSAGES.get(code, code)
        try:
            message = template.format(**params)
        except (KeyError, IndexError, ValueError):
            message = template
        return cls(code=code, message=message, params=dict(params), level=level)

    def as_dict(self) -> dict[str, Any]:
        """The warning as JSON-friendly data."""
        return {
            "code": self.code,
            "message": self.message,
            "params": {k: _jsonable(v) for k, v in self.params.items()},
            "level": self.level,
        }

    def __str__(self) -> str:
        return self.message


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime.date) else value


@dataclass
class ParsedReference:
    """One cited source. ``url`` always carries a scheme (``https://`` added when missing)."""

    outlet: str = ""
    title: str = ""
    date: datetime.date | None = None
    url: str = ""
    note: str = ""


@dataclass
class ParsedSection:
    """A top-level section of an analysis, its body a list of ``(type, value)`` blocks.

    Block values: ``subheading`` -> ``{"number": "1" or "", "text": str}`` (ASCII digits);
    ``paragraph`` -> ``str``; ``quotation`` -> ``{"quote": str, "attribution": str}``;
    ``bulleted_list`` / ``numbered_list`` -> ``list[str]``.
    """

    heading: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ParsedAnalysis:
    """One topic of an issue: title, introduction, sections, conclusion."""

    title: str = ""
    introduction: list[str] = field(default_factory=list)
    sections: list[ParsedSection] = field(default_factory=list)
    conclusion: list[str] = field(default_factory=list)


@dataclass
class ParsedIssue:
    """A whole issue as read from one file."""

    source_name: str = ""
    language: str = "en"
    number: int | None = None
    week_start: datetime.date | None = None
    week_end: datetime.date | None = None
    titles: list[str] = field(default_factory=list)
    analyses: list[ParsedAnalysis] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    references: list[ParsedReference] = field(default_factory=list)
    warnings: list[ParseWarning] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)

    def warn(self, code: str, level: Literal["info", "warning"] = "warning", **params: Any):
        """Add a warning (see :data:`WARNING_MESSAGES`)."""
        self.warnings.append(ParseWarning.make(code, level=level, **params))

    @property
    def warning_codes(self) -> list[str]:
        return [w.code for w in self.warnings]
