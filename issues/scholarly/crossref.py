"""The Crossref deposit of an issue's DOIs: one ``report-paper`` per language (schema 5.3.1).

Each readable language with a DOI is deposited with its title, the publisher as corporate
author, the publication date (the last day of the issue's week), the report number, the page
and PDF addresses, and its relation to the other language versions: the original language
``hasTranslation`` each translation, each translation ``isTranslationOf`` the original.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone, translation
from lxml import etree

from csrs import languages
from csrs.languages import Language
from issues.scholarly.links import issue_url, pdf_url

SCHEMA_VERSION = "5.3.1"
NS = f"http://www.crossref.org/schema/{SCHEMA_VERSION}"
REL_NS = "http://www.crossref.org/relations.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{NS} https://www.crossref.org/schemas/crossref{SCHEMA_VERSION}.xsd"


class NothingToDeposit(ValueError):
    """The issue has no readable language with a DOI."""


@dataclass(frozen=True)
class DepositedVersion:
    language: Language
    doi: str
    title: str
    url: str
    pdf_url: str


def deposit_versions(issue) -> list[DepositedVersion]:
    """The issue's languages that readers may see and that have a DOI, in the site's order."""
    from issues.models import IssueLanguageRecord, IssuePage

    dois = dict(
        IssueLanguageRecord.objects.filter(number=issue.number, exposed=True)
        .exclude(doi="")
        .values_list("language", "doi")
    )
    root_url = issue.get_site().root_url
    versions = []
    for lang in languages.LANGUAGES:
        if lang.code not in dois:
            continue
        if not IssuePage.objects.readable(lang).filter(pk=issue.pk).exists():
            continue
        title = (getattr(issue, lang.field("title"), "") or "").strip()
        versions.append(
            DepositedVersion(
                lang,
                dois[lang.code],
                title,
                issue_url(issue, lang),
                pdf_url(issue, lang, root_url=root_url),
            )
        )
    return versions


def batch_id(issues, now=None) -> str:
    now = now or timezone.now()
    numbers = "-".join(str(issue.number) for issue in issues[:3])
    more = f"-and-{len(issues) - 3}-more" if len(issues) > 3 else ""
    return f"csrs-wa-{numbers}{more}-{now:%Y%m%d%H%M%S%f}"


def _sub(parent, tag: str, text: str | None = None, ns: str = NS, **attrs):
    element = etree.SubElement(parent, f"{{{ns}}}{tag}", **attrs)
    if text is not None:
        element.text = text
    return element


def deposit_xml(issues, publication_settings, *, now=None, batch: str | None = None) -> bytes:
    """The ``doi_batch`` document for ``issues`` (raises :class:`NothingToDeposit`)."""
    issues = list(issues)
    found = [(issue, deposit_versions(issue)) for issue in issues]
    found = [(issue, versions) for issue, versions in found if versions]
    if not found:
        numbers = ", ".join(str(issue.number) for issue in issues) or "-"
        raise NothingToDeposit(f"No readable language with a DOI in issue(s) {numbers}")
    now = now or timezone.now()
    root = etree.Element(
        f"{{{NS}}}doi_batch",
        nsmap={None: NS, "rel": REL_NS, "xsi": XSI_NS},
        version=SCHEMA_VERSION,
    )
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    head = _sub(root, "head")
    _sub(head, "doi_batch_id", batch or batch_id(issues, now))
    _sub(head, "timestamp", f"{now:%Y%m%d%H%M%S}")
    depositor = _sub(head, "depositor")
    _sub(depositor, "depositor_name", settings.CROSSREF_DEPOSITOR_NAME)
    _sub(depositor, "email_address", settings.CROSSREF_DEPOSITOR_EMAIL or settings.OAI_ADMIN_EMAIL)
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        registrant = publication_settings.publisher_name or "CSRS"
    _sub(head, "registrant", registrant)
    body = _sub(root, "body")
    for issue, versions in found:
        original = next((v for v in versions if v.language.code == issue.original_language), None)
        for version in versions:
            _report_paper(body, issue, version, versions, original, publication_settings)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _report_paper(body, issue, version, versions, original, publication_settings):
    with translation.override(version.language.code):
        publisher = (
            publication_settings.publisher_name or "Center for Strategic and Regional Studies"
        )
    paper = _sub(body, "report-paper")
    metadata = _sub(paper, "report-paper_metadata", language=version.language.code.split("-")[0])
    contributors = _sub(metadata, "contributors")
    _sub(contributors, "organization", publisher, sequence="first", contributor_role="author")
    titles = _sub(metadata, "titles")
    _sub(titles, "title", version.title)
    date = _sub(metadata, "publication_date", media_type="online")
    _sub(date, "month", f"{issue.week_end.month:02d}")
    _sub(date, "day", f"{issue.week_end.day:02d}")
    _sub(date, "year", f"{issue.week_end.year:04d}")
    publisher_element = _sub(metadata, "publisher")
    _sub(publisher_element, "publisher_name", publisher)
    institution = _sub(metadata, "institution")
    _sub(institution, "institution_name", publisher)
    item = _sub(metadata, "publisher_item")
    _sub(item, "item_number", str(issue.number), item_number_type="report-number")
    _relations(metadata, version, versions, original)
    doi_data = _sub(metadata, "doi_data")
    _sub(doi_data, "doi", version.doi)
    _sub(doi_data, "resource", version.url)
    if version.pdf_url:
        collection = _sub(doi_data, "collection", property="text-mining")
        pdf_item = _sub(collection, "item")
        _sub(pdf_item, "resource", version.pdf_url, mime_type="application/pdf")


def _relations(metadata, version, versions, original) -> None:
    if original is None:
        return
    if version is original:
        related = [(v.doi, "hasTranslation") for v in versions if v is not original]
    else:
        related = [(original.doi, "isTranslationOf")]
    if not related:
        return
    program = _sub(metadata, "program", ns=REL_NS)
    for doi, relationship in related:
        item = _sub(program, "related_item", ns=REL_NS)
        _sub(
            item,
            "intra_work_relation",
            doi,
            ns=REL_NS,
            **{"relationship-type": relationship, "identifier-type": "doi"},
        )
