"""Property-based tests: any bytes give a ParsedIssue or an ImportFileError, nothing else; and
generated issues in the four languages are read back with their structure intact."""

from __future__ import annotations

import datetime
import functools
import os

import jdatetime
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from issues.importers import ImportFileError, ParsedIssue, parse_file, parse_text
from issues.importers.dates import find_week

from .helpers import FIXTURE_NAMES, build_docx, build_pdf, fixture_bytes

# Small by default so the suite stays fast; IMPORTER_FUZZ=20 runs twenty times as many examples.
# No example database: nothing is written outside the test folder.
SCALE = max(int(os.environ.get("IMPORTER_FUZZ", "1") or 1), 1)


def budget(n: int) -> settings:
    return settings(
        max_examples=n * SCALE,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


FAST = budget(60)


def outcome(data: bytes, name: str, language: str | None = None) -> ParsedIssue | None:
    """Parse; an ImportFileError is fine as long as it is a considered one (not "internal")."""
    try:
        issue = parse_file(data, name, language)
    except ImportFileError as err:
        assert err.code != "internal", str(err)
        assert name in str(err)
        return None
    assert isinstance(issue, ParsedIssue)
    assert all(w.code and w.message for w in issue.warnings)
    return issue


# --- random and mutated input ------------------------------------------------------------------

NAMES = st.sampled_from(["a.txt", "a.pdf", "a.docx", "a", "a.md", "A.PDF", ""])


@FAST
@given(data=st.binary(max_size=3000), name=NAMES)
def test_random_bytes(data, name):
    outcome(data, name)


@FAST
@given(data=st.binary(max_size=2000))
def test_random_bytes_behind_magic_numbers(data):
    for head, name in ((b"%PDF-1.7\n", "x.pdf"), (b"PK\x03\x04", "x.docx"), (b"\xef\xbb\xbf", "x")):
        outcome(head + data, name)


_ALPHABET = st.sampled_from(
    list('abcXYZ 019.,:;-–—•*#>()[]«»"“”\\$\n\n\n\t\r\u200c\u00ad')
    + list("ابپتثجحخدذرزسشصضطظعغفقکگلمنوهیيكةۍېښږځڅډټړګڼ۰۱۲۳۴٥٦")
)
_LINES = st.sampled_from(
    [
        "Introduction",
        "CONCLUSION",
        "Recommendations",
        "References",
        "In this issue:",
        "سریزه",
        "پایله",
        "وړاندیزونه",
        "سرچینې",
        "مقدمه",
        "نتیجه‌گیری",
        "پیشنهادها",
        "منابع",
        "مقدمة",
        "الخاتمة",
        "التوصيات",
        "المراجع",
        "Issue Number – 7 (May 05-09, 2024)",
        "۱۲ – ۱۶ قوس ۱۴۰۳",
        "- 1. Do this.",
        '[1] Outlet, "Title", 2 May 2024, x.link/a',
        "4",
        "Contact Us:",
        "Email: a@b.org",
        "enterfor strategicand Reebonic",
        "",
        "A Short Heading",
        "۱. سرلیک",
        "A sentence that ends here.",
        "“A quoted sentence of some length,” said Some Person.",
        "https://example.org/x",
    ]
)


@FAST
@given(text=st.text(alphabet=_ALPHABET, max_size=1500))
def test_random_text(text):
    outcome(text.encode("utf-8"), "random.txt")


@FAST
@given(
    lines=st.lists(_LINES | st.text(alphabet=_ALPHABET, max_size=80), max_size=60),
    language=st.sampled_from([None, "en", "ps", "fa-af", "ar"]),
)
def test_random_documents_made_of_issue_parts(lines, language):
    outcome("\n".join(lines).encode("utf-8"), "parts.txt", language)


def _mutate(data: bytes, ops: list[tuple[int, int, int]]) -> bytes:
    buf = bytearray(data)
    for kind, pos, value in ops:
        if not buf:
            break
        pos %= len(buf)
        if kind == 0:
            buf[pos] = value
        elif kind == 1:
            buf.insert(pos, value)
        elif kind == 2:
            del buf[pos]
        else:
            del buf[pos:]
    return bytes(buf)


MUTATIONS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 10**7), st.integers(0, 255)),
    min_size=1,
    max_size=12,
)


@FAST
@given(name=st.sampled_from(FIXTURE_NAMES), ops=MUTATIONS)
def test_mutated_text_fixtures(name, ops):
    outcome(_mutate(fixture_bytes(name), ops), name)


