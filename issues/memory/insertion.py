"""Putting memory matches into a language's draft: one piece, or every exact match at once.

Writes go through the same path as an XLIFF import (``units.build_target_streams`` then
``actions.apply_language_fields``): a new draft revision of that language only, never a
publication, never an approval. A match keeps the piece's own bold, italic and links when its
codes fit the piece's; otherwise its text goes in as a plain paragraph (and the checks say
which formatting is missing).
"""

from __future__ import annotations

import re
from html import escape

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _

from csrs.languages import Language
from issues.memory import matching, store
from issues.richtext.sanitise import sanitise_rich_text
from issues.translations import markup, units
from issues.workflow import actions, roles

_CODES = re.compile(r"\{/?\d+/?\}")


class InsertionError(ValueError):
    """A match that cannot be put into the piece (the message says why)."""


def piece_units(issue, language: Language) -> tuple[Language, list[units.Unit]]:
    """The source language and the pieces of ``issue`` into ``language``."""
    source = actions.source_language(actions.latest_content(issue))
    return source, units.issue_units(issue, source, language)


def value_for(unit: units.Unit, entry) -> str:
    """The stored value (plain text, or sanitised rich text) a match gives ``unit``."""
    if not unit.is_rich:
        return entry.target_text
    source_codes = _CODES.findall(markup.to_po(unit.source_segment))
    if entry.target_markup and _CODES.findall(entry.source_markup or "") == source_codes:
        segment = markup.from_po(entry.target_markup)
        try:
            markup.check_codes(segment, unit.skeleton)
        except markup.MarkupError:
            pass
        else:
            html = markup.segment_to_html(segment, unit.skeleton)
            return sanitise_rich_text(html, unit.features)
    return sanitise_rich_text(f"<p>{escape(entry.target_text)}</p>", unit.features)


def _check_may_write(user, language: Language, source: Language) -> None:
    if language.code == source.code:
        raise InsertionError(_("This is the issue's original language: there is nothing to fill."))
    if not roles.may_edit_language(user, language):
        raise PermissionDenied(_("You may not change this language."))


def _write(issue, source, language, chosen: dict[str, tuple], user, pretranslated: bool) -> None:
    """``chosen``: unit id -> (stored value, entry, score)."""
    from issues.models import MemoryInsertion

    values, unplaced = units.build_target_streams(
        issue, source, language, {unit_id: value for unit_id, (value, _e, _s) in chosen.items()}
    )
    if unplaced:
        raise InsertionError(_("This block is missing in the target language."))
    with transaction.atomic():
        actions.apply_language_fields(issue, language, values, user)
        for unit_id, (_value, entry, score) in chosen.items():
            MemoryInsertion.objects.update_or_create(
                issue=issue,
                language=language.code,
                unit_id=unit_id,
                defaults={
                    "score": score,
                    "pretranslated": pretranslated,
                    "entry": entry,
                    "created_by": user,
                },
            )


def insert_match(issue, language: Language, unit_id: str, entry_id: int, user) -> units.Unit:
    """Put memory entry ``entry_id`` into piece ``unit_id`` of ``language``'s draft.

    Only an entry offered for that piece (the pair's, among its current matches) is accepted.
    Raises ``PermissionDenied`` or :class:`InsertionError`, with nothing written.
    """
    source, found = piece_units(issue, language)
    _check_may_write(user, language, source)
    unit = next((u for u in found if u.id == unit_id), None)
    if unit is None:
        raise InsertionError(_("This issue has no such piece."))
    offered = matching.matches_for_texts(
        source.code, language.code, {unit.id: store.piece_source(unit).text}
    )[unit.id]
    match = next((m for m in offered if m.entry.pk == entry_id), None)
    if match is None:
        raise InsertionError(_("This match is not offered for this piece."))
    _write(
        issue,
        source,
        language,
        {unit.id: (value_for(unit, match.entry), match.entry, match.score)},
        user,
        False,
    )
    return unit


def pretranslate(issue, language: Language, user) -> int:
    """Fill every untranslated piece that has an exact match; the language stays a draft for
    review (never approved). Returns how many pieces were filled."""
    source, found = piece_units(issue, language)
    _check_may_write(user, language, source)
    empty = [
        unit
        for unit in found
        if not store.piece_target(unit).text
        or store.text_key(store.piece_target(unit).text)
        == store.text_key(store.piece_source(unit).text)
    ]
    offered = matching.matches_for_texts(
        source.code, language.code, {unit.id: store.piece_source(unit).text for unit in empty}
    )
    chosen = {}
    for unit in empty:
        exact = [m for m in offered.get(unit.id, []) if m.exact]
        if exact:
            chosen[unit.id] = (value_for(unit, exact[0].entry), exact[0].entry, 100)
    if chosen:
        _write(issue, source, language, chosen, user, True)
    return len(chosen)
