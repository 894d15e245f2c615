"""Absolute addresses of an issue in a language: its page and its PDF edition."""

from __future__ import annotations

from django.utils import translation

from csrs.languages import Language


def issue_url(issue, language: Language, request=None) -> str:
    """The permalink ``…/<lang>/issues/<number>/`` as an absolute URL."""
    with translation.override(language.code):
        if request is not None:
            return request.build_absolute_uri(issue.get_url(request=request))
        return issue.get_full_url()


def pdf_url(issue, language: Language, request=None, root_url: str = "") -> str:
    """The absolute URL of the issue's stored PDF in ``language``, or "" when there is none."""
    from issues.pdf.links import pdf_link

    link = pdf_link(issue, language)
    if link is None:
        return ""
    if request is not None:
        return request.build_absolute_uri(link.url)
    root = root_url or issue.get_site().root_url
    return root.rstrip("/") + link.url
