"""The PDF download link of an issue page: URL and size, without a query on most requests.

The issue page's query count stays constant: the sizes of all stored PDFs are one small cache
entry (a few thousand numbers for the whole archive), loaded by one query when missing and
dropped whenever a PDF is built or removed. Its timeout bounds how long another process with its
own in-memory cache can show an outdated link.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from csrs.languages import LATIN_DIGITS, Language
from issues.l10n import localize_digits

INDEX_KEY = "issue-pdf-sizes"
INDEX_TIMEOUT = 10 * 60
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


def forget() -> None:
    """Drop the cached sizes (after a build or a removal)."""
    cache.delete(INDEX_KEY)


def _sizes() -> dict[str, int]:
    """``{"<issue id>:<code>": size}`` of every stored PDF, from the cache or one query."""
    from issues.models import IssuePDF

    sizes = cache.get(INDEX_KEY)
    if sizes is None:
        rows = IssuePDF.objects.filter(size__gt=0).exclude(file="")
        sizes = {
            f"{i}:{code}": size
            for i, code, size in rows.values_list("issue_id", "language", "size")
        }
        cache.set(INDEX_KEY, sizes, INDEX_TIMEOUT)
    return sizes


def pdf_link(issue, language: Language) -> PdfLink | None:
    """The issue's stored PDF in ``language``, or ``None`` when there is none (yet)."""
    from issues.pdf.storage import download_name

    size = _sizes().get(f"{issue.pk}:{language.code}")
    if not size:
        return None
    return PdfLink(
        pdf_url(issue.number, language), size, download_name(issue.number, language.code)
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
