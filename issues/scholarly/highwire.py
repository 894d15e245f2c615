"""Google Scholar's (Highwire Press) ``citation_*`` meta tags of an issue in one language."""

from __future__ import annotations

from django.utils.translation import gettext as _

from csrs.languages import Language
from issues.scholarly.dois import doi_for
from issues.scholarly.links import issue_url, pdf_url


def scholar_tags(issue, language: Language, publication_settings, request) -> list[tuple]:
    """(name, content) pairs, in the order Google Scholar's inclusion guidelines list them.

    The author is the institution (issues have no personal authors); the PDF and the DOI only
    when that language has them.
    """
    publisher = publication_settings.publisher_name or _(
        "Center for Strategic and Regional Studies"
    )
    tags = [
        ("citation_title", (getattr(issue, language.field("title"), "") or issue.title).strip()),
        ("citation_author", publisher),
        ("citation_publication_date", f"{issue.week_end:%Y/%m/%d}"),
        (
            "citation_journal_title",
            publication_settings.publication_name or _("Weekly Analysis"),
        ),
        ("citation_publisher", publisher),
        ("citation_technical_report_institution", publisher),
        ("citation_technical_report_number", str(issue.number)),
        ("citation_issue", str(issue.number)),
        ("citation_language", language.code),
        ("citation_abstract_html_url", issue_url(issue, language, request)),
    ]
    pdf = pdf_url(issue, language, request)
    if pdf:
        tags.append(("citation_pdf_url", pdf))
    doi = doi_for(issue, language)
    if doi:
        tags.append(("citation_doi", doi))
    return tags
