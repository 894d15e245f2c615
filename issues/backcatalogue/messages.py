"""The importer's warnings and errors in the user's language, keyed by their stable codes.

The parser (``issues.importers``, no Django) reports English sentences plus a ``code`` and
``params``; this table holds the translatable templates for the same codes, with named
placeholders, so the command line and the admin speak the user's language. Dates and numbers in
the parameters are localised with ``issues.l10n``; language names with Django's ``LANGUAGES``.
"""

from __future__ import annotations

import datetime
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.importers import WARNING_MESSAGES
from issues.l10n import format_date, localize_number

#: The parser's warnings (``issues.importers.WARNING_MESSAGES``) and the apply step's own.
WARNING_TEMPLATES = {
    "language_detected": _("The language was detected as %(language)s."),
    "language_mismatch": _(
        "The file was imported as %(given)s, but its text looks like %(detected)s."
    ),
    "number_missing": _("No issue number was found."),
    "week_missing": _("No week (date range) was found."),
    "week_not_recognised": _("The date was not recognised: “%(text)s”."),
    "week_single_date": _("Only one date was found (%(date)s); the end of the week is not set."),
    "week_suspicious": _("The week runs from %(start)s to %(end)s, which looks wrong."),
    "title_missing": _("No title was found."),
    "introduction_missing": _(
        "No introduction heading was found in “%(title)s”; the text before the first section "
        "was used as the introduction."
    ),
    "sections_missing": _("No sections were found in “%(title)s”."),
    "conclusion_missing": _("No conclusion was found in “%(title)s”."),
    "recommendations_missing": _("No recommendations section was found."),
    "references_missing": _("No references section was found."),
    "reference_no_date": _("Reference %(index)s has no recognisable publication date."),
    "reference_no_url": _("Reference %(index)s has no link."),
    "heading_levels_guessed": _(
        "Sections and sub-headings could not be told apart with certainty; numbered headings "
        "were taken as sub-headings and the others as sections. Please check them."
    ),
    "heading_in_conclusion": _(
        "The heading “%(text)s” inside a conclusion was kept as a paragraph."
    ),
    "lead_in_ignored": _("The introductory line “%(text)s” before a list was left out."),
    "text_reversed": _(
        "The PDF's text layer stored right-to-left text in visual order; it was reversed."
    ),
    "unplaced_lines": _(
        "%(count)s line(s) could not be placed; they are kept in the draft for the editor."
    ),
    # Written by the apply step (issues.backcatalogue.apply), not by the parser.
    "week_kept": _(
        "The file gives the week as %(file_week)s, but the issue already has %(issue_week)s; "
        "the issue's week was kept."
    ),
    "original_language_kept": _(
        "The issue's original language stays %(language)s; this file only fills %(imported)s."
    ),
    "language_replaced": _(
        "The %(language)s text this draft already had was replaced by the file's."
    ),
    "unchanged": _("The draft already holds this file's content: nothing was changed."),
}