@functools.cache
def _docx() -> bytes:
    return build_docx(
        [
            ("Title", "A Title"),
            ("Heading 1", "Introduction"),
            ("", "Some text."),
            ("Heading 1", "A Section"),
            ("List Number", "An item."),
        ]
    )


@functools.cache
def _pdf() -> bytes:
    return build_pdf("A Title\n\nIntroduction\n\nSome text here.\n\nA Section\n\nMore text.")


@budget(40)
@given(ops=MUTATIONS, which=st.sampled_from(["docx", "pdf"]))
def test_mutated_docx_and_pdf(ops, which):
    data = _docx() if which == "docx" else _pdf()
    outcome(_mutate(data, ops), f"m.{which}")


# --- dates ----------------------------------------------------------------------------------------

EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
]
DARI_MONTHS = [
    "حمل",
    "ثور",
    "جوزا",
    "سرطان",
    "اسد",
    "سنبله",
    "میزان",
    "عقرب",
    "قوس",
    "جدی",
    "دلو",
    "حوت",
]
PASHTO_MONTHS = [
    "وری",
    "غویی",
    "غبرګولی",
    "چنګاښ",
    "زمری",
    "وږی",
    "تله",
    "لړم",
    "لیندۍ",
    "مرغومی",
    "سلواغه",
    "کب",
]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _week_text(start: datetime.date, end: datetime.date, style: str) -> str:
    if style == "en-us":
        if start.month == end.month:
            return f"{EN_MONTHS[start.month - 1]} {start.day:02d}-{end.day:02d}, {end.year}"
        head = f"{EN_MONTHS[start.month - 1]} {start.day}"
        if start.year != end.year:
            head += f", {start.year}"
        return f"{head} - {EN_MONTHS[end.month - 1]} {end.day}, {end.year}"
    if style in ("en-uk", "ar"):
        names = EN_MONTHS if style == "en-uk" else AR_MONTHS
        if start.month == end.month:
            text = f"{start.day}–{end.day} {names[end.month - 1]} {end.year}"
        else:
            year = f" {start.year}" if start.year != end.year else ""
            text = (
                f"{start.day} {names[start.month - 1]}{year} – {end.day} "
                f"{names[end.month - 1]} {end.year}"
            )
        return text.translate(ARABIC_INDIC) if style == "ar" else text
    s, e = jdatetime.date.fromgregorian(date=start), jdatetime.date.fromgregorian(date=end)
    names = DARI_MONTHS if style == "fa" else PASHTO_MONTHS
    if s.month == e.month:
        text = f"{s.day} – {e.day} {names[e.month - 1]} {e.year}"
    else:
        year = f" {s.year}" if s.year != e.year else ""
        text = f"{s.day} {names[s.month - 1]}{year} – {e.day} {names[e.month - 1]} {e.year}"
    return text.translate(PERSIAN)


@budget(150)
@given(
    start=st.dates(datetime.date(1990, 1, 1), datetime.date(2090, 12, 31)),
    days=st.integers(0, 6),
    style=st.sampled_from(["en-us", "en-uk", "ar", "fa", "ps"]),
)
def test_weeks_round_trip(start, days, style):
    end = start + datetime.timedelta(days=days)
    assert find_week(_week_text(start, end, style)) == (start, end)


# --- generated issues ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


VOCAB = {
    "en": {
        "words": _words(
            "river trade road market farmers border wheat water valley freight trucks grain "
            "season prices tunnel power plant route village cargo"
        ),
        "heads": ("Introduction", "Conclusion", "Recommendations", "References"),
        "number": "Issue Number – {n}",
        "quote": ('"', '"'),
        "caps": True,
    },
    "ps": {
        "words": _words(
            "سیند سوداګري لار بازار بزګران پوله غنم اوبه دره بار ټرکونه غله موسم بیې تونل "
            "بریښنا کلی"
        ),
        "heads": ("سریزه", "پایله", "وړاندیزونه", "سرچینې"),
        "number": "اوونیزه شننه – ګڼه: {n}",
        "quote": ("«", "»"),
        "caps": False,
    },
    "fa-af": {
        "words": _words(
            "دریا تجارت راه بازار دهقانان سرحد گندم آب دره بار موترها غله فصل قیمت تونل برق قریه"
        ),
        "heads": ("مقدمه", "نتیجه‌گیری", "پیشنهادها", "منابع"),
        "number": "تحلیل هفته‌وار – شماره {n}",
        "quote": ("«", "»"),
        "caps": False,
    },
    "ar": {
        "words": _words(
            "النهر التجارة الطريق السوق المزارعون الحدود القمح المياه الوادي الشحن الشاحنات "
            "الحبوب الموسم الأسعار النفق الكهرباء القرية"
        ),
        "heads": ("مقدمة", "الخاتمة", "التوصيات", "المراجع"),
        "number": "التحليل الأسبوعي – العدد {n}",
        "quote": ("«", "»"),
        "caps": False,
    },
}


