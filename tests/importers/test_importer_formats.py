"""File formats, encodings, limits and errors: .txt variants, .docx, PDF."""

from __future__ import annotations

import datetime
import io
import zipfile

import pytest

from issues.importers import (
    MAX_FILE_BYTES,
    MAX_LINES,
    MAX_PDF_PAGES,
    MAX_TEXT_CHARS,
    ImportFileError,
    parse_file,
    to_stream_data,
)

from .helpers import all_text, build_docx, build_pdf, fixture_bytes, fixture_text

# --- plain-text encodings ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["en_single_topic.txt", "fa_af_two_topics.txt"])
@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: t.encode("utf-16-le"),  # without BOM
        lambda t: t.encode("utf-16-be"),
        lambda t: t.replace("\n", "\r\n").encode("utf-8"),
        lambda t: t.replace("\n", "\r").encode("utf-8"),
        lambda t: t.replace("\n\n", "\n\n\n\n").encode("utf-8"),  # blank-line runs
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le", "utf16be", "crlf", "cr", "blank-runs"],
)
def test_encodings_and_line_endings_give_the_same_issue(name, encode):
    reference = parse_file(fixture_bytes(name), name)
    other = parse_file(encode(fixture_text(name)), name)
    assert to_stream_data(other) == to_stream_data(reference)
    assert (other.number, other.week_start, other.language) == (
        reference.number,
        reference.week_start,
        reference.language,
    )


# --- .docx ---------------------------------------------------------------------------------------


def test_docx_with_heading_styles_lists_and_quote():
    data = build_docx(
        [
            ("", "Center for Strategic and Regional Studies"),
            ("", "Issue Number – 501 (June 02-06, 2025)"),
            ("Title", "Kabul and the Caspian Route"),
            ("Heading 1", "Introduction"),
            ("", "Freight between Kabul and the Caspian ports grew this spring."),
            ("", "This analysis asks whether the growth can last."),
            ("Heading 1", "The State of the Route"),
            ("", "Trucks now cross Turkmenistan in two days."),
            ("Heading 2", "Costs"),
            ("", "Fuel and fees make up most of the cost of a trip."),
            (
                "Quote",
                "\u201cThe route saves us a week on every load.\u201d \u2014 A Herat freight agent",
            ),
            ("List Bullet", "fuel prices"),
            ("List Bullet", "border fees"),
            ("Heading 2", "1. Customs"),
            ("", "Customs posts open only in daylight."),
            ("Heading 1", "Conclusion"),
            ("", "The route works, but it is fragile."),
            ("Heading 1", "Recommendations"),
            ("List Number", "Open the customs posts at night."),
            ("List Number", "Publish the fees in advance."),
            ("Heading 1", "References"),
            (
                "List Number",
                "Pajhwok: \u201cCaspian Freight Doubles,\u201d published on May 30, 2025. "
                "Accessible: pajhwok.example/caspian",
            ),
        ]
    )
    issue = parse_file(data, "issue-501.docx")
    assert issue.number == 501
    assert issue.week_start == datetime.date(2025, 6, 2)
    assert issue.titles == ["Kabul and the Caspian Route"]
    analysis = issue.analyses[0]
    assert len(analysis.introduction) == 2
    (section,) = analysis.sections
    assert section.heading == "The State of the Route"
    kinds = [k for k, _ in section.blocks]
    assert kinds == [
        "paragraph",
        "subheading",
        "paragraph",
        "quotation",
        "bulleted_list",
        "subheading",
        "paragraph",
    ]
    quotation = section.blocks[3][1]
    assert quotation == {
        "quote": "The route saves us a week on every load.",
        "attribution": "A Herat freight agent",
    }
    assert section.blocks[5][1] == {"number": "1", "text": "Customs"}
    assert issue.recommendations == [
        "Open the customs posts at night.",
        "Publish the fees in advance.",
    ]
    assert issue.references[0].outlet == "Pajhwok"
    assert issue.references[0].date == datetime.date(2025, 5, 30)
    assert "heading_levels_guessed" not in issue.warning_codes


