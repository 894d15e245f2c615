"""Bytes to text: PDF text layers (pypdf), Word .docx (python-docx) and plain text.

Every function here either returns an :class:`Extracted` or raises :class:`ImportFileError`.
A .docx becomes lightly marked-up text so the rest of the pipeline reads one format: headings
start with ``#`` (``# `` for the Title style, ``## `` for Heading 1 …), list paragraphs with
``• `` or ``1. ``, quotation styles with ``> ``, and footnotes come last as ``[1] …`` lines,
their references in the body written ``[1]``.

:func:`extract` never parses a PDF or Word file in its own process: a .docx's zip directory is
checked first (:func:`check_docx_archive`), then both are read by :mod:`.sandbox` in a child
process with memory and time limits.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Literal

from issues.importers import errors
from issues.importers.errors import MAX_FILE_BYTES, MAX_PDF_PAGES, ImportFileError
from issues.importers.sandbox import extract_isolated, too_complex

Kind = Literal["pdf", "docx", "text"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Extracted:
    """The text of a file, one string per page (a text file or .docx is one page)."""

    kind: Kind
    pages: list[str]
    notes: list[str] = field(default_factory=list)


def sniff(data: bytes, filename: str) -> Kind:
    """The file's format, from its first bytes (the file name only breaks ties)."""
    name = (filename or "").lower()
    head = data[:1024]
    if head.startswith(b"%PDF-") or b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    if head.startswith(_OLE_MAGIC):
        raise ImportFileError(
            filename,
            "old Word (.doc) and other OLE files are not supported; save it as .docx or PDF.",
            "unsupported_format",
        )
    if head.lstrip().startswith(b"{\\rtf"):
        raise ImportFileError(
            filename, "RTF files are not supported; save it as .docx.", "unsupported_format"
        )
    if name.endswith(".pdf"):
        raise ImportFileError(
            filename, "the file is named .pdf but is not a PDF.", "pdf_unreadable"
        )
    if name.endswith((".docx", ".docm")):
        raise ImportFileError(
            filename, "the file is named .docx but is not a Word document.", "docx_unreadable"
        )
    return "text"


def extract(data: bytes, filename: str) -> Extracted:
    from issues.importers.webpage import html_to_text, looks_like_html

    """Dispatch on the sniffed format, enforcing the size limit first."""
    if not data:
        raise ImportFileError(filename, "the file is empty.", "empty")
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(
            filename,
            f"the file is {len(data) / 1048576:.1f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1048576} MB.",
            "too_large",
        )
    kind = sniff(data, filename)
    if kind == "text" and looks_like_html(data, filename):
        # A page saved from the old site: its main text, the theme's chrome left out.
        return Extracted("text", [html_to_text(data, filename)])
    if kind == "docx":
        check_docx_archive(data, filename)
    if kind in ("pdf", "docx"):
        return extract_isolated(kind, data, filename)
    return Extracted("text", [decode_text(data, filename)])


