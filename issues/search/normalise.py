"""Arabic-script normalisation for search, so spelling variants of one word match.

A Dari reader on a Persian keyboard types ``ی`` and ``ک`` where an Arabic keyboard gives ``ي``
and ``ك``; writers add or drop harakat, tatweel, hamza on alef and the zero-width non-joiner
(«می‌شود» / «میشود»). The same :func:`normalise` is applied to the indexed text and to the
query, so any consistent canonical form works. The canonical forms are the Arabic letters
(``ي ك ه ا``) because PostgreSQL's Arabic stemmer expects them; Pashto's own letters
(``ې ۍ ټ ړ ښ`` …) are kept, only ``ګ`` is folded onto ``گ``, which Dari keyboards type for it.

Latin text is case-folded and the digits of every system become 0-9, so «۴۵۵», «٤٥٥» and "455"
match.

Pashto and Dari readers type ``ې ۍ ی ي`` and a word-final ``ئ`` interchangeably: all become ``ي``.
A hamza on a seat (``ؤ``, ``ئ`` inside a word) or alone becomes the bare hamza ``ء``, so «مسئولين»
and «مسؤولين» are one word; :func:`hamza_variants` spells a word without it (on ``ا``, ``و``,
``ي`` or nothing), and indexing and querying both use those spellings, so «هیات» finds «هیئت».

The zero-width non-joiner is dropped (the joined form); :func:`zwnj_parts` gives the parts of a
word written with it and :func:`joined_pairs` the joined form of two words written apart, so
«می شود» and «می‌شود» match each other whichever way the text has them.

Indexing, querying and highlighting all call this module: one definition of "the same word".
"""

from __future__ import annotations

import re
import unicodedata
from itertools import chain, repeat

HAMZA = "\u0621"
ZWNJ = "\u200c"
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
    "\u06aa": "\u0643",  # ڪ SWASH KAF -> ك
    "\u06d0": "\u064a",  # ې PASHTO E -> ي (typed as ی on most phone keyboards)
    "\u06cd": "\u064a",  # ۍ YEH WITH TAIL -> ي
    "\u06d2": "\u064a",  # ے YEH BARREE -> ي
    "\u0624": HAMZA,  # ؤ hamza on waw -> ء
    "\u0626": HAMZA,  # ئ hamza on yeh (inside a word; word-final ئ is Pashto's ۍ/ې: ي)
    "\u0672": "\u0627",  # ٲ alef with wavy hamza -> ا
    "\u0673": "\u0627",  # ٳ
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
    if unicodedata.category(char) == "Nd":
        return str(unicodedata.digit(char))  # every other digit system too (Devanagari, …)
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


# A word-final ئ (no letter or mark after it) is a Pashto/Dari ending written for ۍ or ې.
_FINAL_YEH_HAMZA = re.compile("\u0626(?![\\w\u064b-\u065f\u0670])")


def _final_yeh(text: str) -> str:
    # One character for one: offsets into the original stay valid.
    return _FINAL_YEH_HAMZA.sub("\u064a", text) if "\u0626" in text else text


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from in ``text``.

    Used to put highlights back on the original (unnormalised) text. Compatibility forms
    (Arabic presentation forms, ligatures) are decomposed per character first (NFKC).
    """
    text = _final_yeh(text)
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
    return _final_yeh(text).translate(_CHARACTERS)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def words(text: str) -> list[str]:
    """Every normalised word of ``text`` in order, duplicates kept (what indexing needs)."""
    # Punctuation separates words ("example.org" is two words, as PostgreSQL's parser sees it).
    return "".join(c if _is_word_char(c) else " " for c in normalise(text)).split()


def hamza_variants(word: str) -> list[str]:
    """Other spellings of a normalised ``word`` with a hamza: on alef, waw, yeh, or none.

    ``hamza_variants("هيءت") == ["هيات", "هيوت", "هييت", "هيت"]``; a word without one has none.
    """
    if HAMZA not in word:
        return []
    variants = []
    for seat in ("\u0627", "\u0648", "\u064a", ""):
        variant = word.replace(HAMZA, seat)
        if variant and variant not in variants:
            variants.append(variant)
    return variants


_ZWNJ_WORD = re.compile(f"\\w+(?:{ZWNJ}\\w+)+")


def zwnj_parts(text: str) -> list[list[str]]:
    """The normalised parts of each word of ``text`` written with a zero-width non-joiner.

    «می‌شود» is indexed joined («میشود», :func:`normalise` drops the ZWNJ) and as these parts,
    so a reader who types a space there («می شود») finds it too.
    """
    found = []
    for match in _ZWNJ_WORD.finditer(text):
        parts = words(match.group().replace(ZWNJ, " "))
        if len(parts) > 1:
            found.append(parts)
    return found


# A detached prefix or suffix («می», «ها», «تر», «زده») is short: two words are also indexed as
# one when either has at most this many letters.
JOINABLE_LENGTH = 3


def joined_pairs(word_list: list[str]) -> list[str]:
    """One word for each two neighbours of ``word_list`` where either is short, letters only.

    «می شود» written with a space is indexed as «میشود» as well, so the joined spelling (or
    the one with a ZWNJ, which :func:`normalise` joins) finds it.
    """
    pairs = []
    for first, second in zip(word_list, word_list[1:], strict=False):
        if (
            min(len(first), len(second)) <= JOINABLE_LENGTH
            and not first.isdigit()
            and not second.isdigit()
            and not first.isascii()
        ):
            pairs.append(first + second)
    return pairs


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
