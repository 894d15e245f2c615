"""Pages saved from the old sites, and texts copied from them, in all four languages.

The test pages (tests/importers/webpages/, written for these tests) imitate the old themes:
menus, sidebars and footers around the article; breadcrumbs; a tag-archive heading; a
"published on" line (Gregorian, or Solar Hijri with the Iranian month names Jalali plugins
print); the edition name, number and week in one sentence of running text, with Latin,
Persian or Arabic-Indic digits and Persian letter forms inside Arabic; an "In this issue" list;
and the article's title on its own line followed by a "By:" line.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from issues.importers import ImportFileError, parse_file, parse_text
from issues.importers.pagechrome import is_chrome

PAGES = Path(__file__).parent / "webpages"
MARCH = datetime.date(2019, 3, 10), datetime.date(2019, 3, 14)


@pytest.mark.parametrize(
    ("name", "language", "week", "title", "section"),
    [
        ("en_old_page", "en", MARCH, "Pipelines and patience", "Who pays for the pipe"),
        ("ar_old_page", "ar", MARCH, "ممرات التجارة الجديدة", "كلفة الطريق الجديد"),
        (
            "fa_af_old_page",
            "fa-af",
            (datetime.date(2019, 3, 11), datetime.date(2019, 3, 15)),
            "بازار غله پیش از بهار",
            "چرا قیمت‌ها بالا رفت",
        ),
        ("ps_old_page", "ps", MARCH, "د اوبو نوې تړون", "د تړون مهم ټکي"),
    ],
)
def test_a_saved_old_page_gives_number_week_title_and_text(name, language, week, title, section):
    parsed = parse_file((PAGES / f"{name}.html").read_bytes(), f"{name}.html")
    assert parsed.language == language
    assert parsed.number == 302
    assert (parsed.week_start, parsed.week_end) == week
    assert [a.title for a in parsed.analyses] == [title]
    assert [s.heading for s in parsed.analyses[0].sections] == [section]
    assert parsed.unplaced == []
    assert "number_missing" not in parsed.warning_codes
    everything = repr(parsed)
    # the theme's chrome, the byline and the "In this issue" list are not text of the issue
    for chrome in (
        "Recent posts",
        "أحدث المقالات",
        "All rights reserved",
        "جميع الحقوق",
        "Research Desk",
        "بخش پژوهش",
        "د څېړنو څانګه",
        "»",
    ):
        assert chrome not in everything


def test_the_week_comes_from_the_edition_line_not_the_published_on_date():
    parsed = parse_file((PAGES / "fa_af_old_page.html").read_bytes(), "page.html")
    # "منتشر شده در ۲۵ اسفند ۱۳۹۷" is 16 March 2019: the week is 20–24 Hut 1397
    assert parsed.week_end == datetime.date(2019, 3, 15)


@pytest.mark.parametrize(
    ("text", "number", "week"),
    [
        (
            "الرئيسية » التحليل الأسبوعي » العدد ٣١٠\n"
            "نشر في ١١ مايو ٢٠١٩\n"
            "يصدر مركز الدراسات الاستراتيجية والإقليمية التحلیل الأسبوعی، العدد ٣١٠، عن الفترة "
            "من ٤ إلى ٩ مايو ٢٠١٩، ويتناول فيه قضايا المنطقة وتطوراتها الأخيرة.\n\n"
            "سوق العملات\n\nبقلم: وحدة البحوث\n\nمقدمة\n\n"
            "تراجعت العملة المحلية أمام الدولار للأسبوع الثالث على التوالي.\n\n"
            "أسباب التراجع\n\nقلّت الحوالات الخارجية وارتفع الطلب على الاستيراد.\n",
            310,
            (datetime.date(2019, 5, 4), datetime.date(2019, 5, 9)),
        ),
        (
            "Tag: Weekly Analysis\n"
            "Published on May 11, 2019\n"
            "Weekly Analysis, No. 310, looks at the week of 4–9 May 2019 in the region and "
            "what the coming months may bring for trade and security.\n\n"
            "Currency under pressure\n\nBy: Research Desk\n\nIntroduction\n\n"
            "The local currency fell against the dollar for the third week running.\n\n"
            "Why it fell\n\nRemittances dropped while import demand rose.\n",
            310,
            (datetime.date(2019, 5, 4), datetime.date(2019, 5, 9)),
        ),
        (
            "برچسب: تحلیل هفته‌وار\n"
            "منتشر شده در ۲۱ اردیبهشت ۱۳۹۸\n"
            "تحلیل هفته‌وار شماره ۳۱۰ از ۱۴ تا ۱۹ ثور ۱۳۹۸\n\n"
            "فشار بر پول ملی\n\nنویسنده: بخش پژوهش\n\nمقدمه\n\n"
            "پول ملی برای سومین هفته در برابر دالر ارزش از دست داد.\n\n"
            "چرا کاهش یافت\n\nحواله‌های بیرونی کم شد و تقاضای واردات بالا رفت.\n",
            310,
            (datetime.date(2019, 5, 4), datetime.date(2019, 5, 9)),
        ),
    ],
)
def test_texts_copied_from_old_pages_read_the_same_header_forms(text, number, week):
    parsed = parse_text(text)
    assert parsed.number == number
    assert (parsed.week_start, parsed.week_end) == week
    assert len(parsed.analyses) == 1 and parsed.analyses[0].title
    assert "بخش پژوهش" not in repr(parsed) and "Research Desk" not in repr(parsed)
    assert parsed.unplaced == []


def test_chrome_lines_are_told_from_text():
    assert is_chrome("Home » Weekly Analysis » No. 455")
    assert is_chrome("الوسم: التحليل الأسبوعي")
    assert is_chrome("منتشر شده در ۲۵ اسفند ۱۳۹۷")
    assert not is_chrome("The talks resumed in Doha this week after a pause of two months.")
    assert not is_chrome("The ratio rose to 3/4 of all exports.")


def test_a_page_with_no_article_text_is_a_clear_error():
    with pytest.raises(ImportFileError) as error:
        parse_file(b"<!DOCTYPE html><html><body><nav>Menu</nav></body></html>", "empty.html")
    assert error.value.code in ("no_text", "unreadable")
