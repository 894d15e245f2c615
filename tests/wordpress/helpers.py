"""Shared helpers of the WordPress import tests: the synthetic exports and a run wrapper."""

from __future__ import annotations

from pathlib import Path

from issues.importers.wordpress.run import ImportOptions, ImportReport, import_exports

FIXTURES = Path(__file__).parent / "fixtures"
TOPICS = {"water": "water", "economy": "economy", "water-ar": "water", "border-trade": "trade"}


def export(name: str) -> Path:
    return FIXTURES / f"{name}.xml"


def run_import(name: str | Path, language: str, **options) -> ImportReport:
    path = name if isinstance(name, Path) else export(name)
    options.setdefault("topic_map", dict(TOPICS))
    return import_exports([path], ImportOptions(language=language, **options))


def outcomes(report: ImportReport) -> dict[int, tuple[str, str]]:
    return {p.post_id: (p.outcome, p.reason) for p in report.posts}
