"""The archive's year filter in the reader's calendar (issue 18).

Pashto and Dari readers count years from Nowruz (Solar Hijri): their archive offers ۱۴۰۴, ۱۴۰۳ …
and ``?year=1404`` lists the issues whose week starts between 21 March 2025 and 20 March 2026.
English and Arabic keep Gregorian years. The four issues below sit on both sides of Nowruz, so a
Gregorian filter and a Solar Hijri one list different issues.
"""

from __future__ import annotations

import datetime
import re

import pytest

from tests.factories import build_issue

pytestmark = pytest.mark.django_db

WEEKS = {
    1: datetime.date(2025, 3, 17),  # 1403 (Hut), Gregorian 2025
    2: datetime.date(2025, 3, 24),  # 1404 (Hamal), Gregorian 2025
    3: datetime.date(2026, 3, 16),  # 1404 (Hut), Gregorian 2026
    4: datetime.date(2026, 3, 23),  # 1405 (Hamal), Gregorian 2026
}


@pytest.fixture
def issues_around_nowruz(archive):
    return [
        build_issue(archive, number=n, codes=("en", "ps", "fa-af", "ar"), week_start=week)
        for n, week in WEEKS.items()
    ]


def listed(client, url: str) -> tuple[list[int], list[tuple[str, str]]]:
    """(issue numbers listed, (value, label) of each year option) of an archive page."""
    response = client.get(url)
    assert response.status_code == 200
    numbers = [issue.number for issue in response.context["issues_page"].object_list]
    select = re.search(r'<select id="filter-year".*?</select>', response.text, re.S)
    options = re.findall(r'<option value="(\d+)"[^>]*>([^<]+)</option>', select.group())
    return sorted(numbers), options


@pytest.mark.parametrize("code", ["ps", "fa-af"])
def test_pashto_and_dari_archives_filter_by_solar_hijri_year(client, issues_around_nowruz, code):
    numbers, options = listed(client, f"/{code}/issues/")
    assert numbers == [1, 2, 3, 4]
    assert options == [("1405", "۱۴۰۵"), ("1404", "۱۴۰۴"), ("1403", "۱۴۰۳")]

    assert listed(client, f"/{code}/issues/?year=1404")[0] == [2, 3]
    assert listed(client, f"/{code}/issues/?year=1403")[0] == [1]
    # The year as the reader writes it is the same year (a pasted or typed ۱۴۰۴).
    assert listed(client, f"/{code}/issues/?year=۱۴۰۴")[0] == [2, 3]
    # The chosen year stays selected, so the link can be shared as it is.
    response = client.get(f"/{code}/issues/?year=1404")
    assert '<option value="1404" selected>۱۴۰۴</option>' in response.text


@pytest.mark.parametrize(("code", "label"), [("en", "2025"), ("ar", "٢٠٢٥")])
def test_english_and_arabic_archives_keep_gregorian_years(
    client, issues_around_nowruz, code, label
):
    numbers, options = listed(client, f"/{code}/issues/?year=2025")
    assert numbers == [1, 2]
    assert ("2025", label) in options
    assert [value for value, _ in options] == ["2026", "2025"]
    # A Solar Hijri year means nothing on a Gregorian page: no issue, not a wrong one.
    assert listed(client, f"/{code}/issues/?year=1404")[0] == []


@pytest.mark.parametrize("year", ["14040", "abcd", "99", "۱۴۰"])
def test_a_malformed_year_is_ignored(client, issues_around_nowruz, year):
    assert listed(client, f"/ps/issues/?year={year}")[0] == [1, 2, 3, 4]
