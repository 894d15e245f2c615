"""A :class:`ParsedIssue` as the plain data Wagtail StreamFields take (``{"type", "value"}``)."""

from __future__ import annotations

import html
from typing import Any

from issues.importers.structure import InlineHTML, ParsedIssue, ParsedSection


def paragraphs_html(paragraphs: list[str]) -> str:
    """``<p>…</p>`` per paragraph, text HTML-escaped (:class:`InlineHTML` kept as markup)."""
    return "".join(
        f"<p>{p if isinstance(p, InlineHTML) else html.escape(p, quote=False)}</p>"
        for p in paragraphs
        if p.strip()
    )


def _section(section: ParsedSection) -> dict[str, Any]:
    body: list[dict[str, Any]] = []
    for kind, value in section.blocks:
        if kind == "paragraph":
            body.append({"type": "paragraph", "value": paragraphs_html([value])})
        elif kind == "subheading":
            body.append(
                {
                    "type": "subheading",
                    "value": {"number": value.get("number", ""), "text": value["text"]},
                }
            )
        elif kind == "quotation":
            body.append(
                {
                    "type": "quotation",
                    "value": {"quote": value["quote"], "attribution": value["attribution"]},
                }
            )
        else:  # a list: each item is text, like a paragraph (never markup)
            body.append({"type": kind, "value": [paragraphs_html([item]) for item in value]})
    return {"heading": section.heading, "body": body}


def to_stream_data(parsed: ParsedIssue) -> dict[str, Any]:
    """The issue's analyses, recommendations and references as StreamField data, plus the
    ``unplaced`` lines. Rich-text values (introductions, paragraphs, list items, conclusions,
    recommendations) are ``<p>`` markup with escaped text; other values are plain strings; dates
    are ISO strings or None. The Django side sanitises them again before storing
    (``issues.backcatalogue.apply``)."""
    return {
        "analyses": [
            {
                "type": "analysis",
                "value": {
                    "title": a.title,
                    "introduction": paragraphs_html(a.introduction),
                    "sections": [_section(s) for s in a.sections],
                    "conclusion": paragraphs_html(a.conclusion),
                },
            }
            for a in parsed.analyses
        ],
        "recommendations": [
            {"type": "recommendation", "value": paragraphs_html([r])}
            for r in parsed.recommendations
        ],
        "references": [
            {
                "type": "reference",
                "value": {
                    "outlet": r.outlet,
                    "title": r.title,
                    "date": r.date.isoformat() if r.date else None,
                    "url": r.url,
                    "note": r.note,
                },
            }
            for r in parsed.references
        ],
        "unplaced": list(parsed.unplaced),
    }
