"""Units: dates, references, headings, language detection, clean-up and the stream mapping."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest

from issues.importers import ParseWarning, parse_text, to_stream_data
from issues.importers.cleanup import (
    Line,
    build_blocks,
    fix_visual_order,
    is_page_number,
    is_publisher_or_logo,
    normalize_line,
    remove_artefacts,
    reverse_visual,
    split_marker,
    to_lines,
)
from issues.importers.dates import find_date, find_week
from issues.importers.language import detect_language
from issues.importers.parser import toc_entry_text
from issues.importers.references import parse_reference
from issues.importers.structure import (
    WARNING_MESSAGES,
    ParsedAnalysis,
    ParsedIssue,
    ParsedReference,
    ParsedSection,
)
from issues.importers.vocabulary import structural_heading

D = datetime.date

# --- weeks and dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Issue Number – 312 (March 03-07, 2024)", D(2024, 3, 3), D(2024, 3, 7)),
        ("November 28 - December 2, 2024", D(2024, 11, 28), D(2024, 12, 2)),
        ("2-6 December 2024", D(2024, 12, 2), D(2024, 12, 6)),
        ("28 November – 2 December 2024", D(2024, 11, 28), D(2024, 12, 2)),
        ("December 30, 2024 - January 3, 2025", D(2024, 12, 30), D(2025, 1, 3)),
        ("December 30 – January 3, 2025", D(2024, 12, 30), D(2025, 1, 3)),
        ("March 3rd to 7th, 2025", D(2025, 3, 3), D(2025, 3, 7)),
        ("2024-12-02 to 2024-12-06", D(2024, 12, 2), D(2024, 12, 6)),
        ("۱۲ – ۱۶ قوس ۱۴۰۳", D(2024, 12, 2), D(2024, 12, 6)),
        ("۱۲ – ۱۶ لیندۍ ۱۴۰۳", D(2024, 12, 2), D(2024, 12, 6)),
        ("د ۱۴۰۳ کال د لیندۍ له ۱۲مې تر ۱۶مې", D(2024, 12, 2), D(2024, 12, 6)),
        ("۲۸ عقرب – ۲ قوس ۱۴۰۳", D(2024, 11, 18), D(2024, 11, 22)),
        ("۱ – ۵ چنګاښ ۱۴۰۳", D(2024, 6, 21), D(2024, 6, 25)),
        ("۱ – ۵ چنگاښ ۱۴۰۳", D(2024, 6, 21), D(2024, 6, 25)),
        ("۱۰ – ۱۴ غبرګولی ۱۴۰۲", D(2023, 5, 31), D(2023, 6, 4)),
        ("٢-٦ ديسمبر ٢٠٢٤", D(2024, 12, 2), D(2024, 12, 6)),
        ("2 - 6 كانون الأول 2024", D(2024, 12, 2), D(2024, 12, 6)),
        ("۲ – ۶ دسمبر ۲۰۲۴", D(2024, 12, 2), D(2024, 12, 6)),
    ],
)
def test_find_week(text, start, end):
    assert find_week(text) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["", "no date here", "Issue 455", "31 February 2024", "the week of may 2", "۴۰ قوس ۱۴۰۳"],
)
def test_find_week_none(text):
    assert find_week(text) is None


def test_find_date_variants():
    assert find_date("published on November 30, 2023. Accessible") == D(2023, 11, 30)
    assert find_date("خپور شوی په ۲۹ لړم ۱۴۰۳") == D(2024, 11, 19)
    assert find_date("۱۴۰۳/۸/۲۹") == D(2024, 11, 19)
    assert find_date("19/11/2024") == D(2024, 11, 19)
    assert find_date("نشر في ٢٦ نوفمبر ٢٠٢٤") == D(2024, 11, 26)


# --- references ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Tolo News: "Canal Moves Ahead," published on March 4, 2024. Accessible: '
            "tolonews.link/canal",
            ParsedReference(
                "Tolo News", "Canal Moves Ahead", D(2024, 3, 4), "https://tolonews.link/canal", ""
            ),
        ),
        (
            "Ariana News, “Border Attack”, 19 November 2024, https://dw.example/a/1.",
            ParsedReference(
                "Ariana News", "Border Attack", D(2024, 11, 19), "https://dw.example/a/1", ""
            ),
        ),
        (
            "راډیو ازادي: «د سرحد پر سیمه برید»، خپور شوی په ۲۹ لړم ۱۴۰۳. لاسرسی: azad.link/x",
            ParsedReference(
                "راډیو ازادي", "د سرحد پر سیمه برید", D(2024, 11, 19), "https://azad.link/x", ""
            ),
        ),
        (
            "BBC Pashto, Kabul traders look north, 3 March 2024, interview with traders",
            ParsedReference(
                "BBC Pashto",
                "Kabul traders look north",
                D(2024, 3, 3),
                "",
                "interview with traders",
            ),
        ),
        (
            "https://example.org/report.pdf",
            ParsedReference("", "", None, "https://example.org/report.pdf", ""),
        ),
    ],
)
def test_parse_reference(text, expected):
    assert parse_reference(text) == expected


# --- headings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Introduction", "introduction"),
        ("INTRODUCTION", "introduction"),
        ("1. Introduction", "introduction"),
        ("سریزه", "introduction"),
        ("مقدمه", "introduction"),
        ("مقدمة", "introduction"),
        ("CONCLUSION", "conclusion"),
        ("پایله", "conclusion"),
        ("نتیجه\u200cگیری", "conclusion"),
        ("نتیجه گیری", "conclusion"),
        ("نتیجهگیری", "conclusion"),
        ("نتيجه گيري", "conclusion"),
        ("الخاتمة", "conclusion"),
        ("Recommendations:", "recommendations"),
        ("وړاندیزونه", "recommendations"),
        ("پیشنهاد\u200cها", "recommendations"),
        ("پیشنهادها", "recommendations"),
        ("التوصيات", "recommendations"),
        ("REFERENCES", "references"),
        ("سرچینې", "references"),
        ("منابع", "references"),
        ("المراجع", "references"),
        ("Political Objectives", None),
        ("The conclusion of the talks was delayed by a week.", None),
    ],
)
def test_structural_headings(text, kind):
    assert structural_heading(text) == kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shared Interests of Two Powers in Afghanistan3",
            "Shared Interests of Two Powers in Afghanistan",
        ),
        ("Points of Agreement and Dispute. 3", "Points of Agreement and Dispute"),
        ("Conclusion .......... 12", "Conclusion"),
        ("د پروژې اقتصادي ګټې۲", "د پروژې اقتصادي ګټې"),
        ("Vision 2030", "Vision 2030"),
    ],
)
def test_toc_entries_lose_glued_page_numbers(text, expected):
    assert toc_entry_text(text) == expected


# --- language ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The canal is the largest project of its kind.", "en"),
        ("دا پټلۍ به منځنۍ اسیا له سوېلي اسیا سره ونښلوي.", "ps"),
        ("بیشتر خانواده‌های بازگشت‌کننده در خیمه‌های موقت زندگی می‌کنند.", "fa-af"),
        ("تخشى دول المنظمة من نشاط الجماعات المسلحة على حدودها.", "ar"),
        ("مقدمة\nنص قصير", "ar"),
        ("مقدمه\nمتن کوتاه", "fa-af"),
        ("12345 !!!", None),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code


# --- clean-up ----------------------------------------------------------------------------------


def test_normalize_line():
    assert normalize_line("  worth \\$500 <u>now</u>\u00ad\u200f  ") == "worth $500 now"
    assert normalize_line("**Bold** and [a link](https://x.example/y)") == (
        "Bold and a link https://x.example/y"
    )
    assert normalize_line("\ufeb3\ufefc\ufee1") == "سلام"  # presentation forms


@pytest.mark.parametrize("text", ["4", "- 4 -", "Page 12", "۱۲", "٣", "4 / 12", "(7)", "صفحه ۳"])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["2024", "4. Security", "Page one of the report"])
def test_not_page_numbers(text):
    assert not is_page_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("enterfor strategicand Reebonic", True),
        ("Center for Strategic and Regional Studies", True),
        ("CSRS", True),
        ("CSRS Weekly Analysis", True),
        ("مرکز مطالعات استراتژیک و منطقوی", True),
        ("Security Objectives", False),
        ("Center for Strategic and Regional Studies: an overview of trade in 2023", False),
    ],
)
def test_logo_and_publisher(text, expected):
    assert is_publisher_or_logo(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- 1. The state should act.", ("number", "1", "The state should act.")),
        ("۲) حکومت باید اقدام کند.", ("number", "2", "حکومت باید اقدام کند.")),
        ("• a bullet", ("bullet", "", "a bullet")),
        ("[3] Outlet, title", ("footnote", "3", "Outlet, title")),
        ("2.5 million people", ("", "", "2.5 million people")),
        ("-minus", ("", "", "-minus")),
    ],
)
def test_split_marker(text, expected):
    assert split_marker(text) == expected


def test_repeated_running_header_removed_and_paragraph_rejoined():
    header = "Weekly Analysis | Issue 9"
    lines = to_lines(
        [
            "Title Line\n\nIntroduction\n\nA long paragraph that runs on and on across the page "
            f"and is cut in the middle of\n\n{header}\n\n2\n\nthe sentence by the page break.\n\n"
            f"{header}\n\nAnother paragraph.\n\n{header}\n\n3\n"
        ]
    )
    blocks = build_blocks(remove_artefacts(lines))
    texts = [b.text for b in blocks]
    assert header not in texts
    assert (
        "A long paragraph that runs on and on across the page and is cut in the middle of "
        "the sentence by the page break." in texts
    )


def test_markdown_headings_and_quotes():
    blocks = build_blocks(to_lines(["## Section\n\n> A quoted line\n> goes on.\n\nText."]))
    assert (blocks[0].text, blocks[0].level) == ("Section", 2)
    assert blocks[1].quote and blocks[1].text == "A quoted line goes on."


def test_reversed_rtl_text_is_turned_round():
    logical = ["در این هفته به کابل رفتند و با مقامات دیدار کردند", "این سفر در ۱۴۰۳ بود و از آن"]
    lines = [Line(text[::-1]) for text in logical * 3]
    assert fix_visual_order(lines)
    assert [ln.text for ln in lines[:2]] == logical
    assert reverse_visual("CSRS ینارنخس") == "سخنرانی CSRS"


def test_logical_rtl_text_is_left_alone():
    lines = [Line("در این هفته به کابل رفتند و با مقامات دیدار کردند")] * 3
    assert not fix_visual_order(lines)


# --- warnings and the stream mapping -----------------------------------------------------------


def test_warnings_have_codes_messages_and_params():
    w = ParseWarning.make("unplaced_lines", count=2)
    assert (w.code, w.params, w.level) == ("unplaced_lines", {"count": 2}, "warning")
    assert w.message == "2 line(s) could not be placed; they are listed for the editor."
    assert json.loads(json.dumps(w.as_dict()))["code"] == "unplaced_lines"
    assert set(WARNING_MESSAGES) >= {"references_missing", "week_not_recognised"}
    dated = ParseWarning.make("week_single_date", date=D(2024, 1, 2))
    assert dated.as_dict()["params"] == {"date": "2024-01-02"}


def test_to_stream_data_escapes_and_maps_every_block():
    issue = ParsedIssue(
        analyses=[
            ParsedAnalysis(
                title="T <1>",
                introduction=["a < b & c", "second"],
                sections=[
                    ParsedSection(
                        "S",
                        [
                            ("subheading", {"number": "1", "text": "Sub"}),
                            ("paragraph", "<script>x</script>"),
                            ("quotation", {"quote": "Q", "attribution": "A"}),
                            ("bulleted_list", ["b1", "<img src=x onerror=alert(1)>"]),
                            ("numbered_list", ["n1"]),
                        ],
                    )
                ],
                conclusion=["end"],
            )
        ],
        recommendations=["do & go"],
        references=[ParsedReference("O", "Ti", D(2024, 1, 2), "https://x.example", "")],
        unplaced=["?"],
    )
    data = to_stream_data(issue)
    value = data["analyses"][0]["value"]
    assert data["analyses"][0]["type"] == "analysis"
    assert value["title"] == "T <1>"
    assert value["introduction"] == "<p>a &lt; b &amp; c</p><p>second</p>"
    assert value["conclusion"] == "<p>end</p>"
    body = value["sections"][0]["body"]
    assert [b["type"] for b in body] == [
        "subheading",
        "paragraph",
        "quotation",
        "bulleted_list",
        "numbered_list",
    ]
    assert body[0]["value"] == {"number": "1", "text": "Sub"}
    assert body[1]["value"] == "<p>&lt;script&gt;x&lt;/script&gt;</p>"
    # List items are text like paragraphs: escaped, never stored as markup.
    assert body[3]["value"] == ["<p>b1</p>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"]
    assert body[4]["value"] == ["<p>n1</p>"]
    assert data["recommendations"] == [{"type": "recommendation", "value": "<p>do &amp; go</p>"}]
    assert data["references"] == [
        {
            "type": "reference",
            "value": {
                "outlet": "O",
                "title": "Ti",
                "date": "2024-01-02",
                "url": "https://x.example",
                "note": "",
            },
        }
    ]
    assert data["unplaced"] == ["?"]
    json.dumps(data)


def test_missing_parts_are_warned_not_invented():
    issue = parse_text("Just one line of text without any structure at all.", "x.txt")
    codes = set(issue.warning_codes)
    assert {
        "number_missing",
        "week_missing",
        "references_missing",
        "recommendations_missing",
    } <= codes
    assert issue.references == [] and issue.recommendations == []


def test_unrecognised_date_is_reported():
    issue = parse_text(
        "Issue Number – 12 (Decembr 40-44, 2024)\n\nTitle\n\nIntroduction\n\n"
        "Some text here that is long enough to be a paragraph of the issue.\n"
    )
    assert "week_not_recognised" in issue.warning_codes or "week_missing" in issue.warning_codes
    assert issue.number == 12


def test_package_does_not_import_django():
    code = (
        "import sys, issues.importers as m; "
        "m.parse_text('Issue 3\\n\\nTitle\\n\\nIntroduction\\n\\nText.'); "
        "sys.exit(any(n == 'django' or n.startswith('django.') for n in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_issue_without_introduction_heading():
    text = "\n\n".join(
        [
            "Issue No. 12 – May 05-09, 2024",
            "KABUL WATER SUPPLY",
            "Groundwater under the city has fallen again and wells in the north have dried up.",
            "THE CAUSES",
            "Population growth and dry winters have cut the supply.",
            "1. Drought",
            "Three dry winters in a row have lowered the water table.",
            "CONCLUSION",
            "The city needs a long-term plan.",
        ]
    )
    issue = parse_text(text, "no-intro.txt")
    assert (issue.number, issue.week_start) == (12, D(2024, 5, 5))
    (analysis,) = issue.analyses
    assert analysis.title == "KABUL WATER SUPPLY"
    assert len(analysis.introduction) == 1
    assert [s.heading for s in analysis.sections] == ["THE CAUSES"]
    assert analysis.sections[0].blocks[1] == ("subheading", {"number": "1", "text": "Drought"})
    assert analysis.conclusion == ["The city needs a long-term plan."]
    assert "introduction_missing" in issue.warning_codes
    assert issue.unplaced == []
