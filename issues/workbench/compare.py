"""The reviewer's compare view of one language: source | translation | previously approved.

Block by block (the pieces of ``issues/workbench/pieces.py``): each row shows the source
piece, the translation now, and the translation as last approved, with the pieces whose
translation changed since that approval highlighted and diffed word by word.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from django.utils.safestring import SafeString

from csrs.languages import Language
from issues.translations import units as translation_units
from issues.workbench import pieces


@dataclass
class CompareRow:
    piece: pieces.Piece
    translation: SafeString
    approved: SafeString | None  # None: never approved
    changed: bool
    diff: SafeString | str = ""


def _approved_page(page, target: Language, status):
    """``page`` with ``target``'s fields as last approved (None if never approved)."""
    if status is None or not status.approved_content:
        return None
    approved = copy.copy(page)
    for field, value in status.approved_content.items():
        setattr(approved, target.field(field), value)
    return approved


def _values(page, source: Language, target: Language) -> dict[str, translation_units.Unit]:
    pairs = {}
    for field in translation_units.STREAM_FIELDS:
        pairs[field] = pieces.paired_blocks(
            translation_units.raw_stream(page, field, source),
            translation_units.raw_stream(page, field, target),
            target,
        )
    return {unit.id: unit for unit in translation_units.page_units(page, source, target, pairs)}


def compare_rows(page, source: Language, target: Language, status=None) -> list[CompareRow]:
    """One row per piece of ``page`` (the latest revision) from ``source`` into ``target``."""
    now = _values(page, source, target)
    approved_page = _approved_page(page, target, status)
    before = _values(approved_page, source, target) if approved_page is not None else None
    rows = []
    for piece in pieces.language_pieces(page, source, target, status):
        unit = now.get(piece.id)
        current = unit.target_value if unit else ""
        old_unit = before.get(piece.id) if before is not None else None
        old = old_unit.target_value if old_unit else ""
        changed = before is not None and pieces.plain(old) != pieces.plain(current)
        rows.append(
            CompareRow(
                piece=piece,
                translation=pieces.source_html(current, bool(unit and unit.is_rich)),
                approved=(
                    pieces.source_html(old, bool(old_unit and old_unit.is_rich))
                    if before is not None
                    else None
                ),
                changed=changed,
                diff=pieces.word_diff(pieces.plain(old), pieces.plain(current)) if changed else "",
            )
        )
    return rows