def test_docx_in_dari():
    data = build_docx(
        [
            ("", "تحلیل هفته‌وار – شماره ۵۰۲"),
            ("", "۱۲ – ۱۶ جوزا ۱۴۰۴"),
            ("Title", "راه آهن هرات و خواف"),
            ("Heading 1", "مقدمه"),
            ("", "بخش تازه‌ای از راه آهن هرات و خواف در این هفته به بهره‌برداری رسید."),
            ("Heading 1", "اهمیت اقتصادی"),
            ("", "این خط آهن هزینه‌ی حمل کالا به ایران را کاهش می‌دهد."),
            ("Heading 1", "نتیجه‌گیری"),
            ("", "این پروژه برای تجارت غرب کشور مهم است."),
            ("Heading 1", "پیشنهادها"),
            ("List Number", "حکومت باید ظرفیت ایستگاه‌ها را افزایش دهد."),
        ],
        rtl=True,
    )
    issue = parse_file(data, "dari.docx")
    assert issue.language == "fa-af"
    assert issue.number == 502
    assert (issue.week_start, issue.week_end) == (
        datetime.date(2025, 6, 2),
        datetime.date(2025, 6, 6),
    )
    assert [s.heading for s in issue.analyses[0].sections] == ["اهمیت اقتصادی"]
    assert issue.recommendations == ["حکومت باید ظرفیت ایستگاه‌ها را افزایش دهد."]
    assert "references_missing" in issue.warning_codes


# --- PDF -----------------------------------------------------------------------------------------


def test_pdf_english_with_running_header_and_page_numbers():
    data = build_pdf(fixture_text("en_single_topic.txt"), header="Weekly Analysis | Issue 312")
    issue = parse_file(data, "issue-312.pdf")
    assert issue.number == 312
    assert issue.week_end == datetime.date(2024, 3, 7)
    analysis = issue.analyses[0]
    assert [s.heading for s in analysis.sections] == [
        "Why the Canal Matters",
        "Concerns Downstream",
    ]
    assert len(analysis.introduction) == 2
    assert len(issue.recommendations) == 3
    assert [r.outlet for r in issue.references][:2] == ["Tolo News", "Eurasianet"]
    text = all_text(issue)
    assert "Weekly Analysis | Issue" not in text and "Cnterfor" not in text
    assert issue.unplaced == []


_DARI_PDF = """تحلیل هفته‌وار – شماره ۴۶۰
۱۰ – ۱۴ جدی ۱۴۰۳

آب و برق در بلخ

مقدمه

در هفته‌ی گذشته کمبود برق در ولایت بلخ به اوج رسید و بسیاری از کارخانه‌ها برای چند روز بسته شدند.

مشکلات تولید

کارخانه‌های کوچک بیشترین زیان را دیده‌اند زیرا توان خرید جنراتور را ندارند.

۱. هزینه‌ی سوخت

قیمت دیزل در بازارهای مزار شریف در سال ۱۴۰۳ دو بار افزایش یافت.

نتیجه‌گیری

بدون سرمایه‌گذاری در تولید برق داخلی این مشکل ادامه خواهد یافت.

پیشنهادها

۱. حکومت باید تولید برق آفتابی را تشویق کند.
۲. شبکه‌ی برق شمال باید بازسازی شود.
"""


@pytest.mark.parametrize("order", ["visual", "logical"])
def test_pdf_dari(order):
    issue = parse_file(build_pdf(_DARI_PDF, rtl=order), "dari.pdf")
    assert issue.language == "fa-af"
    assert issue.number == 460
    # ۱۰ – ۱۴ جدی ۱۴۰۳: Persian digits come back in reading order
    assert (issue.week_start, issue.week_end) == (
        datetime.date(2024, 12, 30),
        datetime.date(2025, 1, 3),
    )
    assert issue.titles == ["آب و برق در بلخ"]
    analysis = issue.analyses[0]
    assert [s.heading for s in analysis.sections] == ["مشکلات تولید"]
    assert ("subheading", {"number": "1", "text": "هزینه‌ی سوخت"}) in analysis.sections[0].blocks
    assert any("۱۴۰۳" in p for k, p in analysis.sections[0].blocks if k == "paragraph")
    assert len(issue.recommendations) == 2
    assert ("text_reversed" in issue.warning_codes) is (order == "logical")


