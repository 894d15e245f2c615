"""RSS, Atom and the sitemap, read with a real XML parser."""

import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

import pytest
from bs4 import BeautifulSoup

from issues.models import IssuePage

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_rss_lists_the_issues_of_its_language_with_full_standfirst(client, make_issue):
    make_issue(1, ("en", "ps"), standfirsts={"ps": "د اوبو په اړه بشپړه لنډیز"})
    make_issue(2, ("en",))
    response = client.get("/ps/feeds/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "ps"
    items = channel.findall("item")
    assert [item.findtext("link") for item in items] == ["http://testserver/ps/issues/1/"]
    assert items[0].findtext("description") == "د اوبو په اړه بشپړه لنډیز"
    assert items[0].findtext("title") == "شننه #1"
    parsedate_to_datetime(items[0].findtext("pubDate"))  # RFC 822, machine-readable
    assert items[0].find("enclosure") is None  # no PDF edition: the item links to the page


def test_atom_feed_is_valid_atom_in_each_language(client, make_issue):
    make_issue(3, ("ar",))
    feed = ET.fromstring(client.get("/ar/feeds/atom/").content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    entry = feed.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}link").get("href") == "http://testserver/ar/issues/3/"
    assert entry.findtext(f"{ATOM}updated")
    assert ET.fromstring(client.get("/en/feeds/atom/").content).find(f"{ATOM}entry") is None


def test_feed_offers_the_pdf_edition_when_an_issue_has_one(client, make_issue, monkeypatch):
    make_issue(4, ("en",))

    def pdf_edition(self, language):
        return (f"https://cdn.example.org/{self.number}-{language.code}.pdf", 123456)

    monkeypatch.setattr(IssuePage, "pdf_edition", pdf_edition, raising=False)
    item = ET.fromstring(client.get("/en/feeds/rss/").content).find("channel/item")
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == "https://cdn.example.org/4-en.pdf"
    assert enclosure.get("length") == "123456" and enclosure.get("type") == "application/pdf"


def test_every_page_links_its_languages_feeds(client, make_issue):
    make_issue(5, ("fa-af",))
    for path in ("/fa-af/", "/fa-af/issues/", "/fa-af/issues/5/", "/fa-af/search/?q=x"):
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        links = soup.select("head link[rel=alternate][type]")
        feeds = {link["type"]: link["href"] for link in links}
        assert feeds == {
            "application/rss+xml": "/fa-af/feeds/rss/",
            "application/atom+xml": "/fa-af/feeds/atom/",
        }, path


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    entries = {}
    for url in root.findall(f"{SITEMAP}url"):
        alternates = {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        entries[url.findtext(f"{SITEMAP}loc")] = alternates
    return entries


def test_sitemap_lists_each_issue_only_in_its_languages_with_reciprocal_alternates(
    client, make_issue
):
    make_issue(455, ("en", "ps", "fa-af", "ar"))
    make_issue(456, ("ps", "fa-af"))
    make_issue(457, ("en",), publish=False)
    entries = sitemap_entries(client)
    issue_urls = sorted(loc for loc in entries if "/issues/4" in loc)
    assert issue_urls == sorted(
        [f"http://testserver/{code}/issues/455/" for code in ("en", "ps", "fa-af", "ar")]
        + ["http://testserver/ps/issues/456/", "http://testserver/fa-af/issues/456/"]
    )
    assert set(entries["http://testserver/ps/issues/456/"]) == {"ps", "fa-af"}  # no x-default
    assert (
        entries["http://testserver/en/issues/455/"]["x-default"] == "http://testserver/issues/455/"
    )
    # Reciprocity: every alternate of a URL lists that URL back, under the same language.
    for loc, alternates in entries.items():
        own = [code for code, href in alternates.items() if href == loc and code != "x-default"]
        assert len(own) == 1, loc
        for code, href in alternates.items():
            if code == "x-default":
                continue
            assert href in entries, href
            assert entries[href][own[0]] == loc
    assert "http://testserver/ar/" in entries and "http://testserver/ar/issues/" in entries


def test_robots_txt_points_at_the_sitemap_and_keeps_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
