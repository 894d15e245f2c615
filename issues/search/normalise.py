"""Arabic-script normalisation for search, so spelling variants of one word match.

A Dari reader on a Persian keyboard types ``ی`` and ``ک`` where an Arabic keyboard gives ``ي``
and ``ك``; writers add or drop harakat, tatweel, hamza on alef and the zero-width non-joiner
(«می‌شود» / «میشود»). The same :func:`normalise` is applied to the indexed text and to the
query, so any consistent canonical form works. The canonical forms are the Arabic letters
(``ي ك ه ا``) because PostgreSQL's Arabic stemmer expects them; Pashto's own letters
(``ې ۍ ټ ړ ښ`` …) are kept, only ``ګ`` is folded onto ``گ``, which Dari keyboards type for it.

Latin text is case-folded and all digits become 0-9, so «۴۵۵», «٤٥٥» and "455" match.
"""

from __future__ import annotations

import unicodedata
from itertools import chain, repeat

# One character to one character (or to nothing): offsets into the original stay computable.
_LETTERS = {
    "\u06cc": "\u064a",  # ی FARSI YEH -> ي ARABIC YEH
    "\u0649": "\u064a",  # ى ALEF MAKSURA -> ي
    "\u06a9": "\u0643",  # ک KEHEH -> ك ARABIC KAF
    "\u0629": "\u0647",  # ة TEH MARBUTA -> ه HEH (spelt either way at the end of loanwords)
    "\u06c0": "\u0647",  # ۀ HEH WITH YEH ABOVE -> ه
    "\u06c1": "\u0647",  # ہ HEH GOAL -> ه
    "\u06d5": "\u0647",  # ە AE -> ه
    "\u0623": "\u0627",  # أ ALEF WITH HAMZA ABOVE -> ا
    "\u0625": "\u0627",  # إ ALEF WITH HAMZA BELOW -> ا
    "\u0622": "\u0627",  # آ ALEF WITH MADDA -> ا
    "\u0671": "\u0627",  # ٱ ALEF WASLA -> ا
    "\u06ab": "\u06af",  # ګ PASHTO GAF (ring) -> گ GAF, as Dari keyboards type it
}
_DIGITS = {
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic ٠-٩
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Persian ۰-۹
}
# Dropped: tatweel, zero-width (non-)joiners, direction marks, the byte-order mark.
_DROPPED = {"\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"}


def _is_haraka(char: str) -> bool:
    """Arabic diacritics: fathatan…sukun, Quranic marks and superscript alef (all combining)."""
    code = ord(char)
    return 0x064B <= code <= 0x065F or code == 0x0670 or 0x06D6 <= code <= 0x06ED


def _normalise_char(char: str) -> str:
    if char in _DROPPED or _is_haraka(char):
        return ""
    if char in _LETTERS:
        return _LETTERS[char]
    if char in _DIGITS:
        return _DIGITS[char]
    if char == "\x00" or unicodedata.category(char) == "Cc":
        return " "  # control characters (NUL breaks PostgreSQL) become plain spaces
    return char.casefold()


class _CharacterTable(dict):
    """``ord(char)`` → the normalised form of ``char``, worked out on first sight.

    ``str.translate`` reads it in C (a dict subclass's ``__missing__`` is honoured), so
    normalising a long text costs a table lookup per character, not a Python call.
    """

    def __missing__(self, code: int) -> str:
        value = "".join(_normalise_char(c) for c in unicodedata.normalize("NFKC", chr(code)))
        self[code] = value
        return value


class _LengthTable(dict):
    """``ord(char)`` → ``chr(len(normalised form))``: how many characters ``char`` becomes."""

    def __missing__(self, code: int) -> str:
        value = chr(len(_CHARACTERS[code]))
        self[code] = value
        return value


_CHARACTERS = _CharacterTable()
_LENGTHS = _LengthTable()


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from in ``text``.

    Used to put highlights back on the original (unnormalised) text. Compatibility forms
    (Arabic presentation forms, ligatures) are decomposed per character first (NFKC).
    """
    normalised = text.translate(_CHARACTERS)
    if len(normalised) == len(text) and not text.translate(_LENGTHS).strip("\x01"):
        return normalised, list(range(len(text)))  # every character became one character
    # A character expands to at most a few dozen (NFKC of a ligature): one byte per count.
    lengths = text.translate(_LENGTHS).encode("latin-1")
    offsets = list(chain.from_iterable(map(repeat, range(len(text)), lengths)))
    return normalised, offsets


def normalise(text: str) -> str:
    """``text`` in canonical form for matching (see the module docstring for what changes).

    ``normalise("كتاب")  == normalise("کتاب")``; ``normalise("مدرسة") == normalise("مدرسه")``;
    ``normalise("می‌شود") == normalise("میشود")``; ``normalise("۴۵۵") == "455"``.
    """
    return text.translate(_CHARACTERS)


def terms(text: str) -> list[str]:
    """The normalised words of a query, punctuation stripped, duplicates removed, order kept."""
    # Punctuation separates words ("example.org" is two words, as PostgreSQL's parser sees it).
    spaced = "".join(
        c if c.isalnum() or unicodedata.category(c).startswith("M") else " "
        for c in normalise(text)
    )
    words = []
    for word in spaced.split():
        if word not in words:
            words.append(word)
    return words
