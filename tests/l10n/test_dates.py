"""Dates and week ranges in the four languages.

Expected strings are written by hand from published facts, not produced by the code under test:
Nowruz (1 Hamal) fell on 20 March 2024 and 21 March 2025, 1403 is a leap year (30 Hut 1403 =
20 March 2025), so 1 Qaws 1403 = 21 November 2024 and 2 December 2024 = 12 Qaws 1403. Month
lengths: Hamal-Sonbola 31 days, Mizan-Dalw 30, Hut 29 (30 in a leap year).
"""

import datetime

import pytest

from issues.l10n import format_date, format_week_range, to_hijri, to_solar_hijri
from issues.l10n.calendars import GREGORIAN_MONTHS, SOLAR_HIJRI_MONTHS

D = datetime.date
WEEK_455 = (D(2024, 12, 2), D(2024, 12, 6))  # the seed issue, No. 455


@pytest.mark.parametrize(
    ("start", "end", "language", "expected"),
    [
        # English: Gregorian, en dash, only what differs is repeated
        (*WEEK_455, "en", "2–6 December 2024"),
        (D(2024, 11, 28), D(2024, 12, 2), "en", "28 November – 2 December 2024"),
        (D(2024, 12, 30), D(2025, 1, 3), "en", "30 December 2024 – 3 January 2025"),
        (D(2024, 12, 2), D(2024, 12, 2), "en", "2 December 2024"),
        # Dari: Solar Hijri, Dari month names, Persian digits, «تا»
        (*WEEK_455, "fa-af", "۱۲ تا ۱۶ قوس ۱۴۰۳"),
        (D(2024, 11, 19), D(2024, 11, 23), "fa-af", "۲۹ عقرب تا ۳ قوس ۱۴۰۳"),
        (D(2024, 12, 30), D(2025, 1, 3), "fa-af", "۱۰ تا ۱۴ جدی ۱۴۰۳"),
        # one Gregorian month, two Solar Hijri months (1 Jadi 1404 = 22 December 2025)
        (D(2025, 12, 21), D(2025, 12, 25), "fa-af", "۳۰ قوس تا ۴ جدی ۱۴۰۴"),
        # Nowruz weeks: after leap year 1403 (30 Hut) and after common year 1402 (29 Hut)
        (D(2025, 3, 18), D(2025, 3, 22), "fa-af", "۲۸ حوت ۱۴۰۳ تا ۲ حمل ۱۴۰۴"),
        (D(2024, 3, 19), D(2024, 3, 23), "fa-af", "۲۹ حوت ۱۴۰۲ تا ۴ حمل ۱۴۰۳"),
        # Pashto: Pashto month names, «له … تر …»
        (*WEEK_455, "ps", "له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳"),
        (D(2024, 11, 19), D(2024, 11, 23), "ps", "له ۲۹ لړم تر ۳ لیندۍ ۱۴۰۳"),
        (D(2025, 3, 18), D(2025, 3, 22), "ps", "له ۲۸ کب ۱۴۰۳ تر ۲ وری ۱۴۰۴"),
        (D(2024, 12, 2), D(2024, 12, 2), "ps", "۱۲ لیندۍ ۱۴۰۳"),
        # Arabic: Gregorian, Arabic month names, Arabic-Indic digits, en dash
        (*WEEK_455, "ar", "٢–٦ ديسمبر ٢٠٢٤"),
        (D(2024, 11, 28), D(2024, 12, 2), "ar", "٢٨ نوفمبر – ٢ ديسمبر ٢٠٢٤"),
        (D(2024, 12, 30), D(2025, 1, 3), "ar", "٣٠ ديسمبر ٢٠٢٤ – ٣ يناير ٢٠٢٥"),
    ],
)
def test_format_week_range(start, end, language, expected):
    assert format_week_range(start, end, language) == expected