# --- plain text -------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, filename: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 (BOM, or evident from the bytes) to ``str``."""
    text = None
    for encoding in _candidate_encodings(data):
        try:
            decoded = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding.startswith("utf-16-") and not _plausible(decoded):
            continue
        text = decoded
        break
    if text is None:
        raise ImportFileError(
            filename,
            "the text is not valid UTF-8 (or UTF-16); save it as UTF-8 and try again.",
            "not_utf8",
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    controls = len(_CONTROL.findall(text[:100000]))
    if controls > max(8, len(text[:100000]) // 100):
        raise ImportFileError(
            filename, "this looks like a binary file, not text, a PDF or a .docx.", "binary"
        )
    return _CONTROL.sub("", text)


def _candidate_encodings(data: bytes) -> list[str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return ["utf-8-sig"]
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return ["utf-32"]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return ["utf-16"]
    sample = data[:4000]
    half = max(len(sample) // 2, 1)
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return ["utf-16-le", "utf-8"]
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return ["utf-16-be", "utf-8"]
    return ["utf-8", "utf-16-le", "utf-16-be"] if len(data) % 2 == 0 else ["utf-8"]


_PLAUSIBLE = re.compile(
    "[\t\n\r\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u200c-\u200f\u2010-\u206f"
    "\ufb50-\ufdff\ufe70-\ufeff]"
)


def _plausible(text: str) -> bool:
    """Whether text decoded as BOM-less UTF-16 looks like Latin or Arabic-script prose."""
    sample = text[:5000]
    return bool(sample) and len(_PLAUSIBLE.findall(sample)) >= 0.97 * len(sample)


# --- PDF --------------------------------------------------------------------------------------


def extract_pdf(data: bytes, filename: str) -> Extracted:
    """The text layer of every page. Scanned PDFs (no text layer) are refused."""
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - dependency missing
        raise ImportFileError(
            filename, "PDF support (pypdf) is not installed.", "internal"
        ) from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - pypdf raises many kinds
                ok = 0
            if not ok:
                raise ImportFileError(filename, "the PDF is password-protected.", "pdf_encrypted")
        count = len(reader.pages)
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged PDF can raise anything
        raise ImportFileError(
            filename, f"the PDF could not be read ({_short(exc)}).", "pdf_unreadable"
        ) from None
    if count > MAX_PDF_PAGES:
        raise ImportFileError(
            filename, f"the PDF has {count} pages; the limit is {MAX_PDF_PAGES}.", "too_many_pages"
        )
    pages: list[str] = []
    for index in range(count):
        try:
            _check_content_size(reader.pages[index], filename)
            pages.append(reader.pages[index].extract_text() or "")
        except ImportFileError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise ImportFileError(
                filename,
                f"page {index + 1} of the PDF could not be read ({_short(exc)}).",
                "pdf_unreadable",
            ) from None
    if not any(p.strip() for p in pages):
        raise ImportFileError(
            filename,
            "the PDF has no text layer (is it a scan?); export it again with text, or use .docx.",
            "no_text",
        )
    return Extracted("pdf", [_CONTROL.sub("", p) for p in pages])


def _check_content_size(page, filename: str) -> None:
    """Refuse a page whose decoded content stream is far beyond any page of text."""
    contents = page.get_contents()
    size = len(contents.get_data()) if contents is not None else 0
    if size > errors.MAX_PDF_CONTENT_BYTES:
        raise too_complex(
            filename,
            f"a page holds {size / 1048576:.1f} MB of drawing instructions; the limit is "
            f"{errors.MAX_PDF_CONTENT_BYTES // 1048576} MB.",
        )


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]


# --- DOCX -------------------------------------------------------------------------------------


def check_docx_archive(data: bytes, filename: str) -> None:
    """Refuse a .docx from its zip directory alone, before anything is unpacked: too many
    members, a member or a total declared larger than any Word document of an issue, or a
    member compressed far better than text or images ever are (a zip bomb). A member whose
    declared size lies is caught later: ``zipfile`` stops at the declared size (CRC error)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except Exception:  # noqa: BLE001 - zipfile raises several kinds
        raise ImportFileError(
            filename, "the file is not a readable .docx (zip) archive.", "docx_unreadable"
        ) from None
    if len(members) > errors.MAX_DOCX_MEMBERS:
        raise too_complex(filename, f"the archive holds {len(members):,} files.")
    total = 0
    for member in members:
        size = max(member.file_size, 0)
        total += size
        if size > errors.MAX_DOCX_MEMBER_BYTES:
            raise too_complex(
                filename, f"“{member.filename[:80]}” unpacks to {size / 1048576:,.0f} MB."
            )
        ratio = size / max(member.compress_size, 1)
        if size > errors.RATIO_EXEMPT_BYTES and ratio > errors.MAX_COMPRESSION_RATIO:
            raise too_complex(
                filename,
                f"“{member.filename[:80]}” is compressed {ratio:,.0f} to 1 (a zip bomb?).",
            )
    if total > errors.MAX_DOCX_UNPACKED_BYTES:
        raise too_complex(filename, f"it unpacks to {total / 1048576:,.0f} MB.")
    if "word/document.xml" not in {member.filename for member in members}:
        raise ImportFileError(
            filename, "the archive is not a Word document (.docx).", "unsupported_format"
        )


def extract_docx(data: bytes, filename: str) -> Extracted:
    """Paragraphs and tables of a Word document, in order, with light mark-up (see module doc)."""
    check_docx_archive(data, filename)
    try:
        import docx
    except ImportError:  # pragma: no cover
        raise ImportFileError(
            filename, "Word support (python-docx) is not installed.", "internal"
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
        return Extracted("docx", [_DocxWriter(document).text()])
    except ImportFileError:
        raise
    except Exception as exc:  # noqa: BLE001 - lxml/python-docx raise many kinds
        raise ImportFileError(
            filename, f"the Word document could not be read ({_short(exc)}).", "docx_unreadable"
        ) from None


class _DocxWriter:
    """Walks a python-docx document and writes the marked-up text."""

    def __init__(self, document) -> None:
        self.document = document
        self.footnote_numbers: dict[str, int] = {}
        self.list_counters: dict[str, int] = {}
        self.number_formats = self._number_formats()

    def text(self) -> str:
        out: list[str] = []
        body = self.document.element.body
        for child in body.iterchildren():
            tag = child.tag
            if tag == f"{_W}p":
                line = self._paragraph(child)
                if line:
                    out.append(line)
            elif tag == f"{_W}tbl":
                for p in child.iter(f"{_W}p"):
                    line = self._plain(p).strip()
                    if line:
                        out.append(line)
        out.extend(self._footnotes())
        return "\n\n".join(out)

    def _paragraph(self, p) -> str:
        text = self._plain(p).strip()
        if not text:
            return ""
        style = self._style_name(p)
        level = self._heading_level(p, style)
        if level is not None:
            return "#" * level + " " + text
        if style.startswith(("quote", "intense quote", "block text")):
            return "> " + text
        marker = self._list_marker(p, style)
        return f"{marker} {text}" if marker else text

    def _plain(self, p) -> str:
        parts: list[str] = []
        for el in p.iter():
            tag = el.tag
            if tag == f"{_W}t":
                parts.append(el.text or "")
            elif tag in (f"{_W}tab", f"{_W}br", f"{_W}cr"):
                parts.append(" ")
            elif tag == f"{_W}footnoteReference":
                ident = el.get(f"{_W}id") or ""
                number = self.footnote_numbers.setdefault(ident, len(self.footnote_numbers) + 1)
                parts.append(f"[{number}]")
        return "".join(parts)

    def _style_name(self, p) -> str:
        ppr = p.pPr
        style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else None
        if not style_id:
            return ""
        try:
            from docx.enum.style import WD_STYLE_TYPE

            style = self.document.styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH)
            name = style.name if style is not None else style_id
        except Exception:  # noqa: BLE001
            name = style_id
        return (name or "").strip().lower()

    @staticmethod
    def _heading_level(p, style: str) -> int | None:
        if style == "title":
            return 1
        m = re.fullmatch(r"heading\s*(\d)", style)
        if m:
            return int(m.group(1)) + 1
        ppr = p.pPr
        outline = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
        if outline is not None:
            try:
                value = int(outline.get(f"{_W}val") or "9")
            except ValueError:
                return None
            if value < 6:
                return value + 2
        return None

    def _number_formats(self) -> dict[tuple[str, str], str]:
        """(numId, ilvl) -> numFmt ("bullet", "decimal" …) from the numbering part."""
        formats: dict[tuple[str, str], str] = {}
        try:
            numbering = self.document.part.numbering_part.element
        except Exception:  # noqa: BLE001 - no numbering part
            return formats
        abstract: dict[str, dict[str, str]] = {}
        for an in numbering.iter(f"{_W}abstractNum"):
            levels: dict[str, str] = {}
            for lvl in an.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                levels[lvl.get(f"{_W}ilvl") or "0"] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal"
                ) or "decimal"
            abstract[an.get(f"{_W}abstractNumId") or ""] = levels
        for num in numbering.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            levels = abstract.get(ref.get(f"{_W}val") if ref is not None else "", {})
            for ilvl, fmt in levels.items():
                formats[(num.get(f"{_W}numId") or "", ilvl)] = fmt
        return formats

    def _list_marker(self, p, style: str) -> str:
        ppr = p.pPr
        numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
        if numpr is not None:
            num_el = numpr.find(f"{_W}numId")
            lvl_el = numpr.find(f"{_W}ilvl")
            num_id = num_el.get(f"{_W}val") if num_el is not None else ""
            ilvl = lvl_el.get(f"{_W}val") if lvl_el is not None else "0"
            if num_id in ("", "0"):
                return ""
            fmt = self.number_formats.get((num_id or "", ilvl or "0"), "")
            if not fmt:
                fmt = "decimal" if "number" in style else "bullet"
            if fmt in ("bullet", "none"):
                return "•"
            counter = f"{num_id}/{ilvl}"
            self.list_counters[counter] = self.list_counters.get(counter, 0) + 1
            return f"{self.list_counters[counter]}."
        if style.startswith("list number"):
            self.list_counters[style] = self.list_counters.get(style, 0) + 1
            return f"{self.list_counters[style]}."
        if style.startswith("list bullet"):
            return "•"
        return ""

    def _footnotes(self) -> list[str]:
        if not self.footnote_numbers:
            return []
        from lxml import etree

        parser = etree.XMLParser(resolve_entities=False, no_network=True)
        lines: list[tuple[int, str]] = []
        for rel in self.document.part.rels.values():
            if not rel.reltype.endswith("/footnotes") or rel.is_external:
                continue
            root = etree.fromstring(rel.target_part.blob, parser)
            for note in root.iter(f"{_W}footnote"):
                ident = note.get(f"{_W}id") or ""
                if ident not in self.footnote_numbers:
                    continue
                text = " ".join(
                    "".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p")
                ).strip()
                if text:
                    number = self.footnote_numbers[ident]
                    lines.append((number, f"[{number}] {text}"))
        return [line for _, line in sorted(lines)]
