"""Calendar conversions and month names: the one place that holds them.

- Solar Hijri (Afghanistan's civil calendar) via ``jdatetime``, which converts correctly but knows
  only the Iranian month names (Farvardin…): the Afghan names live here instead.
- Hijri (Umm al-Qura) via ``hijridate``, with its Arabic (or English) month names.
- Gregorian month names as Afghans and Arabs write them (Iranian Persian «دسامبر», «ژانویه» are
  wrong for Dari; CLDR's ``fa_AF``/``ps``/``ar`` data agree with the tables below and a test checks
  them against Babel where it is installed, so Babel is not needed at run time).

Every converter returns a :class:`CalendarDate` with ASCII-digit numbers; digits are localised by
the caller (``issues.l10n.dates``) once the whole string is built.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

import hijridate
import jdatetime

from issues.l10n.digits import LanguageLike, as_language

# Afghan Solar Hijri months, Hamal (Aries, starts at Nowruz) to Hut (Pisces).
SOLAR_HIJRI_MONTHS: dict[str, tuple[str, ...]] = {
    "fa-af": (
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
    ),
    # Pashto writes ګ (U+06AB) in غبرګولی and چنګاښ, where CLDR has the Persian گ (U+06AF).
    "ps": (
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
    ),
}

GREGORIAN_MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
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
    ),
    # CLDR ``ar`` (the Egyptian/Gulf names, not the Levantine كانون الثاني…).
    "ar": (
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
    ),
    # Afghan forms (CLDR ``fa_AF``), not Iran's ژانویه… دسامبر.
    "fa-af": (
        "جنوری",
        "فبروری",
        "مارچ",
        "اپریل",
        "می",
        "جون",
        "جولای",
        "اگست",
        "سپتمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ),
    # CLDR ``ps`` format names: Pashto spells the final ي/ۍ and writes اګست with ګ.
    "ps": (
        "جنوري",
        "فبروري",
        "مارچ",
        "اپریل",
        "مۍ",
        "جون",
        "جولای",
        "اګست",
        "سېپتمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ),
}

# What follows a Hijri (lunar) year. Dari and Pashto write «هـ ق» (hijri qamari) because their
# plain «هـ» would be read as the Solar Hijri year of their own calendar.
HIJRI_ERA: dict[str, str] = {"en": "AH", "ar": "هـ", "fa-af": "هـ ق", "ps": "هـ ق"}


@dataclass(frozen=True)
class CalendarDate:
    """One day in some calendar, its month already named in the reader's language."""

    year: int
    month: int
    day: int
    month_name: str


def _check_date(d: object) -> datetime.date:
    # A datetime would silently lose its time zone: near midnight UTC it is already the next day
    # in Kabul (UTC+4:30). Callers convert to local time first (``timezone.localdate(dt)``).
    if isinstance(d, datetime.datetime) or not isinstance(d, datetime.date):
        raise TypeError(f"expected a datetime.date, got {type(d).__name__}")
    return d


def _month_names(table: dict[str, tuple[str, ...]], language: LanguageLike, what: str) -> tuple:
    lang = as_language(language)
    try:
        return table[lang.code]
    except KeyError:
        raise ValueError(f"no {what} month names for language {lang.code!r}") from None


def to_gregorian(d: datetime.date, language: LanguageLike) -> CalendarDate:
    """``d`` with its Gregorian month named in ``language`` (Afghan forms for Dari and Pashto)."""
    d = _check_date(d)
    names = _month_names(GREGORIAN_MONTHS, language, "Gregorian")
    return CalendarDate(d.year, d.month, d.day, names[d.month - 1])


def to_solar_hijri(d: datetime.date, language: LanguageLike) -> CalendarDate:
    """``d`` in Afghanistan's Solar Hijri calendar, with Dari or Pashto month names.

    Raises ``ValueError`` for languages without Solar Hijri names (English, Arabic).
    """
    d = _check_date(d)
    names = _month_names(SOLAR_HIJRI_MONTHS, language, "Solar Hijri")
    j = jdatetime.date.fromgregorian(date=d)
    return CalendarDate(j.year, j.month, j.day, names[j.month - 1])


def to_hijri(d: datetime.date, language: LanguageLike) -> CalendarDate:
    """``d`` in the Umm al-Qura Hijri calendar; month names in English for ``en``, else Arabic.

    Umm al-Qura tables cover 1924-08-01 to 2077-11-16; other dates raise ``ValueError``.
    """
    d = _check_date(d)
    name_language = "en" if as_language(language).code == "en" else "ar"
    try:
        h = hijridate.Gregorian.fromdate(d).to_hijri()
    except OverflowError as exc:
        raise ValueError(f"no Umm al-Qura Hijri date for {d.isoformat()}: {exc}") from None
    return CalendarDate(h.year, h.month, h.day, h.month_name(name_language))


def hijri_era(language: LanguageLike) -> str:
    """The marker written after a Hijri year in ``language`` (``"هـ"`` in Arabic)."""
    return HIJRI_ERA[as_language(language).code]


def solar_hijri_year(d: datetime.date) -> int:
    """The Solar Hijri year ``d`` falls in (a year starts at Nowruz, 20 or 21 March)."""
    return jdatetime.date.fromgregorian(date=_check_date(d)).year


def solar_hijri_year_bounds(year: int) -> tuple[datetime.date, datetime.date]:
    """The first and last Gregorian days of Solar Hijri ``year`` (1404 -> 2025-03-21..2026-03-20).

    Raises ``ValueError`` for years jdatetime cannot represent.
    """
    first = jdatetime.date(year, 1, 1).togregorian()
    last = jdatetime.date(year + 1, 1, 1).togregorian() - datetime.timedelta(days=1)
    return first, last
