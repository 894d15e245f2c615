"""Template helpers for finding, citing and sharing issues: metadata, citations, share links."""

from __future__ import annotations

import json

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from csrs import languages
from issues import citation
from issues.scholarly.dois import doi_for

register = template.Library()

# What json_script escapes: inside <script>, "</script>" or "<!--" in a title must stay text.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _language():
    from django.utils import translation

    return languages.get_language(translation.get_language())


def _publication(context):
    from issues.models import PublicationSettings

    return PublicationSettings.for_request(context["request"])


def _permalink(context, issue) -> str:
    request = context["request"]
    return request.build_absolute_uri(issue.get_url(request=request))


def _iso(value) -> str | None:
    return value.isoformat() if value else None


@register.simple_tag(takes_context=True)
def issue_json_ld(context, issue) -> str:
    """A ``<script type="application/ld+json">`` describing ``issue`` as a schema.org Report."""
    language = _language()
    publication = _publication(context)
    publisher = publication.publisher_name or _("Center for Strategic and Regional Studies")
    url = _permalink(context, issue)
    citations = []
    for block in getattr(issue, language.field("references"), None) or []:
        reference = block.value
        work = {"@type": "CreativeWork", "name": reference.get("title") or ""}
        if reference.get("outlet"):
            work["publisher"] = {"@type": "Organization", "name": reference["outlet"]}
        if reference.get("date"):
            work["datePublished"] = _iso(reference["date"])
        if reference.get("url"):
            work["url"] = reference["url"]
        citations.append(work)
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "headline": issue.title,
        "name": issue.title,
        "inLanguage": language.code,
        "url": url,
        "mainEntityOfPage": url,
        "reportNumber": str(issue.number),
        "issueNumber": str(issue.number),
        "datePublished": _iso(issue.first_published_at) or _iso(issue.week_end),
        "dateModified": _iso(issue.last_published_at),
        "temporalCoverage": f"{issue.week_start.isoformat()}/{issue.week_end.isoformat()}",
        "publisher": {"@type": "Organization", "name": publisher},
        "author": {"@type": "Organization", "name": publisher},
        "isPartOf": {
            "@type": "Periodical",
            "name": publication.publication_name or _("Weekly Analysis"),
        },
        "citation": citations,
    }
    if issue.standfirst:
        data["description"] = issue.standfirst
    edition = issue.pdf_edition(language)
    if edition:
        pdf_path, pdf_size = edition
        request = context.get("request")
        data["encoding"] = {
            "@type": "MediaObject",
            "encodingFormat": "application/pdf",
            "contentUrl": request.build_absolute_uri(pdf_path) if request else pdf_path,
            "contentSize": str(pdf_size),
        }
    data = {key: value for key, value in data.items() if value not in (None, "", [])}
    payload = json.dumps(data, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.simple_tag(takes_context=True)
def issue_citations(context, issue) -> dict[str, str]:
    """The Chicago and APA citations of ``issue`` in the reader's language."""
    language = _language()
    publication = _publication(context)
    data = citation.citation_data(
        issue, language, publication, _permalink(context, issue), doi=doi_for(issue, language)
    )
    options = publication.date_options(language)
    return {"chicago": citation.chicago(data, **options), "apa": citation.apa(data, **options)}


@register.simple_tag(takes_context=True)
def share_links(context, issue) -> list[dict[str, str]]:
    """Plain links that share ``issue`` by email and on common apps (no script, no tracker)."""
    url = _permalink(context, issue)
    title = issue.title
    text = f"{title} {url}"
    return [
        {
            "name": _("Email"),
            "href": "mailto:?" + urlencode({"subject": title, "body": url}).replace("+", "%20"),
        },
        {"name": "WhatsApp", "href": "https://wa.me/?" + urlencode({"text": text})},
        {
            "name": "X",
            "href": "https://x.com/intent/post?" + urlencode({"text": title, "url": url}),
        },
        {
            "name": "Facebook",
            "href": "https://www.facebook.com/sharer/sharer.php?" + urlencode({"u": url}),
        },
        {
            "name": "Telegram",
            "href": "https://t.me/share/url?" + urlencode({"url": url, "text": title}),
        },
    ]


@register.simple_tag(takes_context=True)
def scholar_meta(context, issue) -> str:
    """Google Scholar's ``citation_*`` meta tags of ``issue`` in the reader's language."""
    from issues.scholarly.highwire import scholar_tags

    tags = scholar_tags(issue, _language(), _publication(context), context["request"])
    return format_html_join("\n  ", '<meta name="{}" content="{}">', tags)
