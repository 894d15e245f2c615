"""The "not available in this language" page names the issue and keeps every language."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup

from tests.factories import build_issue

pytestmark = pytest.mark.django_db


def test_the_unavailable_page_names_the_issue_in_the_readers_digits(client, archive):
    issue = build_issue(
        archive,
        number=455,
        codes=("ps", "en"),
        original_language="ps",
        week_start=datetime.date(2026, 11, 16),
    )
    issue.title_ps = "د کاریزونو راتلونکې"
    issue.save_revision().publish()
    response = client.get("/ar/issues/455/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".unavailable__number").get_text() == "العدد ٤٥٥"
    assert "١٦–٢٠" in soup.select_one(".unavailable__week").get_text()
    title = soup.select_one(".unavailable__title")
    # The title in the issue's original language, marked as such for fonts and screen readers.
    assert title.get_text() == "د کاریزونو راتلونکې"
    assert (title["lang"], title["dir"]) == ("ps", "rtl")
    # The full switcher, as on every page; the list of languages the issue is in, below.
    switcher = {el["lang"] for el in soup.select(".language-switcher [lang]")}
    assert switcher == {"en", "ps", "fa-af", "ar"}
    assert {a["hreflang"] for a in soup.select(".available-languages a")} == {"en", "ps"}


def test_the_title_shown_is_in_the_readers_script_when_the_issue_has_one(client, archive):
    build_issue(archive, number=463, codes=("en", "fa-af"))  # English original
    soup = BeautifulSoup(client.get("/ps/issues/463/").content, "html.parser")
    assert soup.select_one(".unavailable__title")["lang"] == "fa-af"
    soup = BeautifulSoup(client.get("/ar/issues/463/").content, "html.parser")
    assert soup.select_one(".unavailable__title")["lang"] == "fa-af"


def test_an_available_issue_is_not_the_unavailable_page(client, archive):
    build_issue(archive, number=7, codes=("en", "ar"))
    response = client.get("/ar/issues/7/")
    assert response.status_code == 200
    assert b"unavailable__number" not in response.content
