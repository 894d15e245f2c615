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


# A web address, whole: its slashes and dots are neutral characters that a right-to-left line
# would otherwise move (a trailing "/" ends up before "https"). Trailing sentence punctuation
# stays outside.
_URL = r"https?://[^\s\u060c\u061b<>\"]*[^\s\u060c\u061b<>\".,;:!?)\]]"
# A run of Latin words: letters and digits joined by spaces or the punctuation names and
# titles carry inside them ("CASA-1000", "Tolo News", "U.S.", "Afghanistan's economy: a review").
_LATIN_WORD = r"[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9]*"
_LATIN_RUN = rf"{_LATIN_WORD}(?:[ \-.'\u2019&/:_+]+[A-Za-z\u00c0-\u024f0-9]+)*"
LATIN_RUNS = re.compile(rf"{_URL}|{_LATIN_RUN}")
ARABIC_SCRIPT_LETTER = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]"
)


def latin_runs(text: str) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is_latin) pieces, in order; joined they give ``text`` back.

    Used on right-to-left pages to give each Latin run its own language and direction: a run
    isolated from the text around it keeps the line's reading order (a reference title that
    begins with "CASA-1000" still reads from the right), and screen readers switch voice for it.
    A text without any Arabic-script letter is one Latin piece (an English title in a Pashto
    reference list), so its own punctuation stays with it.
    """
    if not text:
        return []
    if not ARABIC_SCRIPT_LETTER.search(text):
        return [(text, bool(LATIN_RUNS.search(text)))]
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in LATIN_RUNS.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], False))
        pieces.append((match.group(), True))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