@pytest.mark.parametrize(
    ("start", "end", "language", "kwargs", "expected"),
    [
        (*WEEK_455, "ar", {"latin_digits": True}, "2–6 ديسمبر 2024"),
        (*WEEK_455, "fa-af", {"latin_digits": True}, "12 تا 16 قوس 1403"),
        (*WEEK_455, "ps", {"latin_digits": True}, "له 12 تر 16 لیندۍ 1403"),
        # Gregorian in parentheses, Afghan month names (دسمبر, never Iran's دسامبر)
        (*WEEK_455, "fa-af", {"show_gregorian": True}, "۱۲ تا ۱۶ قوس ۱۴۰۳ (۲ تا ۶ دسمبر ۲۰۲۴)"),
        (
            *WEEK_455,
            "ps",
            {"show_gregorian": True},
            "له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳ (له ۲ تر ۶ دسمبر ۲۰۲۴)",
        ),
        (
            D(2024, 12, 30),
            D(2025, 1, 3),
            "ps",
            {"show_gregorian": True},
            "له ۱۰ تر ۱۴ مرغومی ۱۴۰۳ (له ۳۰ دسمبر ۲۰۲۴ تر ۳ جنوري ۲۰۲۵)",
        ),
        (
            D(2025, 3, 18),
            D(2025, 3, 22),
            "fa-af",
            {"show_gregorian": True},
            "۲۸ حوت ۱۴۰۳ تا ۲ حمل ۱۴۰۴ (۱۸ تا ۲۲ مارچ ۲۰۲۵)",
        ),
        # English and Arabic are Gregorian already: nothing is added
        (*WEEK_455, "en", {"show_gregorian": True}, "2–6 December 2024"),
        (*WEEK_455, "ar", {"show_gregorian": True}, "٢–٦ ديسمبر ٢٠٢٤"),
        # Umm al-Qura Hijri: 1 Ramadan 1446 = 1 March 2025; 1 Muharram 1446 = 7 July 2024 and
        # 10 Dhu al-Hijja 1445 = 16 June 2024, so 5 July 2024 = 29 Dhu al-Hijja 1445
        (
            D(2025, 3, 1),
            D(2025, 3, 5),
            "ar",
            {"show_hijri": True},
            "١–٥ مارس ٢٠٢٥ (١–٥ رمضان ١٤٤٦ هـ)",
        ),
        (
            D(2025, 3, 1),
            D(2025, 3, 5),
            "ar",
            {"show_hijri": True, "latin_digits": True},
            "1–5 مارس 2025 (1–5 رمضان 1446 هـ)",
        ),
        (
            D(2024, 7, 5),
            D(2024, 7, 9),
            "ar",
            {"show_hijri": True},
            "٥–٩ يوليو ٢٠٢٤ (٢٩ ذو الحجة ١٤٤٥ – ٣ محرم ١٤٤٦ هـ)",
        ),
        (*WEEK_455, "ar", {"show_hijri": True}, "٢–٦ ديسمبر ٢٠٢٤ (١–٥ جمادى الآخرة ١٤٤٦ هـ)"),
        (
            D(2025, 3, 1),
            D(2025, 3, 5),
            "en",
            {"show_hijri": True},
            "1–5 March 2025 (1–5 Ramadan 1446 AH)",
        ),
        (
            D(2025, 3, 1),
            D(2025, 3, 5),
            "fa-af",
            {"show_gregorian": True, "show_hijri": True},
            "۱۱ تا ۱۵ حوت ۱۴۰۳ (۱ تا ۵ مارچ ۲۰۲۵) (۱ تا ۵ رمضان ۱۴۴۶ هـ ق)",
        ),
    ],
)
def test_format_week_range_options(start, end, language, kwargs, expected):
    assert format_week_range(start, end, language, **kwargs) == expected


@pytest.mark.parametrize(
    ("d", "language", "kwargs", "expected"),
    [
        (D(2024, 12, 2), "en", {}, "2 December 2024"),
        (D(2024, 12, 2), "ar", {}, "٢ ديسمبر ٢٠٢٤"),
        (D(2024, 12, 2), "ar", {"latin_digits": True}, "2 ديسمبر 2024"),
        (D(2024, 12, 2), "fa-af", {}, "۱۲ قوس ۱۴۰۳"),
        (D(2024, 12, 2), "ps", {}, "۱۲ لیندۍ ۱۴۰۳"),
        (D(2024, 12, 2), "ps", {"show_gregorian": True}, "۱۲ لیندۍ ۱۴۰۳ (۲ دسمبر ۲۰۲۴)"),
        # Nowruz, after a leap year and after a common year
        (D(2025, 3, 21), "fa-af", {}, "۱ حمل ۱۴۰۴"),
        (D(2025, 3, 21), "ps", {}, "۱ وری ۱۴۰۴"),
        (D(2024, 3, 20), "fa-af", {}, "۱ حمل ۱۴۰۳"),
        # the leap day 30 Hut 1403, and the last day of common year 1402
        (D(2025, 3, 20), "fa-af", {}, "۳۰ حوت ۱۴۰۳"),
        (D(2025, 3, 20), "ps", {}, "۳۰ کب ۱۴۰۳"),
        (D(2024, 3, 19), "fa-af", {}, "۲۹ حوت ۱۴۰۲"),
        # the change from 31-day to 30-day months (1 Mizan 1403 = 22 September 2024)
        (D(2024, 9, 21), "fa-af", {}, "۳۱ سنبله ۱۴۰۳"),
        (D(2024, 9, 22), "fa-af", {}, "۱ میزان ۱۴۰۳"),
        (D(2024, 9, 22), "ps", {}, "۱ تله ۱۴۰۳"),
        # every Pashto month with ګ (U+06AB): Gharghólay and Changakh
        (D(2024, 5, 21), "ps", {}, "۱ غبرګولی ۱۴۰۳"),
        (D(2024, 6, 21), "ps", {}, "۱ چنګاښ ۱۴۰۳"),
        (D(2024, 7, 5), "ar", {"show_hijri": True}, "٥ يوليو ٢٠٢٤ (٢٩ ذو الحجة ١٤٤٥ هـ)"),
    ],
)
def test_format_date(d, language, kwargs, expected):
    assert format_date(d, language, **kwargs) == expected


