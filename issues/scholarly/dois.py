"""DOIs of issue-languages: the configured pattern, and the DOI of an issue as read."""

from __future__ import annotations

from django.conf import settings

from csrs.languages import Language

RESOLVER = "https://doi.org/"


def dois_enabled() -> bool:
    return bool(settings.DOI_PREFIX.strip())


def format_doi(number: int, language: Language) -> str:
    """``10.5555/csrs.wa.455.ps`` from ``DOI_PREFIX`` and ``DOI_PATTERN``."""
    return settings.DOI_PATTERN.format(
        prefix=settings.DOI_PREFIX.strip(), number=number, language=language.code
    )


def doi_url(doi: str) -> str:
    return f"{RESOLVER}{doi}" if doi else ""


def annotation_name(language: Language) -> str:
    """The attribute ``IssuePageQuerySet.with_doi(language)`` sets on each issue."""
    return f"doi_in_{language.field_suffix}"


def doi_for(issue, language: Language) -> str:
    """The DOI of ``issue`` in ``language``, or "".

    Reader views load the issue with ``IssuePageQuerySet.with_doi`` (no query of its own);
    anything else (previews, commands) reads the record.
    """
    name = annotation_name(language)
    if hasattr(issue, name):
        return getattr(issue, name) or ""
    from issues.models import IssueLanguageRecord

    record = (
        IssueLanguageRecord.objects.filter(number=issue.number, language=language.code)
        .values_list("doi", flat=True)
        .first()
    )
    return record or ""
