"""DOIs: one per issue-language, assigned when that language is first published, never changed;
shown in "Cite this issue", BibTeX and RIS."""

from __future__ import annotations

import rispy
from bs4 import BeautifulSoup

from issues.models import IssueLanguageRecord
from tests.scholarly.conftest import publish_with_unapproved


def dois_of(number: int) -> dict[str, str]:
    return dict(IssueLanguageRecord.objects.filter(number=number).values_list("language", "doi"))


def test_publishing_assigns_one_doi_per_language_from_the_pattern(dois, make_issue):
    make_issue(455, ("en", "ps", "fa-af"))
    assert dois_of(455) == {
        "en": "10.5555/csrs.wa.455.en",
        "ps": "10.5555/csrs.wa.455.ps",
        "fa-af": "10.5555/csrs.wa.455.fa-af",
    }


def test_the_pattern_and_prefix_come_from_settings(dois, make_issue):
    dois.DOI_PREFIX = "10.1234"
    dois.DOI_PATTERN = "{prefix}/weekly-{number}-{language}"
    make_issue(12, ("ar",))
    assert dois_of(12) == {"ar": "10.1234/weekly-12-ar"}


def test_republishing_never_changes_a_doi(dois, make_issue):
    issue = make_issue(455, ("en",))
    record = IssueLanguageRecord.objects.get(number=455, language="en")
    dois.DOI_PATTERN = "{prefix}/other.{number}.{language}"
    issue.title_en = "A corrected title"
    issue.save_revision().publish()
    record.refresh_from_db()
    assert record.doi == "10.5555/csrs.wa.455.en"
    assert IssueLanguageRecord.objects.filter(number=455).count() == 1


def test_a_language_published_later_gets_its_doi_then(dois, make_issue):
    from tests.factories import language_content

    issue = make_issue(455, ("en",))
    assert set(dois_of(455)) == {"en"}
    from tests.factories import publish_with_approvals

    for name, value in language_content("ps", number=455).items():
        setattr(issue, f"{name}_ps", value)
    publish_with_approvals(issue)  # only an approved translation goes live
    assert dois_of(455) == {"en": "10.5555/csrs.wa.455.en", "ps": "10.5555/csrs.wa.455.ps"}


def test_no_prefix_means_no_doi(settings, make_issue):
    settings.DOI_PREFIX = ""
    make_issue(455, ("en",))
    assert dois_of(455) == {"en": ""}


def test_an_unapproved_language_gets_no_doi_until_it_is_readable(dois, archive):
    publish_with_unapproved(archive, 455, "ps")
    assert set(dois_of(455)) == {"en"}


def test_unpublishing_keeps_the_doi(dois, make_issue):
    issue = make_issue(455, ("en",))
    issue.unpublish()
    record = IssueLanguageRecord.objects.get(number=455, language="en")
    assert (record.doi, record.exposed) == ("10.5555/csrs.wa.455.en", False)
    issue.get_latest_revision().publish()
    record.refresh_from_db()
    assert (record.doi, record.exposed) == ("10.5555/csrs.wa.455.en", True)


def test_cite_this_issue_points_at_the_doi(dois, client, make_issue):
    make_issue(455, ("en", "ps"))
    soup = BeautifulSoup(client.get("/ps/issues/455/").content, "html.parser")
    citations = [p.get_text() for p in soup.select(".cite__text")]
    assert len(citations) == 2
    assert all("https://doi.org/10.5555/csrs.wa.455.ps" in text for text in citations)


def test_without_a_doi_the_citation_points_at_the_page(settings, client, make_issue):
    settings.DOI_PREFIX = ""
    make_issue(455, ("en",))
    soup = BeautifulSoup(client.get("/en/issues/455/").content, "html.parser")
    assert all(
        "doi.org" not in p.get_text() and "/en/issues/455/" in p.get_text()
        for p in soup.select(".cite__text")
    )


def test_bibtex_and_ris_carry_the_doi_of_their_language(dois, client, make_issue):
    make_issue(455, ("en", "fa-af"))
    bibtex = client.get("/fa-af/issues/455/cite.bib").content.decode()
    assert "doi = {10.5555/csrs.wa.455.fa-af}" in bibtex
    ris = rispy.loads(client.get("/en/issues/455/cite.ris").content.decode())
    assert ris[0]["doi"] == "10.5555/csrs.wa.455.en"


def test_bibtex_has_no_doi_field_without_one(settings, client, make_issue):
    settings.DOI_PREFIX = ""
    make_issue(455, ("en",))
    assert "doi" not in client.get("/en/issues/455/cite.bib").content.decode()


def test_an_approved_language_of_a_live_issue_gets_its_doi_when_it_goes_live(dois, archive):
    from csrs import languages
    from issues.workflow import actions

    issue = publish_with_unapproved(archive, 455, "ps")
    actions.approve(issue, languages.get_language("ps"))
    assert set(dois_of(455)) == {"en"}  # approved, not yet published: not readable
    issue.get_latest_revision().publish()
    assert dois_of(455) == {"en": "10.5555/csrs.wa.455.en", "ps": "10.5555/csrs.wa.455.ps"}
