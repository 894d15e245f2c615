"""Metadata, cite this issue (Chicago, APA, BibTeX, RIS) and share links."""

import json

import bibtexparser
import pytest
import rispy
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def test_issue_page_has_canonical_opengraph_twitter_and_json_ld(client, make_issue):
    make_issue(455, ("en", "ar"), titles={"ar": "الممر التجاري"})
    soup = soup_of(client.get("/ar/issues/455/"))
    assert soup.select_one("link[rel=canonical]")["href"] == "http://testserver/ar/issues/455/"
    og = {m["property"]: m["content"] for m in soup.select("meta[property]")}
    assert og["og:title"] == "الممر التجاري"
    assert og["og:url"] == "http://testserver/ar/issues/455/"
    # The issue's own share card in the page's language (tests/reading/test_share_cards.py).
    assert og["og:image"] == "http://testserver/ar/issues/455/card.png"
    assert soup.select_one("meta[name='twitter:card']")["content"] == "summary_large_image"
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert data["@type"] == "Report"
    assert data["headline"] == "الممر التجاري" and data["inLanguage"] == "ar"
    assert data["issueNumber"] == "455" and data["datePublished"]
    assert data["publisher"]["name"]
    assert [c["url"] for c in data["citation"]] == [
        "https://example.org/source-1",
        "https://example.org/source-2",
    ]


def test_json_ld_cannot_close_its_script_element(client, make_issue):
    make_issue(1, ("en",), titles={"en": "</script><script>alert(1)</script>"})
    html = client.get("/en/issues/1/").content.decode()
    assert "<script>alert(1)" not in html
    soup = BeautifulSoup(html, "html.parser")
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert data["headline"] == "</script><script>alert(1)</script>"


def test_citations_are_in_the_readers_language_digits_and_calendar(client, make_issue):
    make_issue(455, ("en", "fa-af"), titles={"fa-af": "راه‌آهن ترانس‌افغان"})
    soup = soup_of(client.get("/fa-af/issues/455/"))
    chicago, apa = [p.get_text() for p in soup.select(".cite__text")]
    assert "«راه‌آهن ترانس‌افغان.»" in chicago and "شماره ۴۵۵" in chicago
    assert "no." not in chicago and "455" not in chicago.split("http")[0]
    assert "http://testserver/fa-af/issues/455/" in chicago
    assert apa.index("(") < apa.index("راه‌آهن")  # author, (date), title
    english = soup_of(client.get("/en/issues/455/")).select(".cite__text")[0].get_text()
    assert ", no. 455 (" in english and "\u201c" in english


def test_bibtex_download_parses_and_names_the_issue(client, make_issue):
    make_issue(455, ("ps",), titles={"ps": "سوداګري & ترانزیت {50%}"})
    response = client.get("/ps/issues/455/cite.bib")
    assert response["Content-Type"].startswith("application/x-bibtex")
    assert 'filename="csrs-weekly-analysis-455-ps.bib"' in response["Content-Disposition"]
    entry = bibtexparser.loads(response.content.decode()).entries[0]
    assert entry["ENTRYTYPE"] == "techreport" and entry["ID"] == "csrs-weekly-analysis-455-ps"
    assert entry["title"] == r"سوداګري \& ترانزیت \textbraceleft{}50\%\textbraceright{}"
    assert entry["number"] == "455" and entry["url"] == "http://testserver/ps/issues/455/"


def test_ris_download_parses(client, make_issue):
    make_issue(455, ("ar",), titles={"ar": "الممر التجاري"})
    response = client.get("/ar/issues/455/cite.ris")
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    (record,) = rispy.loads(response.content.decode())
    assert record["type_of_reference"] == "RPRT"
    assert record["title"] == "الممر التجاري" and record["number"] == "455"
    assert record["urls"] == ["http://testserver/ar/issues/455/"]
    assert record["language"] == "ar"


@pytest.mark.parametrize(
    "path",
    [
        "/ps/issues/455/cite.bib",  # not available in Pashto
        "/en/issues/999/cite.ris",  # no such issue
        "/en/issues/456/cite.bib",  # not live
        "/en/issues/455/cite.docx",  # unknown format
    ],
)
def test_citation_downloads_answer_404_where_there_is_nothing_to_cite(client, make_issue, path):
    make_issue(455, ("en",))
    make_issue(456, ("en",), publish=False)
    assert client.get(path).status_code == 404


def test_share_links_are_plain_links_without_scripts(client, make_issue):
    make_issue(455, ("en",))
    soup = soup_of(client.get("/en/issues/455/"))
    links = {a.get_text(strip=True): a["href"] for a in soup.select(".share__links a")}
    assert set(links) == {"Email", "WhatsApp", "X", "Facebook", "Telegram"}
    assert links["Email"].startswith("mailto:?subject=")
    encoded = "http%3A%2F%2Ftestserver%2Fen%2Fissues%2F455%2F"
    assert all(encoded in href for href in links.values())
    # No share script: the one script file on the page is the newsletter form's own.
    assert [s["src"] for s in soup.select("script") if s.get("src")] == [
        "/static/js/newsletter-subscribe.js"
    ]


def test_issue_page_query_count_is_unchanged_by_metadata_and_citations(client, make_issue):
    make_issue(455, ("en",))
    client.get("/en/issues/455/")
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/issues/455/")
    assert len(queries) <= 7