@st.composite
def generated_issue(draw):
    lang = draw(st.sampled_from(list(VOCAB)))
    v = VOCAB[lang]
    words = v["words"]

    def phrase(lo: int, hi: int) -> str:
        return " ".join(draw(st.lists(st.sampled_from(words), min_size=lo, max_size=hi)))

    def sentence() -> str:
        return phrase(6, 14) + "."

    def paragraph() -> str:
        return " ".join(sentence() for _ in range(draw(st.integers(1, 3))))

    used: set[str] = set()

    def heading(caps: bool = False) -> str:
        # headings are distinct: a short line repeated on many pages is a running header
        text = draw(
            st.lists(st.sampled_from(words), min_size=2, max_size=4)
            .map(" ".join)
            .filter(lambda t: t.casefold() not in used)
        )
        used.add(text.casefold())
        if lang == "en":
            text = text.upper() if caps else text.title()
        return text

    number = draw(st.integers(1, 999))
    start = draw(st.dates(datetime.date(2015, 1, 1), datetime.date(2030, 12, 31)))
    style = {"en": "en-us", "ps": "ps", "fa-af": "fa", "ar": "ar"}[lang]
    week = _week_text(start, start + datetime.timedelta(days=4), style)
    intro, conclusion, recs_head, refs_head = v["heads"]
    out = [v["number"].format(n=number), week, "", heading(), "", intro, ""]
    for _ in range(draw(st.integers(1, 3))):
        out += [paragraph(), ""]
    shape = []
    for _ in range(draw(st.integers(1, 4))):
        out += [heading(caps=v["caps"]), ""]
        out += [paragraph(), ""]
        subs = draw(st.integers(0, 3))
        for k in range(1, subs + 1):
            out += [f"{k}. {heading()}", "", paragraph(), ""]
        shape.append(subs)
    out += [conclusion, "", paragraph(), "", recs_head, ""]
    n_recs = draw(st.integers(1, 6))
    out += [f"{k}. {sentence()}" for k in range(1, n_recs + 1)] + [""]
    n_refs = draw(st.integers(0, 5))
    if n_refs:
        out += [refs_head, ""]
        q1, q2 = v["quote"]
        for k in range(1, n_refs + 1):
            out.append(
                f"{k}. {heading()}: {q1}{phrase(3, 6)}{q2}, "
                f"{_week_text(start, start, style).split('–')[0].strip()} "
                f"{start.year if style in ('en-us', 'en-uk') else ''}. "
                f"https://news.example/{k}"
            )
    return lang, number, start, "\n".join(out), shape, n_recs, n_refs


@budget(40)
@given(generated_issue())
def test_generated_issues_are_read_back(case):
    lang, number, start, text, shape, n_recs, n_refs = case
    issue = parse_text(text, "generated.txt")
    assert issue.language == lang
    assert issue.number == number
    assert issue.week_start == start
    assert issue.week_end == start + datetime.timedelta(days=4)
    (analysis,) = issue.analyses
    assert analysis.title
    assert [sum(1 for k, _ in s.blocks if k == "subheading") for s in analysis.sections] == shape
    assert len(analysis.conclusion) == 1
    assert len(issue.recommendations) == n_recs
    assert len(issue.references) == n_refs
    assert [r.url for r in issue.references] == [
        f"https://news.example/{k}" for k in range(1, n_refs + 1)
    ]
    assert issue.unplaced == []


@budget(40)
@given(
    case=generated_issue(),
    ops=st.lists(
        st.tuples(st.integers(0, 10**6), st.sampled_from(["\n", "\n\n\n", "4\n", "\\$", "-\n"])),
        max_size=5,
    ),
)
def test_generated_issues_with_noise_never_crash(case, ops):
    text = case[3]
    for pos, noise in ops:
        pos %= max(len(text), 1)
        text = text[:pos] + noise + text[pos:]
    assume(text.strip())
    outcome(text.encode("utf-8"), "noisy.txt")
