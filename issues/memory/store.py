"""The translation memory: built from approved translations, piece by piece.

A piece is a unit of the XLIFF export (issues/translations/units.py): a title, a paragraph, a
heading, a list item. When a language of an issue is approved (``actions.transition`` or
``actions.approve``, which back-catalogue imports and the demo loader use too), its pieces
replace that issue's earlier entries for the language, so the memory follows the approved
text. Identical text in two issues is one entry (the latest approval wins its provenance).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from csrs.languages import Language
from issues.search.normalise import normalise
from issues.translations import markup

_SPACES = re.compile(r"\s+")


def text_key(text: str) -> str:
    """``text`` as the memory compares it: search's normal form, whitespace collapsed."""
    return _SPACES.sub(" ", normalise(text)).strip()


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@dataclass
class Pair:
    """The plain text and the coded text (``{1}…{/1}``) of one side of a piece."""

    text: str
    coded: str


def piece_source(unit) -> Pair:
    segment = unit.source_segment
    return Pair(markup.segment_text(segment).strip(), markup.to_po(segment))


def piece_target(unit) -> Pair:
    segment = unit.target_segment
    return Pair(markup.segment_text(segment).strip(), markup.to_po(segment))


def entry_values(
    source_language: str,
    target_language: str,
    source: Pair,
    target: Pair,
    **extra,
) -> dict:
    """The fields of a :class:`MemoryEntry` for a source and its translation."""
    key = text_key(source.text)
    return {
        "source_language": source_language,
        "target_language": target_language,
        "source_text": source.text,
        "source_key": key,
        "key_hash": digest(key),
        "source_markup": source.coded,
        "target_text": target.text,
        "target_markup": target.coded,
        "target_hash": digest(target.coded or target.text),
        **extra,
    }


def save_entries(rows: list[dict]) -> int:
    """Insert entries; an existing identical translation takes the new provenance."""
    from issues.models import MemoryEntry

    if not rows:
        return 0
    unique: dict[tuple, dict] = {}
    for row in rows:
        key = (row["source_language"], row["target_language"], row["key_hash"], row["target_hash"])
        unique[key] = row
    MemoryEntry.objects.bulk_create(
        [MemoryEntry(**row) for row in unique.values()],
        update_conflicts=True,
        unique_fields=["source_language", "target_language", "key_hash", "target_hash"],
        update_fields=["issue", "unit_id", "origin", "approved_by", "approved_at"],
        batch_size=2000,
    )
    return len(unique)


def record_approved(issue, language: Language, user=None) -> int:
    """Put ``language``'s approved pieces of ``issue`` into the memory (its latest text).

    Pieces left untranslated or identical to the source are not translations and are skipped.
    Returns the number of entries written.
    """
    from issues.models import MemoryEntry
    from issues.translations import units
    from issues.workflow import actions

    source = actions.source_language(actions.latest_content(issue))
    if source.code == language.code:
        return 0
    now = timezone.now()
    rows = []
    approver = user if user is not None and getattr(user, "is_authenticated", False) else None
    for unit in units.issue_units(issue, source, language):
        if not unit.target_value.strip():
            continue
        source_pair, target_pair = piece_source(unit), piece_target(unit)
        if not source_pair.text or not target_pair.text:
            continue
        if text_key(source_pair.text) == text_key(target_pair.text):
            continue
        rows.append(
            entry_values(
                source.code,
                language.code,
                source_pair,
                target_pair,
                issue_id=issue.pk,
                unit_id=unit.id,
                origin="approval",
                approved_by=approver,
                approved_at=now,
            )
        )
    with transaction.atomic():
        from issues.models import MemoryInsertion

        # Approved: pieces filled from the memory are reviewed now.
        MemoryInsertion.objects.filter(issue_id=issue.pk, language=language.code).delete()
        MemoryEntry.objects.filter(
            issue_id=issue.pk, target_language=language.code, origin="approval"
        ).delete()
        return save_entries(rows)
