"""Dates and digits on pages, in each reader's calendar, and the settings that change them."""

import datetime

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from issues.models import PublicationSettings
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

WEEK = datetime.date(2024, 12, 2)  # 2-6 December 2024 = 12-16 Qaws 1403


@pytest.fixture
def issue(archive):
    return build_issue(archive, number=455, codes=("en", "ps", "fa-af", "ar"), week_start=WEEK)


@pytest.fixture
def publication(site_tree):
    return PublicationSettings.for_site(Site.objects.get(is_default_site=True))


def text(element) -> str:
    return " ".join(element.get_text().split())


def masthead(client, code: str) -> BeautifulSoup:
    soup = BeautifulSoup(client.get(f"/{code}/issues/455/").content, "html.parser")
    return soup.select_one(".masthead")


@pytest.mark.parametrize(
    ("code", "week", "number"),
    [
        ("en", "2–6 December 2024", "Issue 455"),
        ("fa-af", "۱۲ تا ۱۶ قوس ۱۴۰۳", "شماره ۴۵۵"),
        ("ps", "له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳", "ګڼه ۴۵۵"),
        ("ar", "٢–٦ ديسمبر ٢٠٢٤", "العدد ٤٥٥"),
    ],
)
def test_week_and_number_in_the_readers_calendar_and_digits(client, issue, code, week, number):
    head = masthead(client, code)
    assert text(head.select_one(".masthead__week")) == week
    assert text(head.select_one(".masthead__number")) == number
    assert [t["datetime"] for t in head.select("time")] == ["2024-12-02", "2024-12-06"]


def test_gregorian_date_can_follow_the_solar_hijri_date(client, issue, publication):
    publication.show_gregorian_date = True
    publication.save()
    week = text(masthead(client, "fa-af").select_one(".masthead__week"))
    assert week == "۱۲ تا ۱۶ قوس ۱۴۰۳ (۲ تا ۶ دسمبر ۲۰۲۴)"
    # English and Arabic are Gregorian already: nothing is added.
    assert text(masthead(client, "en").select_one(".masthead__week")) == ("2–6 December 2024")


def test_arabic_pages_can_use_latin_digits_and_the_hijri_date(client, issue, publication):
    publication.arabic_latin_digits = True
    publication.show_hijri_date = True
    publication.save()
    response = client.get("/ar/issues/455/")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["data-digits"] == "latin"
    assert text(soup.select_one(".masthead__number")) == "العدد 455"
    week = text(soup.select_one(".masthead__week"))
    assert week.startswith("2–6 ديسمبر 2024 (") and week.endswith("هـ)")
    # Pashto keeps its own digits whatever the Arabic setting says.
    assert "۴۵۵" in masthead(client, "ps").get_text()


def test_reference_dates_use_the_readers_calendar(client, issue):
    soup = BeautifulSoup(client.get("/ps/issues/455/").content, "html.parser")
    date = soup.select_one(".reference__date time")
    assert date["datetime"] == "2026-11-10"
    # No-break spaces: day, month and year never part at a line end (issue 18).
    assert date.get_text() == "۱۹\u00a0لړم\u00a0۱۴۰۵"


def test_zero_width_non_joiner_survives_to_the_page(client, archive):
    issue = build_issue(archive, number=456, codes=("fa-af",), original_language="fa-af")
    issue.title_fa_af = "نشست\u200cهای منطقه\u200cای"
    issue.save_revision().publish()
    html = client.get("/fa-af/issues/456/").content.decode()
    assert "نشست\u200cهای منطقه\u200cای" in html