@pytest.mark.parametrize(
    ("name", "number", "week_start", "first_outlet"),
    [
        ("fa_af_two_topics.txt", 457, datetime.date(2024, 12, 18), "آژانس خبری پژواک"),
        ("ar_single_topic.txt", 458, datetime.date(2024, 12, 23), "وكالة أنباء شينخوا"),
    ],
)
def test_pdf_rtl_fixtures_with_latin_links(name, number, week_start, first_outlet):
    """Whole fixtures, links and «quotes» included, drawn as real right-to-left PDFs are."""
    from_text = parse_file(fixture_bytes(name), name)
    from_pdf = parse_file(build_pdf(fixture_text(name), rtl="visual"), name + ".pdf")
    assert (from_pdf.number, from_pdf.week_start) == (number, week_start)
    assert from_pdf.titles == from_text.titles
    assert from_pdf.recommendations == from_text.recommendations
    assert from_pdf.references == from_text.references
    assert from_pdf.references[0].outlet == first_outlet
    for pdf_analysis, text_analysis in zip(from_pdf.analyses, from_text.analyses, strict=True):
        assert pdf_analysis.introduction == text_analysis.introduction
        assert [s.heading for s in pdf_analysis.sections] == [
            s.heading for s in text_analysis.sections
        ]
    assert "quotation" in [k for a in from_pdf.analyses for s in a.sections for k, _ in s.blocks]
    assert from_pdf.unplaced == []


_PASHTO_PDF = """اوونیزه شننه ګڼه: ۴۶۱
۱ تر ۵ مرغومی ۱۴۰۳

په کندهار کې د انارو حاصل

سریزه

سږکال په کندهار کې د انارو حاصل تر تېر کال ډېر و او بزګرانو د خپلو
مېوو د پلور لپاره نوې بازارونه ولټول.

د بازار ستونزې

بزګر وايي چې د سړو خونو نشتوالی د دوی تر ټولو لویه ستونزه ده.

۱. سړې خونې

په ولایت کې یوازې څو سړې خونې شته او د هغو بیه ډېره لوړه ده.

پایله

د سړو خونو جوړول به بزګرانو ته د ښه عاید لاره پرانیزي.

وړاندیزونه

۱. حکومت دې په کندهار کې نوې سړې خونې جوړې کړي.
۲. د انارو د صادرولو لپاره دې هوايي دهلیز پراخ شي.
"""


def test_pdf_pashto():
    issue = parse_file(build_pdf(_PASHTO_PDF, rtl="visual", font="naskh"), "pashto.pdf")
    assert issue.language == "ps"
    assert issue.number == 461
    # ۱ تر ۵ مرغومی ۱۴۰۳ (Jadi 1–5, 1403)
    assert (issue.week_start, issue.week_end) == (
        datetime.date(2024, 12, 21),
        datetime.date(2024, 12, 25),
    )
    assert issue.titles == ["په کندهار کې د انارو حاصل"]
    (intro,) = issue.analyses[0].introduction  # two PDF lines joined into one paragraph
    assert intro.startswith("سږکال") and intro.endswith("بازارونه ولټول.")
    (section,) = issue.analyses[0].sections
    assert section.heading == "د بازار ستونزې"
    assert ("subheading", {"number": "1", "text": "سړې خونې"}) in section.blocks
    assert len(issue.analyses[0].conclusion) == 1
    assert len(issue.recommendations) == 2


def test_pdf_without_text_layer_is_refused():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ImportFileError) as err:
        parse_file(out.getvalue(), "scan.pdf")
    assert err.value.code == "no_text" and "scan.pdf" in str(err.value)


def test_pdf_page_limit():
    pypdf = pytest.importorskip("pypdf")
    writer = pypdf.PdfWriter()
    for _ in range(MAX_PDF_PAGES + 1):
        writer.add_blank_page(100, 100)
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ImportFileError) as err:
        parse_file(out.getvalue(), "long.pdf")
    assert err.value.code == "too_many_pages"
    assert f"{MAX_PDF_PAGES + 1} pages" in str(err.value)


def test_encrypted_pdf_is_refused():
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(build_pdf("Title\n\nIntroduction\n\nText here.")))
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ImportFileError) as err:
        parse_file(out.getvalue(), "locked.pdf")
    assert err.value.code == "pdf_encrypted"


# --- errors --------------------------------------------------------------------------------------


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "empty.txt", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old.doc", "unsupported_format"),
        (b"{\\rtf1 hello}", "a.rtf", "unsupported_format"),
        (b"%PDF-1.4 garbage", "broken.pdf", "pdf_unreadable"),
        (b"plain words", "named.pdf", "pdf_unreadable"),
        (b"plain words", "named.docx", "docx_unreadable"),
        (b"PK\x03\x04 not really a zip", "x.docx", "docx_unreadable"),
        (_zip({"hello.txt": b"hi"}), "x.docx", "unsupported_format"),
        (_zip({"word/document.xml": b"<not xml"}), "x.docx", "docx_unreadable"),
        ("caf\u00e9 na\u00efve".encode("latin-1"), "latin1.txt", "not_utf8"),
        (bytes(range(1, 32)) * 50, "bin.txt", "binary"),
        (b"12345 67890 !!!", "digits.txt", "no_text"),
    ],
)
def test_clear_errors(data, name, code):
    with pytest.raises(ImportFileError) as err:
        parse_file(data, name)
    assert err.value.code == code
    assert name in str(err.value)
    assert err.value.filename == name