#: ``ImportFileError.code`` (the parser) and ``ImportApplyError.code`` (the apply step).
ERROR_TEMPLATES = {
    "empty": _("“%(filename)s” is empty."),
    "too_large": _("“%(filename)s” is too large: at most %(limit)s MB per file."),
    "too_many_pages": _("“%(filename)s” has too many pages: at most %(pages)s."),
    "pdf_unreadable": _("“%(filename)s” could not be read as a PDF."),
    "pdf_encrypted": _("“%(filename)s” is an encrypted PDF: remove the password first."),
    "no_text": _(
        "No text was found in “%(filename)s”. A scanned PDF without a text layer needs OCR first."
    ),
    "docx_unreadable": _("“%(filename)s” could not be read as a Word (.docx) file."),
    "unsupported_format": _(
        "“%(filename)s” is not a supported file: use PDF, Word (.docx) or plain text (.txt)."
    ),
    "not_utf8": _("The text of “%(filename)s” is not in a known encoding: save it as UTF-8."),
    "binary": _("“%(filename)s” is not a text file."),
    "too_long": _("“%(filename)s” is far too long for one issue."),
    "unknown_language": _("Unknown language: use one of %(languages)s."),
    "too_complex": _(
        "“%(filename)s” is too large or too complex to import: reading it would take more "
        "memory or time than any issue needs. Save it again as a simpler PDF or Word file, or "
        "split it."
    ),
    "internal": _("“%(filename)s” could not be read because of an unexpected error."),
    "unreadable": _("“%(filename)s” could not be read."),
    # The apply step.
    "no_archive": _("There is no issue archive page to put the issue under: create it first."),
    "no_number": _("“%(filename)s”: no issue number was found, so no issue can be created."),
    "no_week": _("“%(filename)s”: no week was found, so no new issue can be created."),
    "no_title": _("“%(filename)s”: no title was found, so the %(language)s text has no title."),
    "no_analysis": _("“%(filename)s”: no analysis was found in it."),
    "invalid_content": _("“%(filename)s”: the imported %(field)s are not valid: %(details)s"),
    "invalid_issue": _("“%(filename)s”: the issue would not be valid: %(details)s"),
    "page_locked": _("Issue %(number)s is locked by another user: it was not changed."),
    "not_allowed": _("You may not edit issue %(number)s: it was not changed."),
    "upload_expired": _("The uploaded file is no longer available: upload it again."),
}


def _language_name(value: Any) -> str:
    """A language given as code or English name (the parser's params), in the user's language."""
    names = dict(settings.LANGUAGES)
    for lang in languages.LANGUAGES:
        if value in (lang.code, lang.name):
            return str(names.get(lang.code, lang.name))
    return str(value)


def _localise(name: str, value: Any) -> Any:
    code = translation.get_language() or languages.DEFAULT_LANGUAGE.code
    if isinstance(value, datetime.date):
        return format_date(value, code)
    if isinstance(value, str) and name in {"date", "start", "end"}:
        try:
            return format_date(datetime.date.fromisoformat(value), code)
        except ValueError:
            return value
    if isinstance(value, int) and not isinstance(value, bool):
        return localize_number(value, code, grouping=False)
    if name in {"language", "given", "detected", "imported"}:
        return _language_name(value)
    if name == "field":
        from issues.panels import FIELD_LABELS  # "references" -> "References", translated

        return str(FIELD_LABELS.get(value, value))
    return value


def _render(template: Any, params: dict[str, Any], fallback: str) -> str:
    localised = {name: _localise(name, value) for name, value in (params or {}).items()}
    try:
        return str(template) % localised
    except (KeyError, TypeError, ValueError):
        # A parameter the template does not know of (a newer parser): the English text is
        # better than nothing, and never a crash in the middle of a batch.
        return fallback or str(template)


def warning_text(code: str, params: dict[str, Any] | None = None, fallback: str = "") -> str:
    """A warning in the active language. Unknown codes fall back to the English ``fallback``."""
    template = WARNING_TEMPLATES.get(code)
    if template is None:
        if fallback:
            return fallback
        english = WARNING_MESSAGES.get(code, code)
        try:
            return english.format(**(params or {}))
        except (KeyError, IndexError, ValueError):
            return english
    return _render(template, params or {}, fallback)


def error_text(code: str, params: dict[str, Any] | None = None, fallback: str = "") -> str:
    """An error in the active language (``params`` usually holds ``filename``)."""
    template = ERROR_TEMPLATES.get(code)
    if template is None:
        return fallback or str(ERROR_TEMPLATES["unreadable"]) % {
            "filename": (params or {}).get("filename", "")
        }
    return _render(template, params or {}, fallback)


def parse_error_text(error) -> str:
    """An ``ImportFileError`` in the active language, naming the file."""
    from issues.importers.errors import MAX_FILE_BYTES, MAX_PDF_PAGES

    params = {
        "filename": error.filename or "?",
        "limit": MAX_FILE_BYTES // (1024 * 1024),
        "pages": MAX_PDF_PAGES,
        "languages": ", ".join(languages.CODES),
    }
    return error_text(error.code, params, fallback=str(error))
