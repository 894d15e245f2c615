"""Google Scholar (Highwire Press) tags on every issue page, in the page's language."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from csrs import languages
from issues.models import IssuePDF


def scholar_tags(client, path: str) -> dict[str, list[str]]:
    response = client.get(path)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    tags: dict[str, list[str]] = {}
    for meta in soup.select('meta[name^="citation_"]'):
        tags.setdefault(meta["name"], []).append(meta["content"])
    return tags


@pytest.mark.parametrize("code", languages.CODES)
def test_each_language_has_its_own_tags(dois, client, make_issue, code):
    issue = make_issue(455, languages.CODES)
    tags = scholar_tags(client, f"/{code}/issues/455/")
    language = languages.get_language(code)
    assert tags["citation_title"] == [getattr(issue, language.field("title"))]
    assert tags["citation_language"] == [code]
    assert tags["citation_issue"] == ["455"]
    assert tags["citation_publication_date"] == [f"{issue.week_end:%Y/%m/%d}"]
    with translation.override(code):  # the defaults, in the page's language
        assert tags["citation_journal_title"] == [gettext("Weekly Analysis")]
        author = gettext("Center for Strategic and Regional Studies")
    assert tags["citation_author"] == [author]
    assert tags["citation_abstract_html_url"] == [f"http://testserver/{code}/issues/455/"]
    assert tags["citation_doi"] == [f"10.5555/csrs.wa.455.{code}"]


def test_the_author_and_series_come_from_publication_settings(client, make_issue):
    from wagtail.models import Site

    from issues.models import PublicationSettings

    publication = PublicationSettings.for_site(Site.objects.get())
    publication.publisher_name_en = "CSRS Kabul"
    publication.publication_name_en = "Weekly Analysis Series"
    publication.save()
    make_issue(455, ("en",))
    tags = scholar_tags(client, "/en/issues/455/")
    assert tags["citation_author"] == ["CSRS Kabul"]
    assert tags["citation_journal_title"] == ["Weekly Analysis Series"]


def test_pdf_url_only_for_the_language_whose_pdf_exists(client, make_issue):
    issue = make_issue(455, ("en", "ps"))
    IssuePDF.objects.create(
        issue=issue, language="ps", file="pdfs/csrs-weekly-analysis-455-ps.pdf", size=1234
    )
    assert scholar_tags(client, "/ps/issues/455/")["citation_pdf_url"] == [
        "http://testserver/ps/issues/455/pdf/"
    ]
    assert "citation_pdf_url" not in scholar_tags(client, "/en/issues/455/")


def test_no_doi_tag_before_a_doi_exists(settings, client, make_issue):
    settings.DOI_PREFIX = ""
    make_issue(455, ("en",))
    tags = scholar_tags(client, "/en/issues/455/")
    assert "citation_doi" not in tags
    assert tags["citation_title"]


def test_a_warm_issue_page_still_reads_only_its_own_row(dois, client, make_issue):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_issue(455, ("en",))
    client.get("/en/issues/455/")
    with CaptureQueriesContext(connection) as queries:
        tags = scholar_tags(client, "/en/issues/455/")
    assert tags["citation_doi"] == ["10.5555/csrs.wa.455.en"]
    assert len(queries) == 1