def test_size_limit():
    with pytest.raises(ImportFileError) as err:
        parse_file(b"a" * (MAX_FILE_BYTES + 1), "huge.txt")
    assert err.value.code == "too_large" and "20 MB" in str(err.value)


@pytest.mark.parametrize(
    "data",
    [b"word " * (MAX_TEXT_CHARS // 5 + 1), b"line\n" * (MAX_LINES + 1)],
    ids=["characters", "lines"],
)
def test_text_length_limits(data):
    with pytest.raises(ImportFileError) as err:
        parse_file(data, "long.txt")
    assert err.value.code == "too_long" and "long.txt" in str(err.value)


def test_markdown_text_with_heading_levels():
    text = "\n".join(
        [
            "Issue Number – 77 (May 05-09, 2024)",
            "# A Markdown Issue",
            "## Introduction",
            "An opening paragraph of the **issue**, with a [link](https://x.example/a).",
            "## First Section",
            "Text of the first section.",
            "### A Sub-heading",
            "Text under the sub-heading.",
            "> “A quoted sentence from the minister about the first section.”",
            "> — The Minister",
            "## Conclusion",
            "The end.",
        ]
    )
    issue = parse_file(text.encode(), "issue.md")
    (analysis,) = issue.analyses
    assert analysis.title == "A Markdown Issue"
    assert analysis.introduction == [
        "An opening paragraph of the issue, with a link https://x.example/a."
    ]
    (section,) = analysis.sections
    assert section.heading == "First Section"
    assert section.blocks[1] == ("subheading", {"number": "", "text": "A Sub-heading"})
    assert section.blocks[-1] == (
        "quotation",
        {
            "quote": "A quoted sentence from the minister about the first section.",
            "attribution": "The Minister",
        },
    )
    assert analysis.conclusion == ["The end."]


def test_unknown_language_and_wrong_type():
    with pytest.raises(ImportFileError) as err:
        parse_file(b"text", "a.txt", language="fr")
    assert err.value.code == "unknown_language"
    with pytest.raises(ImportFileError):
        parse_file("not bytes", "a.txt")  # type: ignore[arg-type]


def _docx_with_footnotes() -> bytes:
    docx = pytest.importorskip("docx")
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = docx.Document()
    document.add_paragraph("Issue Number – 290 (September 23-27, 2023)")
    document.add_paragraph("Bridges on the Kabul River", style="Title")
    document.add_paragraph("Introduction", style="Heading 1")
    p = document.add_paragraph("Two bridges reopened after the spring floods.")
    p._p.append(parse_xml(f'<w:r xmlns:w="{w}"><w:footnoteReference w:id="1"/></w:r>'))
    document.add_paragraph("Repairs", style="Heading 1")
    p = document.add_paragraph("The repairs took four months.")
    p._p.append(parse_xml(f'<w:r xmlns:w="{w}"><w:footnoteReference w:id="2"/></w:r>'))
    notes = (
        f'<w:footnotes xmlns:w="{w}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>"
        '<w:footnote w:id="1"><w:p><w:r><w:t>Tolo News, "Bridges Reopen in Kabul", '
        "20 September 2023, https://tolo.example/bridges</w:t></w:r></w:p></w:footnote>"
        '<w:footnote w:id="2"><w:p><w:r><w:t>Pajhwok, "Flood Repairs End", 22 September '
        "2023, https://pajhwok.example/repairs</w:t></w:r></w:p></w:footnote>"
        "</w:footnotes>"
    ).encode()
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        notes,
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_footnotes_become_references():
    issue = parse_file(_docx_with_footnotes(), "footnotes.docx")
    assert issue.number == 290
    assert issue.analyses[0].introduction == ["Two bridges reopened after the spring floods.[1]"]
    assert [(r.outlet, r.title, r.date) for r in issue.references] == [
        ("Tolo News", "Bridges Reopen in Kabul", datetime.date(2023, 9, 20)),
        ("Pajhwok", "Flood Repairs End", datetime.date(2023, 9, 22)),
    ]
    assert issue.references[1].url == "https://pajhwok.example/repairs"
