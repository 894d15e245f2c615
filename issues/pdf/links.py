"""The PDF download link of an issue page: URL and size, without a query on most requests.

The issue page's query count stays constant (7): the stored PDF's size is read from the cache,
keyed by the issue's publication time, so a republished issue never shows an older edition's
entry. A missing PDF (still being built) is remembered only briefly.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from csrs.languages import LATIN_DIGITS, Language
from issues.l10n import localize_digits

FOUND_TIMEOUT = 24 * 60 * 60
MISSING_TIMEOUT = 60
# CLDR's decimal sign for Arabic, Pashto and Dari with Eastern digits (U+066B); "." with 0-9.
ARABIC_DECIMAL_SEPARATOR = "\u066b"


@dataclass(frozen=True)
class PdfLink:
    url: str
    size: int
    filename: str


def pdf_url(number: int, language: Language) -> str:
    """``/<lang>/issues/<number>/pdf/``: the stable address of an issue's PDF edition."""
    with translation.override(language.code):
        return reverse("issue_pdf", kwargs={"number": number})


def _cache_key(issue, language: Language) -> str:
    published = issue.last_published_at.timestamp() if issue.last_published_at else 0
    return f"issue-pdf:{issue.pk}:{language.code}:{published}"


def forget(issue, language: Language) -> None:
    """Drop the cached entry (after a build or a removal in this process)."""
    cache.delete(_cache_key(issue, language))


def pdf_link(issue, language: Language) -> PdfLink | None:
    """The issue's stored PDF in ``language``, or ``None`` when there is none (yet)."""
    from issues.models import IssuePDF
    from issues.pdf.storage import download_name

    key = _cache_key(issue, language)
    entry = cache.get(key)
    if entry is None:
        record = (
            IssuePDF.objects.filter(issue=issue, language=language.code, size__gt=0)
            .exclude(file="")
            .values("size")
            .first()
        )
        entry = {"size": record["size"] if record else 0}
        cache.set(key, entry, FOUND_TIMEOUT if record else MISSING_TIMEOUT)
    if not entry["size"]:
        return None
    return PdfLink(
        pdf_url(issue.number, language),
        entry["size"],
        download_name(issue.number, language.code),
    )


def format_file_size(size: int, language: Language, *, latin_digits: bool = False) -> str:
    """A file size for readers: "840 KB", "۱٫۲ MB" in the language's digits and units."""
    kilobytes = max(1, round(size / 1024))
    if kilobytes < 1024:
        number = localize_digits(kilobytes, language, latin_digits=latin_digits)
        return gettext("%(size)s KB") % {"size": number}
    tenths = round(size * 10 / (1024 * 1024))
    latin = latin_digits or language.digits == LATIN_DIGITS
    separator = "." if latin else ARABIC_DECIMAL_SEPARATOR
    text = f"{tenths // 10}{separator}{tenths % 10}"
    number = localize_digits(text, language, latin_digits=latin_digits)
    return gettext("%(size)s MB") % {"size": number}
