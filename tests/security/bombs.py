"""Hostile files built on the fly (never committed): zip bombs dressed as .docx, PDFs whose
content stream is huge or slow to interpret. Used by the tests and by benchmarks/hostile_files.py.
"""

from __future__ import annotations

import io
import zipfile

CHUNK = b"\0" * (1024 * 1024)


def small_docx(text: str = "Issue Number 901\n\nA paragraph.") -> bytes:
    import docx

    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_with_member(name: str, megabytes: int, filler: bytes = CHUNK) -> bytes:
    """A real .docx plus a member of ``megabytes`` MB of ``filler`` (zeros compress ~1000:1)."""
    base = small_docx()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member.filename))
        with target.open(name, "w", force_zip64=True) as handle:
            for _ in range(megabytes):
                handle.write(filler[: 1024 * 1024])
    return out.getvalue()


def docx_with_many_members(count: int) -> bytes:
    base = small_docx()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            target.writestr(member, source.read(member.filename))
        for index in range(count):
            target.writestr(f"customXml/extra{index}.xml", b"<a/>")
    return out.getvalue()


def docx_with_huge_document(megabytes: int) -> bytes:
    """A .docx whose document.xml holds ``megabytes`` MB of paragraphs: well-formed Word XML
    that a parser turns into a tree many times its size."""
    base = small_docx()
    paragraph = b"<w:p><w:r><w:t>" + b"word " * 20 + b"</w:t></w:r></w:p>"
    repeat = (1024 * 1024) // len(paragraph)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            if member.filename != "word/document.xml":
                target.writestr(member, source.read(member.filename))
        xml = source.read("word/document.xml")
        head, tail = xml.split(b"<w:body>", 1)
        with target.open("word/document.xml", "w", force_zip64=True) as handle:
            handle.write(head + b"<w:body>")
            for _ in range(megabytes):
                handle.write(paragraph * repeat)
            handle.write(tail)
    return out.getvalue()


def pdf_with_content_stream(operations: int) -> bytes:
    """A one-page PDF whose (compressed, a few KB) content stream draws ``operations`` text
    runs: 100,000 take pypdf some 12 s to interpret, in 1.4 MB once decoded."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
    )
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf " + b"(x) Tj 1 0 Td " * operations + b"ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    page.compress_content_streams()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
