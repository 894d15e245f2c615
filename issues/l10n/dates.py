"""Dates and week ranges as each language's readers write them, for every output.

Each language's own calendar comes first (``Language.calendar``): Solar Hijri for Dari and Pashto,
Gregorian for English and Arabic. Other calendars can follow in parentheses.

How a range is joined, per language:

- English and Arabic: an en dash, unspaced between two days ("2–6 December 2024", «٢–٦ ديسمبر
  ٢٠٢٤») and spaced between fuller dates ("28 November – 2 December 2024"), as English and Arabic
  typesetting both do. In Arabic the dash is bidi-neutral, so "٢–٦" still reads from 2 to 6 in
  right-to-left text (a hyphen-minus would glue "2-6" into one left-to-right number).
- Dari: «تا» ("to"): «۱۲ تا ۱۶ قوس ۱۴۰۳».
- Pashto: «له … تر …» ("from … to"): «له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳». This is how Pashto prose and
  Afghan Pashto media give a span of days; «د … څخه تر …» is the same thing, only longer.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from dataclasses import dataclass

from issues.l10n.calendars import CalendarDate, hijri_era, to_gregorian, to_hijri, to_solar_hijri
from issues.l10n.digits import LanguageLike, as_language, localize_digits


@dataclass(frozen=True)
class _RangeWords:
    prefix: str  # before the first date
    between_days: str  # joins two days of one month
    between_dates: str  # joins dates that differ in month or year


_RANGE_WORDS: dict[str, _RangeWords] = {
    "en": _RangeWords("", "\u2013", " \u2013 "),
    "ar": _RangeWords("", "\u2013", " \u2013 "),
    "fa-af": _RangeWords("", " تا ", " تا "),
    "ps": _RangeWords("له ", " تر ", " تر "),
}

Converter = Callable[[datetime.date, LanguageLike], CalendarDate]


def _day(c: CalendarDate) -> str:
    return f"{c.day} {c.month_name} {c.year}"


def _span(start: CalendarDate, end: CalendarDate, words: _RangeWords) -> tuple[str, str, str, str]:
    """(prefix, first date, joining words, last date); first is empty for a single day."""
    if (start.year, start.month, start.day) == (end.year, end.month, end.day):
        return "", "", "", _day(start)
    if start.year != end.year:
        return words.prefix, _day(start), words.between_dates, _day(end)
    if start.month != end.month:
        return words.prefix, f"{start.day} {start.month_name}", words.between_dates, _day(end)
    return words.prefix, str(start.day), words.between_days, _day(end)


@dataclass(frozen=True)
class RangeParts:
    """A formatted range in pieces, so templates can wrap each date in ``<time>``.

    ``str(parts)`` is exactly what :func:`format_week_range` returns.
    """

    prefix: str
    first: str  # empty when the range is a single day
    between: str
    last: str
    extra: str  # other calendars in parentheses, with their leading space

    def __str__(self) -> str:
        return f"{self.prefix}{self.first}{self.between}{self.last}{self.extra}"


def _calendars(
    language: LanguageLike, *, show_gregorian: bool, show_hijri: bool
) -> list[tuple[Converter, str]]:
    """The calendars to print, own calendar first, each with the marker after its year."""
    lang = as_language(language)
    own: Converter = to_solar_hijri if lang.calendar == "solar_hijri" else to_gregorian
    calendars: list[tuple[Converter, str]] = [(own, "")]
    if show_gregorian and own is not to_gregorian:
        calendars.append((to_gregorian, ""))
    if show_hijri:
        calendars.append((to_hijri, hijri_era(lang)))
    return calendars


def _render(
    start: datetime.date,
    end: datetime.date,
    language: LanguageLike,
    *,
    latin_digits: bool,
    show_gregorian: bool,
    show_hijri: bool,
) -> RangeParts:
    return _render_in(
        start,
        end,
        as_language(language).code,
        latin_digits=latin_digits,
        show_gregorian=show_gregorian,
        show_hijri=show_hijri,
    )


# A list page formats a dozen weeks, and the same weeks again for every reader: the result
# depends on nothing but the arguments (no active language, no settings).
@functools.lru_cache(maxsize=4096)
def _render_in(
    start: datetime.date,
    end: datetime.date,
    code: str,
    *,
    latin_digits: bool,
    show_gregorian: bool,
    show_hijri: bool,
) -> RangeParts:
    lang = as_language(code)
    words = _RANGE_WORDS[lang.code]

    def local(text: str) -> str:
        # Month names and range words hold no ASCII digits, so whole strings can be converted.
        return localize_digits(text, lang, latin_digits=latin_digits)

    spans = []
    for convert, era in _calendars(lang, show_gregorian=show_gregorian, show_hijri=show_hijri):
        prefix, first, between, last = _span(convert(start, lang), convert(end, lang), words)
        spans.append((prefix, first, between, f"{last} {era}" if era else last))
    prefix, first, between, last = spans[0]
    extra = "".join(f" ({''.join(span)})" for span in spans[1:])
    return RangeParts(local(prefix), local(first), local(between), local(last), local(extra))


def format_date(
    d: datetime.date,
    language: LanguageLike,
    *,
    latin_digits: bool = False,
    show_gregorian: bool = False,
    show_hijri: bool = False,
) -> str:
    """One day as readers of ``language`` write it.

    ``en``: "2 December 2024"; ``ar``: «٢ ديسمبر ٢٠٢٤»; ``fa-af``: «۱۲ قوس ۱۴۰۳»;
    ``ps``: «۱۲ لیندۍ ۱۴۰۳».

    ``latin_digits`` keeps 0-9 (the Arabic site setting). ``show_gregorian`` adds the Gregorian
    date in parentheses where the own calendar is Solar Hijri (no effect in English and Arabic).
    ``show_hijri`` adds the Umm al-Qura Hijri date in parentheses, followed by «هـ» in Arabic.
    ``d`` must be a ``datetime.date``, not a ``datetime`` (convert to local time first).
    """
    return str(
        _render(
            d,
            d,
            language,
            latin_digits=latin_digits,
            show_gregorian=show_gregorian,
            show_hijri=show_hijri,
        )
    )


def week_range_parts(
    start: datetime.date,
    end: datetime.date,
    language: LanguageLike,
    *,
    latin_digits: bool = False,
    show_gregorian: bool = False,
    show_hijri: bool = False,
) -> RangeParts:
    """:func:`format_week_range` in pieces (see :class:`RangeParts`). Same options and errors."""
    if start > end:
        raise ValueError(
            f"date range starts after it ends: start {start.isoformat()} > end {end.isoformat()}"
        )
    return _render(
        start,
        end,
        language,
        latin_digits=latin_digits,
        show_gregorian=show_gregorian,
        show_hijri=show_hijri,
    )


def format_week_range(
    start: datetime.date,
    end: datetime.date,
    language: LanguageLike,
    *,
    latin_digits: bool = False,
    show_gregorian: bool = False,
    show_hijri: bool = False,
) -> str:
    """The days from ``start`` to ``end`` (inclusive) as readers of ``language`` write them.

    Only what differs is repeated: "2–6 December 2024", "28 November – 2 December 2024",
    "30 December 2024 – 3 January 2025"; «۱۲ تا ۱۶ قوس ۱۴۰۳» (Dari), «له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳»
    (Pashto), «٢–٦ ديسمبر ٢٠٢٤» (Arabic). Each calendar is shortened on its own, so a week within
    one Gregorian month may cross a Solar Hijri month. A one-day range is ``format_date``.
    Options as in :func:`format_date`. Raises ``ValueError`` if ``start`` is after ``end``.
    """
    return str(
        week_range_parts(
            start,
            end,
            language,
            latin_digits=latin_digits,
            show_gregorian=show_gregorian,
            show_hijri=show_hijri,
        )
    )
