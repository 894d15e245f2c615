"""What the XLIFF/PO export takes from the memory (issues/translations/export.py)."""

from __future__ import annotations

from csrs.languages import Language
from issues.memory import matching, store
from issues.translations.formats import Suggestion


def memory_for_export(
    issue, source: Language, target: Language, found
) -> tuple[dict[str, Suggestion], set[str]]:
    """The best match of each untranslated unit, and the units filled from the memory."""
    from issues.models import MemoryInsertion

    untranslated = {
        unit.id: store.piece_source(unit).text for unit in found if not unit.target_value
    }
    offered = matching.matches_for_texts(source.code, target.code, untranslated)
    suggestions = {
        unit_id: Suggestion(
            matches[0].entry.source_text, matches[0].entry.target_text, matches[0].score
        )
        for unit_id, matches in offered.items()
        if matches
    }
    needs_review = set(
        MemoryInsertion.objects.filter(issue=issue, language=target.code).values_list(
            "unit_id", flat=True
        )
    )
    return suggestions, needs_review
