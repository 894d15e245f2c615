"""Back-catalogue importer: a file's bytes to a structured Weekly Analysis issue.

Pure Python, no Django. Public API::

    parse_file(data: bytes, filename: str, language: str | None = None) -> ParsedIssue
    parse_text(text: str, source_name: str = "", language: str | None = None) -> ParsedIssue
    to_stream_data(parsed: ParsedIssue) -> dict

``parse_file`` accepts a PDF with a text layer, a .docx or plain text (UTF-8, UTF-16, with or
without BOM, any line endings) in English, Pashto, Dari or Arabic, and either returns a
:class:`ParsedIssue` or raises :class:`ImportFileError`; it raises nothing else.
"""

from __future__ import annotations

from issues.importers.cleanup import (
    build_blocks,
    fix_pdf_rtl_runs,
    fix_visual_order,
    pull_footnotes,
    remove_artefacts,
    to_lines,
)
from issues.importers.errors import (
    MAX_FILE_BYTES,
    MAX_LINES,
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    ImportFileError,
)
from issues.importers.extract import Extracted, extract
from issues.importers.language import NAMES, detect_language
from issues.importers.pagechrome import drop_page_chrome
from issues.importers.parser import IssueParser
from issues.importers.references import looks_like_reference
from issues.importers.stream import to_stream_data
from issues.importers.structure import (
    WARNING_MESSAGES,
    ParsedAnalysis,
    ParsedIssue,
    ParsedReference,
    ParsedSection,
    ParseWarning,
)
from issues.importers.vocabulary import LANGUAGE_CODES, key, structural_heading

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_LINES",
    "MAX_PDF_PAGES",
    "MAX_TEXT_CHARS",
    "WARNING_MESSAGES",
    "ImportFileError",
    "ParseWarning",
    "ParsedAnalysis",
    "ParsedIssue",
    "ParsedReference",
    "ParsedSection",
    "parse_file",
    "parse_text",
    "to_stream_data",
]


def _language_code(language: str | None, filename: str) -> str | None:
    if language is None or language == "":
        return None
    code = str(language).replace("_", "-").lower()
    if code not in LANGUAGE_CODES:
        raise ImportFileError(
            filename,
            f"unknown language \u201c{language}\u201d; use one of {', '.join(LANGUAGE_CODES)}.",
            "unknown_language",
        )
    return code


def parse_file(data: bytes, filename: str, language: str | None = None) -> ParsedIssue:
    """Parse one file's bytes. Raises :class:`ImportFileError` and nothing else."""
    filename = str(filename or "")
    try:
        code = _language_code(language, filename)
        if not isinstance(data, bytes | bytearray | memoryview):
            raise ImportFileError(filename, "the file content must be bytes.", "internal")
        return _parse(extract(bytes(data), filename), filename, code)
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - the contract: nothing but ImportFileError escapes
        raise ImportFileError(
            filename,
            f"an unexpected error occurred while reading it ({type(exc).__name__}: "
            f"{str(exc)[:100]}).",
            "internal",
        ) from exc


def parse_text(text: str, source_name: str = "", language: str | None = None) -> ParsedIssue:
    """Parse text already decoded (as if it came from a .txt file)."""
    return parse_file(str(text).encode("utf-8"), source_name or "text.txt", language)


def _parse(extracted: Extracted, filename: str, language: str | None) -> ParsedIssue:
    chars = sum(len(p) for p in extracted.pages)
    if chars > MAX_TEXT_CHARS:
        raise ImportFileError(
            filename,
            f"its text is {chars:,} characters long; one issue has at most {MAX_TEXT_CHARS:,}.",
            "too_long",
        )
    count = sum(1 for page in extracted.pages for line in page.splitlines() if line.strip())
    if count > MAX_LINES:
        raise ImportFileError(
            filename,
            f"its text has {count:,} lines; one issue has at most {MAX_LINES:,}.",
            "too_long",
        )
    lines = drop_page_chrome(to_lines(extracted.pages))
    sample = "\n".join(ln.text for ln in lines[:3000])
    detected = detect_language(sample)
    reversed_text = False
    if extracted.kind == "pdf" and detected in ("ps", "fa-af", "ar"):
        reversed_text = fix_visual_order(lines)
        if not reversed_text:
            fix_pdf_rtl_runs(lines)
        sample = "\n".join(ln.text for ln in lines[:3000])
    if detected is None:
        raise ImportFileError(filename, "no text (letters) was found in it.", "no_text")
    issue = ParsedIssue(source_name=filename, language=language or detected)
    if language is None:
        issue.warn("language_detected", level="info", language=NAMES[detected])
    elif language != detected and not (
        language in ("ps", "fa-af", "ar")
        and detected in ("ps", "fa-af", "ar")
        and len(sample) < 400
    ):
        issue.warn("language_mismatch", given=NAMES[language], detected=NAMES[detected])
    if reversed_text:
        issue.warn("text_reversed", level="info")
    title_keys = {
        key(a.text)
        for a, b in zip(lines, lines[1:], strict=False)
        if structural_heading(b.text) == "introduction"
    }
    lines = remove_artefacts(lines, title_keys)
    lines, notes = pull_footnotes(lines, looks_like_reference)
    repair = extracted.kind != "docx"
    blocks = build_blocks(lines, repair_breaks=repair, wrapped=extracted.kind == "pdf")
    footnotes = build_blocks(notes, repair_breaks=False)
    return IssueParser(blocks, footnotes, issue).run()
