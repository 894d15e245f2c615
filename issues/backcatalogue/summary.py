"""A parsed issue as plain data: the ``--json`` output and the admin preview read the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from issues.backcatalogue.messages import warning_text
from issues.importers import ParsedIssue
from issues.importers.structure import ParseWarning


@dataclass
class Counts:
    """The numbers the summary table and the preview show for one issue."""

    analyses: int = 0
    sections: int = 0
    recommendations: int = 0
    references: int = 0
    warnings: int = 0
    unplaced: int = 0


def counts(parsed: ParsedIssue, extra_warnings: list[ParseWarning] | None = None) -> Counts:
    """Counts of ``parsed``'s parts; ``warnings`` counts only real warnings (not "info")."""
    warnings = [*parsed.warnings, *(extra_warnings or [])]
    return Counts(
        analyses=len(parsed.analyses),
        sections=sum(len(a.sections) for a in parsed.analyses),
        recommendations=len(parsed.recommendations),
        references=len(parsed.references),
        warnings=sum(1 for w in warnings if w.level == "warning"),
        unplaced=len(parsed.unplaced),
    )


def warning_data(warning: ParseWarning) -> dict[str, Any]:
    """A warning as JSON data, with its text in the active language beside the English one."""
    data = warning.as_dict()
    data["text"] = warning_text(warning.code, warning.params, fallback=warning.message)
    return data


def _block_data(kind: str, value: Any) -> dict[str, Any]:
    return {"type": kind, "value": value}


def parsed_as_data(parsed: ParsedIssue) -> dict[str, Any]:
    """The parsed structure as JSON-friendly data (dates as ISO strings)."""
    c = counts(parsed)
    return {
        "source": parsed.source_name,
        "number": parsed.number,
        "language": parsed.language,
        "week_start": parsed.week_start.isoformat() if parsed.week_start else None,
        "week_end": parsed.week_end.isoformat() if parsed.week_end else None,
        "titles": list(parsed.titles),
        "analyses": [
            {
                "title": a.title,
                "introduction": list(a.introduction),
                "sections": [
                    {
                        "heading": s.heading,
                        "blocks": [_block_data(kind, value) for kind, value in s.blocks],
                    }
                    for s in a.sections
                ],
                "conclusion": list(a.conclusion),
            }
            for a in parsed.analyses
        ],
        "recommendations": list(parsed.recommendations),
        "references": [
            {
                "outlet": r.outlet,
                "title": r.title,
                "date": r.date.isoformat() if r.date else None,
                "url": r.url,
                "note": r.note,
            }
            for r in parsed.references
        ],
        "unplaced": list(parsed.unplaced),
        "warnings": [warning_data(w) for w in parsed.warnings],
        "counts": c.__dict__,
    }
