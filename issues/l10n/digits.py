"""Digits and numbers in the reader's script.

The digits themselves come from :mod:`csrs.languages`; this module only applies them.
"""

from __future__ import annotations

from functools import cache

from csrs.languages import LATIN_DIGITS, Language, get_language

LanguageLike = Language | str
"""A :class:`~csrs.languages.Language` or its code (``"fa-af"``, ``"fa_AF"``, ``"ps"``…)."""

# Numbers below this are never grouped, so issue numbers and years (455, 1403, 2024) stay whole
# in every language; CLDR calls this "minimum grouping digits = 2".
GROUPING_THRESHOLD = 10_000

# U+066C ARABIC THOUSANDS SEPARATOR, CLDR's group sign for Arabic, Pashto and Dari: a comma would
# read as the Arabic comma «،» next to Eastern digits. With Latin digits the Latin comma is used.
ARABIC_THOUSANDS_SEPARATOR = "\u066c"


def as_language(language: LanguageLike) -> Language:
    """The :class:`Language` for a language or a code (unknown codes give the site default)."""
    if isinstance(language, Language):
        return language
    return get_language(language)


def localize_digits(value: int | str, language: LanguageLike, *, latin_digits: bool = False) -> str:
    """Return ``value`` as text with its ASCII digits 0-9 written in the language's digits.

    ``localize_digits(455, "ps") == "۴۵۵"``; ``localize_digits("2-6", "ar") == "٢-٦"``. Only ASCII
    digits change, everything else (letters, signs, digits already localised) is kept.
    ``latin_digits=True`` keeps 0-9, for Arabic pages whose site setting asks for them.
    """
    text = str(value)
    digits = as_language(language).digits
    if latin_digits or digits == LATIN_DIGITS:
        return text
    return text.translate(_digit_table(digits))


@cache
def _digit_table(digits: str) -> dict[int, int]:
    # Built once per digit set: a page localises dozens of numbers.
    return str.maketrans(LATIN_DIGITS, digits)


def localize_number(
    n: int,
    language: LanguageLike,
    *,
    latin_digits: bool = False,
    grouping: bool = True,
) -> str:
    """Return the integer ``n`` in the language's digits, thousands grouped when that helps reading.

    Grouping applies only from 10,000 up (``GROUPING_THRESHOLD``), so issue numbers and years are
    never split: ``455`` -> ``"۴۵۵"``, ``2024`` -> ``"2024"``, ``12500`` -> ``"12,500"`` (en),
    ``"۱۲٬۵۰۰"`` (ps, fa-af), ``"١٢٬٥٠٠"`` (ar). Pass ``grouping=False`` for identifiers.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"localize_number() takes an int, not {type(n).__name__}")
    lang = as_language(language)
    text = str(n)
    if grouping and abs(n) >= GROUPING_THRESHOLD:
        eastern = not latin_digits and lang.digits != LATIN_DIGITS
        separator = ARABIC_THOUSANDS_SEPARATOR if eastern else ","
        text = f"{n:,}".replace(",", separator)
    return localize_digits(text, lang, latin_digits=latin_digits)
