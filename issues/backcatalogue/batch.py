"""Import many files, one at a time, each in its own transaction: a bad file never stops a batch."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from issues.backcatalogue.apply import ApplyResult, ImportApplyError, apply_parsed
from issues.backcatalogue.messages import error_text, parse_error_text
from issues.backcatalogue.summary import Counts, counts, parsed_as_data, warning_data
from issues.importers import ImportFileError, ParsedIssue, parse_file

#: What a folder given to the command is searched for.
IMPORTABLE_SUFFIXES = (".pdf", ".docx", ".txt")


@dataclass
class FileOutcome:
    """One file's row in the summary: what was found, what was done, or why it failed."""

    path: str
    result: str  # "created", "updated", "unchanged", "parsed" (dry run) or "failed"
    parsed: ParsedIssue | None = None
    applied: ApplyResult | None = None
    error: str = ""
    error_code: str = ""
    counts: Counts = field(default_factory=Counts)

    @property
    def failed(self) -> bool:
        return self.result == "failed"

    def as_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"file": self.path, "result": self.result}
        if self.error:
            data["error"] = {"code": self.error_code, "message": self.error}
        if self.parsed is not None:
            data["issue"] = parsed_as_data(self.parsed)
        if self.applied is not None:
            data["page_id"] = self.applied.page.pk
            data["published"] = self.applied.published
            data["apply_warnings"] = [warning_data(w) for w in self.applied.warnings]
        return data


def collect_files(paths: list[str]) -> list[Path]:
    """The files to import: each path given, and a folder's importable files (sorted, recursive)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in IMPORTABLE_SUFFIXES
                )
            )
        else:
            files.append(path)  # a missing file is reported as a failure, not skipped
    return files


def import_one(
    path: Path,
    *,
    language: str | None = None,
    dry_run: bool = False,
    publish: bool = False,
    user=None,
) -> FileOutcome:
    """Parse one file and (unless ``dry_run``) apply it; every failure becomes an outcome."""
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return FileOutcome(
            name,
            "failed",
            error=error_text("unreadable", {"filename": name}, fallback=f"{name}: {error.strerror}")
            + f" ({error.strerror})",
            error_code="unreadable",
        )
    try:
        parsed = parse_file(data, path.name, language)
    except ImportFileError as error:
        return FileOutcome(name, "failed", error=parse_error_text(error), error_code=error.code)
    outcome = FileOutcome(name, "parsed", parsed=parsed, counts=counts(parsed))
    if dry_run:
        return outcome
    try:
        applied = apply_parsed(parsed, user=user, publish=publish)
    except ImportApplyError as error:
        outcome.result = "failed"
        outcome.error = error_text(error.code, error.params, fallback=str(error))
        outcome.error_code = error.code
        return outcome
    outcome.applied = applied
    outcome.result = applied.action
    outcome.counts = counts(parsed, applied.warnings)
    return outcome