def test_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValueError, match="starts after it ends: start 2024-12-06 > end 2024-12-02"):
        format_week_range(D(2024, 12, 6), D(2024, 12, 2), "en")


@pytest.mark.parametrize("not_a_date", [datetime.datetime(2024, 12, 2, 23, 0), "2024-12-02", None])
def test_only_dates_are_formatted(not_a_date):
    # a datetime would lose its time zone: near midnight UTC it is already tomorrow in Kabul
    with pytest.raises(TypeError):
        format_date(not_a_date, "fa-af")


def test_hijri_outside_umm_al_qura_tables_is_a_clear_error():
    with pytest.raises(ValueError, match="Umm al-Qura"):
        format_date(D(1900, 1, 1), "ar", show_hijri=True)


# --- cross-checks against a second, independent method ---------------------------------------

# 1 Hamal (Nowruz) as published for each year; the Afghan and Iranian Solar Hijri calendars
# start on the same day.
NOWRUZ = {
    1399: D(2020, 3, 20),
    1400: D(2021, 3, 21),
    1401: D(2022, 3, 21),
    1402: D(2023, 3, 21),
    1403: D(2024, 3, 20),
    1404: D(2025, 3, 21),
    1405: D(2026, 3, 21),
}


def solar_hijri_by_counting(d: datetime.date) -> tuple[int, int, int]:
    """Year, month, day by counting days from the published Nowruz: no conversion library."""
    year = max(y for y, nowruz in NOWRUZ.items() if nowruz <= d)
    offset = (d - NOWRUZ[year]).days
    if offset < 6 * 31:
        return year, 1 + offset // 31, 1 + offset % 31
    offset -= 6 * 31
    return year, 7 + offset // 30, 1 + offset % 30


def test_solar_hijri_agrees_with_counting_from_published_nowruz_every_day():
    day = NOWRUZ[1399]
    checked = 0
    while day < NOWRUZ[1405]:
        converted = to_solar_hijri(day, "fa-af")
        assert (converted.year, converted.month, converted.day) == solar_hijri_by_counting(day), day
        day += datetime.timedelta(days=1)
        checked += 1
    assert checked == 4 * 365 + 2 * 366  # 1399 and 1403 are leap years (30 Hut)


@pytest.mark.parametrize(
    ("gregorian", "hijri"),
    [
        # days announced in Saudi Arabia, where they matched the Umm al-Qura calendar
        (D(2024, 3, 11), (1445, 9, 1)),  # first day of Ramadan 1445
        (D(2024, 4, 10), (1445, 10, 1)),  # Eid al-Fitr 1445
        (D(2024, 6, 16), (1445, 12, 10)),  # Eid al-Adha 1445
        (D(2024, 7, 7), (1446, 1, 1)),  # Islamic New Year 1446
        (D(2025, 3, 1), (1446, 9, 1)),  # first day of Ramadan 1446
    ],
)
def test_hijri_agrees_with_published_umm_al_qura_dates(gregorian, hijri):
    converted = to_hijri(gregorian, "ar")
    assert (converted.year, converted.month, converted.day) == hijri


# Iran's Solar Hijri and Gregorian month names, which Persian libraries print by default
IRANIAN_MONTHS = (
    "فروردین",
    "اردیبهشت",
    "خرداد",
    "تیر",
    "مرداد",
    "شهریور",
    "مهر",
    "آبان",
    "آذر",
    "دی",
    "بهمن",
    "اسفند",
    "ژانویه",
    "فوریه",
    "آوریل",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
    ").split(",
)


@pytest.mark.parametrize("language", ["fa-af", "ps"])
def test_no_iranian_month_name_in_a_whole_year(language):
    day = NOWRUZ[1403]
    while day < NOWRUZ[1404]:
        text = format_date(day, language, show_gregorian=True)
        assert not any(name in text.split() for name in IRANIAN_MONTHS), text
        day += datetime.timedelta(days=1)


def test_pashto_month_names_use_pashto_gaf():
    pashto_names = SOLAR_HIJRI_MONTHS["ps"] + GREGORIAN_MONTHS["ps"]
    assert not any("\u06af" in name for name in pashto_names)  # گ, the Persian gaf
    assert sum("\u06ab" in name for name in pashto_names) == 3  # غبرګولی, چنګاښ, اګست


@pytest.mark.parametrize(
    ("code", "cldr_locale"), [("en", "en"), ("ar", "ar"), ("fa-af", "fa_AF"), ("ps", "ps")]
)
def test_gregorian_month_names_match_cldr(code, cldr_locale):
    babel_dates = pytest.importorskip("babel.dates")
    cldr = babel_dates.get_month_names("wide", context="format", locale=cldr_locale)
    assert GREGORIAN_MONTHS[code] == tuple(cldr[m] for m in range(1, 13))
