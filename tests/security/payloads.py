"""XSS payloads, and an issue that carries them in every translated field of every language.

Plain-text fields (titles, standfirst, headings, quotations, reference fields) get the payloads as
stored text. Rich-text fields get what Wagtail's editor saves: the payload typed as text, and the
payload pasted as HTML, both through Draftail's converter (its whitelist drops anything else).
"""

from __future__ import annotations

import json

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from csrs import languages
from issues.blocks import PARAGRAPH_FEATURES
from issues.workflow import actions
from tests.factories import build_issue

PAYLOADS = (
    '<script>alert("xss-script")</script>',
    "<img src=x onerror=alert('xss-img')>",
    '"><svg/onload=alert("xss-svg")>',
    "'><iframe src=javascript:alert('xss-iframe')></iframe>",
    "</title><script>alert('xss-title')</script>",
    "<a href=\"javascript:alert('xss-link')\">link</a>",
    "<body onload=alert('xss-body')>",
    "<details open ontoggle=alert('xss-details')>",
    '<math><mtext><table><mglyph><style><img src=x onerror=alert("xss-mxss")>',
    "javascript:alert('xss-uri')//",
    "\u202e<script>alert('xss-rlo')</script>",
    "{{ 7|add:7 }}{% now 'Y' %}<!--",
)


def group_payloads(limit: int = 200) -> list[tuple[str, ...]]:
    """The payloads packed into groups that fit a 255-character title with its marker."""
    groups: list[list[str]] = [[]]
    for payload in PAYLOADS:
        if groups[-1] and len(" ".join([*groups[-1], payload])) > limit:
            groups.append([])
        groups[-1].append(payload)
    return [tuple(group) for group in groups]


PAYLOAD_GROUPS = group_payloads()
CONVERTER = ContentstateConverter(features=PARAGRAPH_FEATURES)


def typed(text: str) -> str:
    """Rich text as the editor saves what an editor typed: the text, escaped, in a <p>."""
    block = {
        "key": "xss00",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [],
    }
    return CONVERTER.to_database_format(json.dumps({"blocks": [block], "entityMap": {}}))


def pasted(html: str) -> str:
    """Rich text as the editor re-saves stored HTML it opens: through the whitelist.

    Wagtail's HTML reader refuses some malformed markup outright (an AssertionError: the page
    cannot be edited); such a payload never reaches the database this way, so it adds nothing.
    """
    try:
        contentstate = CONVERTER.from_database_format(html)
    except AssertionError:
        return ""
    return CONVERTER.to_database_format(contentstate)


def linked(text: str, url: str) -> str:
    """Rich text with a link the editor created, whatever URL was typed into the link dialog."""
    block = {
        "key": "xss01",
        "type": "unstyled",
        "depth": 0,
        "text": text,
        "inlineStyleRanges": [],
        "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
    }
    entity = {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}
    return CONVERTER.to_database_format(json.dumps({"blocks": [block], "entityMap": {"0": entity}}))


def rich(marker: str, payloads: tuple[str, ...]) -> str:
    return (
        typed(f"{marker} {' '.join(payloads)}")
        + "".join(pasted(f"<p>{marker} {payload}</p>") for payload in payloads)
        + linked(f"{marker} link", "javascript:alert('xss-rich-link')")
    )


def language_fields(code: str, payloads: tuple[str, ...], raw_paragraph: str | None = None) -> dict:
    """Every translated field of an issue, each starting with a marker naming it."""
    joined = " ".join(payloads)

    def text(field: str) -> str:
        return f"[{field}-{code}] {joined}"

    def rich_text(field: str) -> str:
        return rich(f"[{field}-{code}]", payloads)

    paragraph = raw_paragraph if raw_paragraph is not None else rich_text("paragraph")
    return {
        "title": text("title"),
        "standfirst": text("standfirst"),
        "analyses": [
            {
                "type": "analysis",
                "value": {
                    "title": text("analysis"),
                    "introduction": rich_text("introduction"),
                    "sections": [
                        {
                            "heading": text("heading"),
                            "body": [
                                {
                                    "type": "subheading",
                                    "value": {"number": "<b>1", "text": text("subheading")},
                                },
                                {"type": "paragraph", "value": paragraph},
                                {
                                    "type": "quotation",
                                    "value": {
                                        "quote": text("quote"),
                                        "attribution": text("attribution"),
                                        "role": text("role"),
                                    },
                                },
                                {"type": "numbered_list", "value": [rich_text("item")]},
                                {"type": "bulleted_list", "value": [rich_text("bullet")]},
                            ],
                        }
                    ],
                    "conclusion": rich_text("conclusion"),
                },
            }
        ],
        "recommendations": [{"type": "recommendation", "value": rich_text("recommendation")}],
        "references": [
            {
                "type": "reference",
                "value": {
                    "outlet": text("outlet"),
                    "title": text("reference"),
                    "date": "2026-11-10",
                    "url": 'https://example.org/?q="><script>alert("xss-url")</script>',
                    "note": text("note"),
                },
            }
        ],
    }


MARKERS = (
    "title",
    "standfirst",
    "analysis",
    "introduction",
    "heading",
    "subheading",
    "paragraph",
    "quote",
    "attribution",
    "role",
    "item",
    "bullet",
    "conclusion",
    "recommendation",
    "outlet",
    "reference",
    "note",
)


def build_hostile_issues(archive, first_number: int = 660, raw_paragraph: str | None = None):
    """Published issues, one per payload group, with the payloads in every translated field of
    all four languages."""
    issues = []
    for offset, payloads in enumerate(PAYLOAD_GROUPS):
        issue = build_issue(archive, number=first_number + offset, codes=languages.CODES)
        for language in languages.LANGUAGES:
            fields = language_fields(language.code, payloads, raw_paragraph=raw_paragraph)
            for name, value in fields.items():
                setattr(issue, language.field(name), value)
        revision = issue.save_revision()
        for language in languages.LANGUAGES:  # only approved translations go live
            if language.code != issue.original_language:
                actions.approve(issue, language)
        revision.publish()
        issue.refresh_from_db()
        issues.append(issue)
    return issues
