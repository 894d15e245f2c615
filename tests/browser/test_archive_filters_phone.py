"""Archive filters on a phone: each label with its control, the active filters shown, "clear"."""

from __future__ import annotations

import datetime

import pytest

from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CLEAR = {"ps": "چاڼګر پاک کړئ", "fa-af": "پاک کردن فیلترها", "ar": "إلغاء التصفية"}
YEAR = {"ps": ("1405", "۱۴۰۵"), "fa-af": ("1405", "۱۴۰۵"), "ar": ("2026", "٢٠٢٦")}

LABEL_AND_CONTROL = """
() => [...document.querySelectorAll('.archive-filters label')].map(label => {
  const l = label.getBoundingClientRect();
  const c = document.getElementById(label.htmlFor).getBoundingClientRect();
  return {gap: c.top - l.bottom, sameRight: Math.abs(c.right - l.right) < 2};
})
"""


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_filters_on_a_phone(page, live_server, screenshot, code):
    _, archive = make_site()
    for number, week in ((1, datetime.date(2025, 6, 2)), (2, datetime.date(2026, 6, 1))):
        build_issue(archive, number=number, codes=("en", code), week_start=week)
    page.set_viewport_size({"width": 390, "height": 844})
    value, label = YEAR[code]
    page.goto(f"{live_server.url}/{code}/issues/?year={value}")
    # Each control sits right under its own label, both against the right (reading-start) edge.
    for pair in page.evaluate(LABEL_AND_CONTROL):
        assert 0 <= pair["gap"] < 12 and pair["sameRight"], pair
    assert page.inner_text(".archive-filters__chip") == label
    screenshot(f"archive-filters-{code}-390")
    page.click(f"text={CLEAR[code]}")
    assert page.url == f"{live_server.url}/{code}/issues/"
    assert page.locator(".archive-filters__active").count() == 0
    assert page.locator(".issue-card").count() == 2
    page.set_viewport_size({"width": 1440, "height": 900})
    page.goto(f"{live_server.url}/{code}/issues/?year={value}")
    screenshot(f"archive-filters-{code}-1440")
