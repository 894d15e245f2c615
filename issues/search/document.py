"""What one issue's text in one language is indexed as: words, their other spellings, stems.

The document has two lines, title then body, each a space-separated run of normalised words:

1. the words as written (the title line also holds the issue number and its week: month names
   and years in the page language's calendar and in Gregorian, «حوت 1403», "december 2024");
2. then their other spellings: the parts of words joined by a ZWNJ, two short neighbours
   joined, hamza words without the hamza (:mod:`issues.search.normalise`);
3. then their stems (:mod:`issues.search.stemming`), each marked with :data:`STEM_MARK` so an
   exact match can be told from a stemmed one.

PostgreSQL indexes it with the ``simple`` configuration (every stemming decision was made here,
so both databases match the same forms); SQLite matches substrings of the same text.
"""

from __future__ import annotations

from dataclasses import dataclass

from csrs.languages import Language
from issues.search.normalise import hamza_variants, joined_pairs, words, zwnj_parts
from issues.search.stemming import stems

# Before a stem in the index. Letters and digits, so PostgreSQL's parser keeps it in the token;
# no reader's query is turned into a marked word except by query.py.
STEM_MARK = "x0"


def _unique(items) -> list[str]:
    return list(dict.fromkeys(items))


def other_spellings(text: str, text_words: list[str]) -> list[str]:
    """The spellings of ``text``'s words a reader may type instead (ZWNJ, spacing, hamza)."""
    extra: list[str] = []
    for parts in zwnj_parts(text):
        extra.extend(parts)  # kept in order: a quoted «می شود» finds «می‌شود»
    extra.extend(_unique(joined_pairs(text_words)))
    for word in _unique(text_words):
        extra.extend(hamza_variants(word))
    return extra


def _hamza_spellings(word_list: list[str]) -> list[str]:
    # Stemmed too: «مسؤولين» written, «مسولين» typed, share the stem «مسول».
    return [variant for word in dict.fromkeys(word_list) for variant in hamza_variants(word)]


def stem_tokens(word_list: list[str], language: Language) -> list[str]:
    """The marked stems of the distinct words of ``word_list``."""
    return _unique(
        STEM_MARK + stem for word in dict.fromkeys(word_list) for stem in stems(word, language.code)
    )


def week_words(issue, language: Language) -> list[str]:
    """The issue's week as words a reader types: «حوت 1403», "december 2024", years alone."""
    from issues.l10n.calendars import to_gregorian, to_solar_hijri

    converters = [to_gregorian]
    if language.calendar == "solar_hijri":
        converters.insert(0, to_solar_hijri)
    phrases: list[str] = []
    for day in (issue.week_start, issue.week_end):
        if day is None:
            continue
        for convert in converters:
            calendar_date = convert(day, language)
            phrases.append(f"{calendar_date.month_name} {calendar_date.year}")
    return words(" ".join(_unique(phrases)))


@dataclass
class SearchDocument:
    """One issue's searchable words in one language (see the module docstring)."""

    title_words: list[str]
    body_words: list[str]
    title_line: str
    body_line: str

    @property
    def normalised(self) -> str:
        """The two lines as stored in ``IssueSearchText.normalised``."""
        return f"{self.title_line}\n{self.body_line}"

    @property
    def vocabulary(self) -> set[str]:
        """The distinct words as written, for "did you mean" (numbers and short words left out)."""
        return {
            word
            for word in (*self.title_words, *self.body_words)
            if len(word) >= 3 and not word.isdigit() and len(word) <= 60
        }


def build_document(issue, language: Language, title: str, body: str) -> SearchDocument:
    """The :class:`SearchDocument` of ``issue`` whose ``title`` and ``body`` are in ``language``."""
    title_words = words(title)
    body_words = words(body)
    number_and_week = [str(issue.number), *week_words(issue, language)]
    title_line = [
        *title_words,
        *number_and_week,
        *other_spellings(title, title_words),
        *stem_tokens(title_words + _hamza_spellings(title_words), language),
    ]
    body_line = [
        *body_words,
        *other_spellings(body, body_words),
        *stem_tokens(body_words + _hamza_spellings(body_words), language),
    ]
    return SearchDocument(
        title_words=title_words,
        body_words=body_words,
        title_line=" ".join(title_line),
        body_line=" ".join(body_line),
    )
