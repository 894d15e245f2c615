"""What readers see: the issue page, the archive and the home page in each language."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from csrs import languages
from tests.factories import build_issue

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("code", languages.CODES)
def test_issue_page_in_each_language(client, issue_in_all_languages, code):
    language = languages.get_language(code)
    soup = soup_of(client.get(f"/{code}/issues/455/"))
    assert soup.html["lang"] == code
    assert soup.html["dir"] == language.direction
    assert soup.h1.get_text(strip=True) == getattr(issue_in_all_languages, language.field("title"))
    # The masthead's week: two <time> elements with ISO dates.
    times = [t["datetime"] for t in soup.select(".masthead__week time")]
    assert times == [
        issue_in_all_languages.week_start.isoformat(),
        issue_in_all_languages.week_end.isoformat(),
    ]


def test_table_of_contents_links_to_headings_that_exist(client, archive):
    build_issue(archive, number=460, analyses=2, sections=3)
    soup = soup_of(client.get("/en/issues/460/"))
    links = [a["href"] for a in soup.select("nav.toc a")]
    # 2 analyses × (title + 3 sections + conclusion) + recommendations + references
    assert len(links) == 2 * 5 + 2
    for href in links:
        assert soup.find(id=href.lstrip("#")) is not None, href
    labels = [a.get_text(strip=True) for a in soup.select("nav.toc a")]
    assert labels[:5] == ["Analysis 1", "Section 1.1", "Section 1.2", "Section 1.3", "Conclusion"]


def test_references_are_numbered_in_order(client, archive):
    build_issue(archive, number=461, references=4)
    soup = soup_of(client.get("/en/issues/461/"))
    items = soup.select("ol.references__list > li")
    assert [li["id"] for li in items] == ["ref-1", "ref-2", "ref-3", "ref-4"]
    assert "Outlet 3" in items[2].get_text()
    link = items[0].find("a")
    assert link["href"] == "https://example.org/source-1" and link["dir"] == "ltr"


def test_language_switcher_lists_only_the_issues_languages(client, archive):
    build_issue(archive, number=462, codes=("en", "ps"))
    soup = soup_of(client.get("/en/issues/462/"))
    switcher = soup.select_one("nav.language-switcher")
    names = [el.get_text(strip=True) for el in switcher.select("li > *")]
    assert names == ["English", "پښتو"]
    link = switcher.find("a", hreflang="ps")
    assert link["href"].startswith("/language/ps/?next=")
    assert "%2Fps%2Fissues%2F462%2F" in link["href"]
    alternates = {link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')}
    assert alternates == {"en", "ps", "x-default"}


def test_missing_language_answers_404_listing_the_available_ones(client, archive):
    build_issue(archive, number=463, codes=("en", "ps"))
    response = client.get("/ar/issues/463/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["dir"] == "rtl"
    links = {a["hreflang"]: a["href"] for a in soup.select("ul.available-languages a")}
    assert links == {"en": "/en/issues/463/", "ps": "/ps/issues/463/"}
    # No English issue text in the Arabic frame.
    text = soup.get_text()
    assert "Analysis #463" not in text and "Paragraph" not in text


def test_draft_issue_is_not_public(client, archive):
    build_issue(archive, number=464, publish=False)
    assert client.get("/en/issues/464/").status_code == 404


def test_archive_lists_issues_in_the_language_newest_first(client, archive):
    for number, codes in [(470, ("en",)), (471, ("en", "ps")), (472, ("ps",))]:
        build_issue(archive, number=number, codes=codes, original_language=codes[0])
    soup = soup_of(client.get("/ps/issues/"))
    hrefs = [a["href"] for a in soup.select(".issue-card__title a")]
    assert hrefs == ["/ps/issues/472/", "/ps/issues/471/"]
    soup = soup_of(client.get("/en/issues/"))
    hrefs = [a["href"] for a in soup.select(".issue-card__title a")]
    assert hrefs == ["/en/issues/471/", "/en/issues/470/"]


def test_archive_is_paginated(client, archive):
    for number in range(500, 514):
        build_issue(archive, number=number)
    first = soup_of(client.get("/en/issues/"))
    assert len(first.select(".issue-card")) == 12
    second = soup_of(client.get("/en/issues/?page=2"))
    assert [a["href"] for a in second.select(".issue-card__title a")] == [
        "/en/issues/501/",
        "/en/issues/500/",
    ]
    # A page number that is not a number, or too large, still answers.
    assert client.get("/en/issues/?page=abc").status_code == 200
    assert client.get("/en/issues/?page=999").status_code == 200


def test_archive_pagination_uses_the_languages_digits(client, archive):
    for number in range(500, 514):
        build_issue(archive, number=number, codes=("fa-af",), original_language="fa-af")
    soup = soup_of(client.get("/fa-af/issues/"))
    assert "۱" in soup.select_one(".pagination__current").get_text()
    assert "۵۱۳" in soup.select_one(".issue-card__number").get_text()


def test_home_page_shows_latest_and_recent_issues(client, archive):
    for number in (480, 481, 482):
        build_issue(archive, number=number)
    soup = soup_of(client.get("/en/"))
    featured = soup.select_one(".issue-card--featured a")
    assert featured["href"] == "/en/issues/482/"
    recent = [a["href"] for a in soup.select(".home-recent .issue-card__title a")]
    assert recent == ["/en/issues/481/", "/en/issues/480/"]


def test_permalink_by_number_is_the_issue_url(client, archive):
    issue = build_issue(archive, number=490, codes=("en", "fa-af"))
    assert issue.get_url() in ("/en/issues/490/", "http://localhost/en/issues/490/")
    assert client.get("/fa-af/issues/490/").status_code == 200
    # Without a prefix the reader is sent to their language.
    response = client.get("/issues/490/", headers={"accept-language": "fa-AF"})
    assert response["Location"] == "/fa-af/issues/490/"


def issue_page_queries(client, path: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def test_issue_page_queries_do_not_grow_with_content(client, archive):
    build_issue(archive, number=600, analyses=1, sections=1, references=1, codes=languages.CODES)
    build_issue(archive, number=601, analyses=3, sections=6, references=15, codes=languages.CODES)
    client.get("/en/issues/600/")  # warm the site-root cache, as a running server has it
    small = issue_page_queries(client, "/en/issues/600/")
    large = issue_page_queries(client, "/en/issues/601/")
    assert small == large
    # The issue's row only: the site, its home page and archive, the publication settings and
    # "no page is private" come from the site cache (issues/site_cache.py).
    assert large == 1


def test_ordered_lists_use_the_languages_numbering(client, issue_in_all_languages):
    css = client.get("/fonts.css").content.decode()
    for lang in languages.LANGUAGES:
        block = re.search(rf":root:lang\({lang.code}\) {{([^}}]*)}}", css).group(1)
        assert f"--list-style: {lang.list_style};" in block
