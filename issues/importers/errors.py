"""The one exception the importer raises."""

from __future__ import annotations

#: Limits on what the importer accepts.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 200
# A .docx is a zip: a 128 KB file can unpack to gigabytes (a "zip bomb"). Its directory is
# checked before anything is unpacked (see ``extract.check_docx_archive``).
MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_DOCX_MEMBERS = 1000
MAX_DOCX_MEMBER_BYTES = 25 * 1024 * 1024
#: Uncompressed / compressed size of one member; XML compresses about 10:1, images barely.
MAX_COMPRESSION_RATIO = 100
#: Members smaller than this are not held to the ratio (a tiny file can compress very well).
RATIO_EXEMPT_BYTES = 1024 * 1024
#: A page's decoded content stream; a page of text is tens of kilobytes.
MAX_PDF_CONTENT_BYTES = 2 * 1024 * 1024
# PDF and Word files are read in a child process with these limits (``sandbox``): a file that
# needs more memory or time than this is refused as too complex, and the server is unharmed.
MAX_PARSE_SECONDS = 8
MAX_PARSE_MEMORY_BYTES = 512 * 1024 * 1024
# An issue is some 50,000 characters in 1,000 lines; these leave a wide margin and keep a
# pathological file from keeping a worker busy for minutes.
MAX_TEXT_CHARS = 3_000_000
MAX_LINES = 60_000


class ImportFileError(Exception):
    """A file that cannot be imported, with a message naming the file and the problem.

    ``code`` is stable for a UI to translate: ``empty``, ``too_large``, ``too_many_pages``,
    ``pdf_unreadable``, ``pdf_encrypted``, ``no_text``, ``docx_unreadable``, ``unsupported_format``,
    ``not_utf8``, ``binary``, ``too_long``, ``unknown_language``, ``too_complex`` (a zip bomb,
    a huge content stream, or a parse past the time or memory limit), ``internal``.
    """

    def __init__(self, filename: str, problem: str, code: str = "unreadable") -> None:
        self.filename = filename
        self.problem = problem
        self.code = code
        super().__init__(f"Cannot import \u201c{filename or 'unnamed file'}\u201d: {problem}")
