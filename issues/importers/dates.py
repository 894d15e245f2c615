"""Dates and weeks as issues write them, in the Gregorian and the Afghan Solar Hijri calendars.

Recognised (digits may be ASCII, Persian or Arabic-Indic; dashes -, –, — or words "to", «تا»,
«الی», «إلى», «تر»):

- ``December 02-06, 2024``, ``November 28 - December 2, 2024``, ``2-6 December 2024``,
  ``28 November - 2 December 2024``, ``December 30, 2024 - January 3, 2025``;
- Solar Hijri with Afghan month names (Dari حمل … حوت, Pashto وری … کب, with ګ or گ; the
  Iranian names are tolerated): ``۱۲ – ۱۶ قوس ۱۴۰۳``, ``د ۱۴۰۳ کال د لیندۍ له ۱۲ تر ۱۶``;
- Gregorian with Arabic (Egyptian/Gulf or Levantine) or Afghan month names: ``٢-٦ ديسمبر ٢٠٢٤``;
- numeric: ``2024-12-02``, ``1403/9/12`` (a year 1300–1500 is Solar Hijri), ``02/12/2024``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

import jdatetime

from issues.importers.vocabulary import ascii_digits, fold

GREGORIAN = "gregorian"
SOLAR = "solar_hijri"

_GREGORIAN_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "يناير", "كانون الثاني", "جنوری", "جنوري", "ژانویه"),
    ("february", "feb", "فبراير", "شباط", "فبروری", "فبروري", "فوریه"),
    ("march", "mar", "مارس", "آذار", "مارچ"),
    ("april", "apr", "أبريل", "ابريل", "إبريل", "نيسان", "اپریل", "آوریل"),
    ("may", "مايو", "أيار", "می", "مۍ", "مه"),
    ("june", "jun", "يونيو", "يونيه", "حزيران", "جون", "ژوئن"),
    ("july", "jul", "يوليو", "يوليه", "تموز", "جولای", "ژوئیه"),
    ("august", "aug", "أغسطس", "اغسطس", "آب", "اگست", "اګست", "اوت"),
    ("september", "sep", "sept", "سبتمبر", "أيلول", "سپتمبر", "سېپتمبر", "سپتامبر"),
    ("october", "oct", "أكتوبر", "اكتوبر", "تشرين الأول", "اکتوبر", "اکتبر"),
    ("november", "nov", "نوفمبر", "تشرين الثاني", "نومبر", "نوامبر"),
    ("december", "dec", "ديسمبر", "كانون الأول", "دسمبر", "ډسمبر", "دسامبر"),
)
_SOLAR_NAMES: tuple[tuple[str, ...], ...] = (
    ("حمل", "وری", "فروردین"),
    ("ثور", "غویی", "غوایی", "اردیبهشت"),
    ("جوزا", "جوزاء", "غبرګولی", "غبرگولی", "خرداد"),
    ("سرطان", "چنګاښ", "چنگاښ", "تیر"),
    ("اسد", "زمری", "مرداد"),
    ("سنبله", "وږی", "شهریور"),
    ("میزان", "تله", "مهر"),
    ("عقرب", "لړم", "آبان"),
    ("قوس", "لیندۍ", "لیندی", "آذر"),
    ("جدی", "مرغومی", "دی"),
    ("دلو", "سلواغه", "بهمن"),
    ("حوت", "کب", "اسفند"),
)


def _month_table() -> dict[str, tuple[str, int]]:
    table: dict[str, tuple[str, int]] = {}
    for calendar, names in ((GREGORIAN, _GREGORIAN_NAMES), (SOLAR, _SOLAR_NAMES)):
        for month, spellings in enumerate(names, start=1):
            for spelling in spellings:
                table.setdefault(fold(spelling), (calendar, month))
    return table


MONTHS = _month_table()
# Longest names first so «تشرين الأول» wins over shorter prefixes.
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<num>\d{{1,4}})(?:st|nd|rd|th|مه|می|م|ام|مین)?(?![\w])"
    rf"|(?<![\w])(?P<month>{_MONTH_ALT})\.?(?![\w])"
    r"|(?P<sep>[-–—~]|\bto\b|\btill\b|\buntil\b|(?<![\w])(?:تا|الی|إلى|الى|تر|حتى)(?![\w]))"
)
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)")
# Tokens that are neither numbers nor months nor separators break a date apart.
_GAP_WORDS = re.compile(r"[^\s,،.()«»\"'“”\-–—]+")
_IGNORED_WORDS = {
    fold(w)
    for w in (
        "of",
        "the",
        "from",
        "and",
        "د",
        "له",
        "کال",
        "ل",
        "هـ",
        "ش",
        "هـش",
        "هجری",
        "شمسی",
        "سال",
        "من",
        "عام",
        "م",
        "مه",
    )
}


@dataclass(frozen=True)
class _Tok:
    kind: str  # "num", "month", "sep"
    value: int = 0
    calendar: str = ""
    start: int = 0


def _to_date(calendar: str, year: int, month: int, day: int) -> datetime.date | None:
    try:
        if calendar == SOLAR:
            if not 1300 <= year <= 1500:
                return None
            return jdatetime.date(year, month, day).togregorian()
        if not 1900 <= year <= 2100:
            return None
        return datetime.date(year, month, day)
    except (ValueError, OverflowError, TypeError):
        return None


def _tokens(text: str) -> list[_Tok]:
    """Numbers, month names and range separators, with a ``gap`` token for other words."""
    folded = fold(text)
    out: list[_Tok] = []
    pos = 0
    for m in _TOKEN.finditer(folded):
        between = folded[pos : m.start()]
        if any(w not in _IGNORED_WORDS for w in _GAP_WORDS.findall(between)):
            out.append(_Tok("gap", start=pos))
        pos = m.end()
        if m.group("num"):
            out.append(_Tok("num", int(m.group("num")), start=m.start()))
        elif m.group("month"):
            calendar, month = MONTHS[m.group("month")]
            out.append(_Tok("month", month, calendar, start=m.start()))
        else:
            out.append(_Tok("sep", start=m.start()))
    return out


# Patterns over token kinds: d = day, m = month, y = year, - = separator (optional in input).
_RANGE_PATTERNS = (
    "m d - m d y",
    "d m - d m y",
    "m d y - m d y",
    "d m y - d m y",
    "m d - d y",
    "d - d m y",
    "y m d - d",
    "y m d - m d",
    "y m d - y m d",
)
_SINGLE_PATTERNS = ("m d y", "d m y", "y m d")


def _match(pattern: str, toks: list[_Tok], i: int) -> tuple[dict[str, list[_Tok]], int] | None:
    """Match a pattern at token ``i``; returns the collected tokens and the end index."""
    got: dict[str, list[_Tok]] = {"d": [], "m": [], "y": []}
    j = i
    for sym in pattern.split():
        if j >= len(toks):
            return None
        tok = toks[j]
        if sym == "-":
            if tok.kind != "sep":
                return None
        elif sym == "m":
            if tok.kind != "month":
                return None
        elif (
            tok.kind != "num"
            or (sym == "d" and not 1 <= tok.value <= 31)
            or sym == "y"
            and not (1300 <= tok.value <= 1500 or 1900 <= tok.value <= 2100)
        ):
            return None
        if sym != "-":
            got[sym].append(tok)
        j += 1
    return got, j


def _build(got: dict[str, list[_Tok]]) -> tuple[datetime.date, datetime.date | None] | None:
    days, months, years = got["d"], got["m"], got["y"]
    calendars = {m.calendar for m in months}
    if len(calendars) != 1:
        return None
    calendar = calendars.pop()
    m1, m2 = months[0].value, months[-1].value
    d1 = days[0].value
    d2 = days[-1].value if len(days) > 1 else None
    y2 = years[-1].value
    y1 = years[0].value if len(years) > 1 else (y2 - 1 if m1 > m2 else y2)
    start = _to_date(calendar, y1, m1, d1)
    if start is None:
        return None
    if d2 is None:
        return start, None
    end = _to_date(calendar, y2, m2, d2)
    if end is None:
        return None
    return start, end


def _numeric_dates(text: str) -> list[tuple[int, datetime.date]]:
    found: list[tuple[int, datetime.date]] = []
    for m in _ISO.finditer(text):
        y, mo, d = (int(g) for g in m.groups())
        date = _to_date(SOLAR if y < 1600 else GREGORIAN, y, mo, d)
        if date:
            found.append((m.start(), date))
    for m in _DMY.finditer(text):
        d, mo, y = (int(g) for g in m.groups())
        calendar = SOLAR if y < 1600 else GREGORIAN
        date = _to_date(calendar, y, mo, d) or _to_date(calendar, y, d, mo)
        if date:
            found.append((m.start(), date))
    return sorted(found, key=lambda t: t[0])


def find_week(text: str) -> tuple[datetime.date, datetime.date | None] | None:
    """The first date range (or, failing that, single date) in ``text``."""
    text = ascii_digits(text[:2000])
    toks = _tokens(text)
    for i in range(len(toks)):
        for pattern in _RANGE_PATTERNS:
            hit = _match(pattern, toks, i)
            if hit and (built := _build(hit[0])):
                return built
    numeric = _numeric_dates(text)
    if len(numeric) >= 2:
        return numeric[0][1], numeric[1][1]
    single = find_date(text)
    return (single, None) if single else None


def find_date(text: str) -> datetime.date | None:
    """The first single date in ``text`` (used for references)."""
    text = ascii_digits(text[:2000])
    toks = _tokens(text)
    best: tuple[int, datetime.date] | None = None
    for i in range(len(toks)):
        for pattern in _SINGLE_PATTERNS:
            hit = _match(pattern, toks, i)
            if hit and (built := _build(hit[0])):
                best = (toks[i].start, built[0])
                break
        if best:
            break
    numeric = _numeric_dates(text)
    if numeric and (best is None or numeric[0][0] < best[0]):
        return numeric[0][1]
    return best[1] if best else None


def mentions_month(text: str) -> bool:
    """Whether ``text`` names a month next to a number (a date the parser may have missed)."""
    toks = _tokens(ascii_digits(text[:500]))
    for i, tok in enumerate(toks):
        if tok.kind == "month":
            near = toks[max(i - 1, 0) : i + 2]
            if any(t.kind == "num" for t in near):
                return True
    return False


def date_span(text: str) -> tuple[int, int] | None:
    """Character span covering the first single date in ``text`` (for stripping it out)."""
    plain = ascii_digits(text[:2000])
    folded = fold(plain)
    if len(folded) != len(plain):
        return None
    toks = _tokens(plain)
    for i in range(len(toks)):
        for pattern in _SINGLE_PATTERNS:
            hit = _match(pattern, toks, i)
            if hit and _build(hit[0]):
                end_tok = toks[hit[1] - 1]
                m = _TOKEN.match(folded, end_tok.start)
                return toks[i].start, (m.end() if m else end_tok.start)
    for m in (*_ISO.finditer(plain), *_DMY.finditer(plain)):
        return m.start(), m.end()
    return None
