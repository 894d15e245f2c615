"""Light stemming: the word forms a reader may type for the form the text has.

Applied to words already normalised (``issues.search.normalise``: Arabic yeh, kaf and heh, the
bare hamza), at indexing and at query time alike, in Python, so PostgreSQL and SQLite match the
same forms. A stem is indexed beside the word, never instead of it: exact matches rank first.

- English: Snowball's English (Porter 2) stemmer, the one PostgreSQL's ``english`` configuration
  runs.
- Arabic: Larkey, Ballesteros and Connell's *light10* (prefixes و ال بال كال فال لل, suffixes
  ها ان ات ون ين يه ية ه ة ي), which strips the article and the clitics و ب ل ف ك, plus
  Snowball's Arabic stemmer (PostgreSQL's ``arabic``) where it gives another stem.
- Dari: the inflectional suffixes of Persian light stemmers (Taghva et al. 2005; Hazm's stemmer):
  plurals ها/ان/ات, comparatives تر/ترين, the ezafe and indefinite ی, the plural pronoun
  clitics مان تان شان (not the one-letter م ت ش: «دولت» is not «دول»),
  and the verbal prefixes می/نمی.
- Dari, Pashto and Arabic: a plural in ات also stems to the singular in ه (ة after
  normalisation): «مذاکرات», «مذاکره».
- Pashto: plural and oblique endings (ونه انو ګان ګانو يان و ې ۍ ه), after the light stemmers
  described for Pashto (e.g. Zahid et al.'s rule set), and the same verbal prefix می.

Each rule keeps at least :data:`MIN_STEM` letters, so short words are left as they are.
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

MIN_STEM = 3

# Normalised spellings (ة -> ه, ى/ی/ې/ۍ -> ي, ګ -> گ), longest first.
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
_DARI_PREFIXES = ("نمي", "مي")
_DARI_SUFFIXES = (
    "هايشان",
    "هايتان",
    "هايمان",
    "هايي",
    "هاي",
    "ترين",
    "يان",  # after a vowel: «پناهجویان», «دانشجویان»
    "شان",
    "تان",
    "مان",
    "ها",
    "ان",
    "ات",
    "تر",
    "اي",
    "يي",
    "ي",
)
_PASHTO_PREFIXES = ("مي",)
_PASHTO_SUFFIXES = (
    "گانو",
    "گاني",
    "ونو",
    "ونه",
    "گان",
    "انو",
    "يانو",
    "يان",
    "وال",
    "ان",
    "و",
    "ي",
    "ه",
)


def _strip_suffix(word: str, suffixes: tuple[str, ...], *, vowel_min: int = MIN_STEM) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        shortest = vowel_min if suffix in _PASHTO_VOWEL_ENDINGS else MIN_STEM
        if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
            return word[: -len(suffix)]
    return word


# Pashto inflects short nouns by their last vowel alone: «ښځه», «ښځې», «ښځو» share «ښځ».
_PASHTO_VOWEL_ENDINGS = ("و", "ي", "ه")


def _strip_prefix(word: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return word[len(prefix) :]
    return word


@lru_cache(maxsize=4)
def _snowball(name: str):
    return snowballstemmer.stemmer(name)


def _light_arabic(word: str) -> str:
    return _strip_suffix(_strip_prefix(word, _ARABIC_PREFIXES), _ARABIC_SUFFIXES)


@lru_cache(maxsize=200_000)
def stems(word: str, language_code: str) -> tuple[str, ...]:
    """The stems of a normalised ``word`` in ``language_code`` that differ from it (often none).

    ``stems("كشورها", "fa-af") == ("كشور",)``; ``stems("والمفاوضات", "ar")`` holds «مفاوض».
    """
    if not word or word.isdigit():
        return ()
    if word.isascii():
        # Latin words in any language's text (names, acronyms) stem as English.
        found = [_snowball("english").stemWord(word)]
    elif language_code == "ar":
        found = [_light_arabic(word), _snowball("arabic").stemWord(word)]
    elif language_code == "fa-af":
        found = [_strip_suffix(_strip_prefix(word, _DARI_PREFIXES), _DARI_SUFFIXES)]
    elif language_code == "ps":
        stripped = _strip_prefix(word, _PASHTO_PREFIXES)
        found = [_strip_suffix(stripped, _PASHTO_SUFFIXES, vowel_min=2)]
    else:
        found = []
    if language_code != "en" and word.endswith("ات") and len(word) >= MIN_STEM + 2:
        # The Arabic feminine plural in all three languages: «مذاکرات» is the plural of «مذاکره».
        found.append(word[:-2] + "ه")
    result: list[str] = []
    for stem in found:
        if stem and stem != word and len(stem) >= 2 and stem not in result:
            result.append(stem)
    return tuple(result)
