"""Bidirectional-text controls that must not reach a reader from typed or imported text.

The embedding and override controls (U+202A–U+202E) and the isolates (U+2066–U+2069) change
the direction of everything after them until a matching pop: one unmatched RIGHT-TO-LEFT
OVERRIDE in a title reverses the rest of a list item, a feed entry or a citation. Titles are
laid out by our templates (``dir``, ``<bdi>``, CSS isolation), so they never need their own.
"""

from __future__ import annotations

import re

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_bidi_controls(text: str | None) -> str | None:
    """``text`` without bidi embedding, override and isolate controls (None stays None).

    The marks (LRM U+200E, RLM U+200F, ALM U+061C) stay: they change no text around them and
    Pashto, Dari and Arabic writers use them to place punctuation after Latin runs.
    """
    if not text:
        return text
    return BIDI_CONTROLS.sub("", text)
