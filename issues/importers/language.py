"""Guessing an issue's language from its script, letters and headings."""

from __future__ import annotations

import re

from issues.importers.vocabulary import HEADING_WORDS

_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_SCRIPT = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff]")
_PASHTO_LETTERS = re.compile("[ښږځڅډټړګڼۍې]")
_ARABIC_MARKERS = re.compile(r"[ةيكىأإ]|(?:^|\s)ال")
_PERSIAN_MARKERS = re.compile("[یک]")
_PERSIAN_LETTERS = re.compile("[پچژگ]")
_NOT_LETTER = re.compile(r"[\W_\d]+")

NAMES = {"en": "English", "ps": "Pashto", "fa-af": "Dari", "ar": "Arabic"}


def detect_language(text: str) -> str | None:
    """``en``, ``ps``, ``fa-af`` or ``ar``; None when the text has no letters of either script.

    Latin beats Arabic script by count. Within Arabic script: Pashto-only letters (ښ ږ ځ څ ډ ټ ړ
    ګ ڼ ۍ ې) at more than 1 % of letters mean Pashto; then headings («مقدمة»/«الخاتمة» against
    «مقدمه»/«نتیجه‌گیری»); then Arabic markers (ة, ي, ك, ال-) against Persian letters (ی, ک,
    پ چ ژ گ).
    """
    latin = len(_LATIN.findall(text))
    arabic = len(_ARABIC_SCRIPT.findall(text))
    if latin == 0 and arabic == 0:
        return None
    if latin > arabic:
        return "en"
    if len(_PASHTO_LETTERS.findall(text)) > 0.01 * arabic:
        return "ps"
    votes = {"ar": 0, "fa-af": 0}
    for line in text.splitlines():
        if len(line) > 40:
            continue
        word = _NOT_LETTER.sub("", line.replace("\u200c", ""))
        for lang in votes:
            if word and word in HEADING_WORDS[lang]:
                votes[lang] += 1
    if votes["ar"] != votes["fa-af"]:
        return max(votes, key=lambda k: votes[k])
    ar_score = len(_ARABIC_MARKERS.findall(text))
    fa_score = len(_PERSIAN_MARKERS.findall(text)) + 3 * len(_PERSIAN_LETTERS.findall(text))
    return "ar" if ar_score > fa_score else "fa-af"
