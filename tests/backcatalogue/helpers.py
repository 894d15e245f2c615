"""Shared helpers for the back-catalogue tests: fixture files, the seed, database snapshots."""

from __future__ import annotations

import os
from pathlib import Path

from wagtail.models import Page, Revision

from issues.importers import ParsedIssue, parse_file
from issues.models import IssuePage
from tests.importers.helpers import FIXTURES

REPO = Path(__file__).resolve().parents[2]


def seeds_folder() -> Path | None:
    """``$CSRS_SEEDS``, else ``shared/seeds`` beside the repository (a CI clone has
    ``../shared``); None when absent."""
    candidates = [os.environ.get("CSRS_SEEDS", ""), REPO.parent / "shared" / "seeds"]
    for candidate in candidates:
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


def fixture_path(name: str) -> Path:
    return FIXTURES / name


def parsed_fixture(name: str, language: str | None = None) -> ParsedIssue:
    return parse_file(fixture_path(name).read_bytes(), name, language)


def renumbered(name: str, old: str, new: str) -> bytes:
    """A fixture with its issue number replaced (the same issue in another language)."""
    return fixture_path(name).read_text(encoding="utf-8").replace(old, new).encode("utf-8")


def snapshot() -> dict[str, object]:
    """Counts and every issue's stored values: "the database is exactly as before" checks."""
    issues = {}
    for page in IssuePage.objects.order_by("pk"):
        issues[page.pk] = {
            f.attname: f.value_to_string(page) for f in IssuePage._meta.concrete_fields
        }
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "revision_contents": list(Revision.objects.order_by("pk").values_list("pk", "content")),
        "issues": issues,
    }
