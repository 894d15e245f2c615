"""The one exception the importer raises."""

from __future__ import annotations

#: Limits on what the importer accepts.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 200
MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024
# An issue is some 50,000 characters in 1,000 lines; these leave a wide margin and keep a
# pathological file from keeping a worker busy for minutes.
MAX_TEXT_CHARS = 3_000_000
MAX_LINES = 60_000


class ImportFileError(Exception):
    """A file that cannot be imported, with a message naming the file and the problem.

    ``code`` is stable for a UI to translate: ``empty``, ``too_large``, ``too_many_pages``,
    ``pdf_unreadable``, ``pdf_encrypted``, ``no_text``, ``docx_unreadable``, ``unsupported_format``,
    ``not_utf8``, ``binary``, ``too_long``, ``unknown_language``, ``internal``.
    """

    def __init__(self, filename: str, problem: str, code: str = "unreadable") -> None:
        self.filename = filename
        self.problem = problem
        self.code = code
        super().__init__(f"Cannot import \u201c{filename or 'unnamed file'}\u201d: {problem}")
