"""Citing an issue: Chicago and APA in the reader's language, BibTeX and RIS for reference managers.

The formatted citations follow each style's order of parts; their punctuation and words ("no.")
are translatable strings, so each language writes them its own way, with its own quotation marks,
digits and calendar (dates come from ``issues.l10n``). The downloads are data for software: their
dates and numbers stay machine-readable (ISO dates, 0-9), only the text is in the issue's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import rispy
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bwriter import BibTexWriter
from django.utils.translation import gettext as _

from csrs.languages import Language
from issues.l10n import format_date, format_week_range, localize_digits


@dataclass(frozen=True)
class CitationData:
    """What every citation of one issue in one language is made of."""

    author: str  # the publisher, a corporate author
    publication: str
    title: str
    number: int
    week_start: object
    week_end: object
    url: str
    language: Language
    abstract: str = ""
    doi: str = ""

    @property
    def link(self) -> str:
        """What a citation points at: the DOI's resolver URL when there is one (both Chicago
        and APA prefer it), else the page's permalink."""
        return f"https://doi.org/{self.doi}" if self.doi else self.url


def citation_data(
    issue, language: Language, publication_settings, url: str, doi: str = ""
) -> CitationData:
    """Gather the citation's parts for ``issue`` as read in ``language`` (active language)."""
    return CitationData(
        author=publication_settings.publisher_name
        or _("Center for Strategic and Regional Studies"),
        publication=publication_settings.publication_name or _("Weekly Analysis"),
        title=(getattr(issue, language.field("title"), "") or issue.title).strip(),
        number=issue.number,
        week_start=issue.week_start,
        week_end=issue.week_end,
        url=url,
        language=language,
        abstract=(getattr(issue, language.field("standfirst"), "") or "").strip(),
        doi=doi,
    )


def chicago(data: CitationData, **date_options) -> str:
    """Chicago (notes-bibliography) style, in the active language's words and digits."""
    opening, closing = data.language.quotes
    return _("%(author)s. %(title)s %(publication)s, no. %(number)s (%(date)s). %(url)s") % {
        "author": data.author,
        "title": f"{opening}{data.title}.{closing}",
        "publication": data.publication,
        "number": localize_digits(data.number, data.language, **_digit_option(date_options)),
        "date": format_week_range(data.week_start, data.week_end, data.language, **date_options),
        "url": data.link,
    }


def apa(data: CitationData, **date_options) -> str:
    """APA (7th edition, report by a group author) style, in the active language."""
    return _("%(author)s. (%(date)s). %(title)s (%(publication)s No. %(number)s). %(url)s") % {
        "author": data.author,
        "date": format_date(data.week_end, data.language, **date_options),
        "title": data.title,
        "publication": data.publication,
        "number": localize_digits(data.number, data.language, **_digit_option(date_options)),
        "url": data.link,
    }


def _digit_option(date_options: dict) -> dict:
    return {"latin_digits": bool(date_options.get("latin_digits"))}


def citation_key(data: CitationData) -> str:
    """A stable BibTeX key: ``csrs-weekly-analysis-455-fa-af``."""
    return f"csrs-weekly-analysis-{data.number}-{data.language.code}"


_BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    # Not "\{": BibTeX counts braces whatever precedes them, so an escaped "}" in a title would
    # still close the field, and what follows would become fields of its own.
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


# Line breaks of every kind, and the other control characters: in a download each would end
# a field (RIS is one tag per line), start a record ("ER  -", "@misc{") or hide text.
_LINE_BREAKS_AND_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def one_line(text: str) -> str:
    """``text`` on one line: every run of line breaks and control characters is one space."""
    return " ".join(_LINE_BREAKS_AND_CONTROLS.sub(" ", text).split())


def _bibtex_text(text: str) -> str:
    """Escape TeX's special characters so a title cannot break (or inject into) the entry."""
    return "".join(_BIBTEX_SPECIAL.get(char, char) for char in one_line(text))


def _bibtex_url(url: str) -> str:
    """A URL as BibTeX's ``url`` field holds it verbatim: one line, no braces (percent-encoded)."""
    return one_line(url).replace("{", "%7B").replace("}", "%7D")


def bibtex(data: CitationData) -> str:
    """A BibTeX ``@techreport`` entry (biblatex's ``date`` and ``langid`` included)."""
    entry = {
        "ENTRYTYPE": "techreport",
        "ID": citation_key(data),
        # Double braces: a corporate author, not "Regional Studies, Center for Strategic and".
        "author": "{" + _bibtex_text(data.author) + "}",
        "title": _bibtex_text(data.title),
        "institution": _bibtex_text(data.author),
        "type": _bibtex_text(data.publication),
        "number": str(data.number),
        "year": str(data.week_end.year),
        "date": data.week_end.isoformat(),
        "url": _bibtex_url(data.url),
        "langid": _bibtex_text(data.language.name.lower()),
        # Classic BibTeX styles and Zotero read ``language``; biblatex reads ``langid``.
        "language": _bibtex_text(data.language.name.lower()),
    }
    if data.doi:
        entry["doi"] = data.doi
    database = BibDatabase()
    database.entries = [entry]
    writer = BibTexWriter()
    writer.indent = "  "
    writer.order_entries_by = None
    writer.display_order = ["author", "title", "institution", "type", "number", "year", "date"]
    return writer.write(database)


class _RisWriter(rispy.RisWriter):
    """RIS without rispy's "1." counter line before each record, which some importers reject."""

    def set_header(self, count):
        return ""


def ris(data: CitationData) -> str:
    """An RIS record of type RPRT (report); every value on one line, so none starts a tag."""
    record = {
        "type_of_reference": "RPRT",
        "authors": [one_line(data.author)],
        "title": one_line(data.title),
        "secondary_title": one_line(data.publication),
        "number": str(data.number),
        "year": str(data.week_end.year),
        "date": f"{data.week_end.year:04d}/{data.week_end.month:02d}/{data.week_end.day:02d}",
        "publisher": one_line(data.author),
        "urls": [one_line(data.url)],
        "language": data.language.code,
    }
    if data.abstract:
        record["abstract"] = one_line(data.abstract)
    if data.doi:
        record["doi"] = one_line(data.doi)
    return rispy.dumps([record], implementation=_RisWriter)
