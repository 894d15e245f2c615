"""The PDF edition is offered where readers and machines look for it: feeds and JSON-LD."""

import json
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup

from issues.models import IssuePDF

pytestmark = pytest.mark.django_db


def test_feed_item_encloses_the_pdf_of_its_language(client, publish_issue):
    issue = publish_issue(455, ("en", "ps"))
    stored = IssuePDF.objects.get(issue=issue, language="ps")
    rss = ET.fromstring(client.get("/ps/feeds/rss/").content)
    enclosure = rss.find("./channel/item/enclosure")
    assert enclosure.get("url") == "http://testserver/ps/issues/455/pdf/"
    assert enclosure.get("length") == str(stored.size)
    assert enclosure.get("type") == "application/pdf"


def test_feed_item_without_a_pdf_has_no_enclosure(client, archive):
    from tests.factories import build_issue

    build_issue(archive, number=456)  # published without running the PDF build
    rss = ET.fromstring(client.get("/en/feeds/rss/").content)
    assert rss.find("./channel/item/enclosure") is None


def test_json_ld_names_the_pdf(client, publish_issue):
    issue = publish_issue(457, ("ar",))
    stored = IssuePDF.objects.get(issue=issue, language="ar")
    soup = BeautifulSoup(client.get("/ar/issues/457/").content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["encoding"] == {
        "@type": "MediaObject",
        "encodingFormat": "application/pdf",
        "contentUrl": "http://testserver/ar/issues/457/pdf/",
        "contentSize": str(stored.size),
    }
