"""Snippets of matching text with the matches marked, built on the original (unnormalised) text.

Numbers the site itself writes (a sub-heading's «1.») are stored in the search text between two
private-use marks (:func:`mark_site_number`) and shown in the page's digits
(:func:`localise_site_numbers`), as the issue page shows them; numbers an author typed in the
text stay as typed.
"""

from __future__ import annotations

import re
import unicodedata
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from issues.l10n import localize_digits
from issues.search.normalise import normalise_with_offsets

SNIPPET_LENGTH = 240
# The first match is looked for chunk by chunk: most are near the top of an issue, and a result's
# text can be tens of thousands of characters long.
CHUNK = 2000


# Around a number the site writes, in the stored search text only: private-use characters, never
# typed by authors, not letters or digits (so indexing sees the number as the word it is).
SITE_NUMBER_START = "\ue000"
SITE_NUMBER_END = "\ue001"
_SITE_NUMBER = re.compile(f"{SITE_NUMBER_START}([^{SITE_NUMBER_END}]*){SITE_NUMBER_END}")
_marking = ContextVar("marking_site_numbers", default=False)


@contextmanager
def marking_site_numbers():
    """While indexing: :func:`mark_site_number` marks the numbers it is given."""
    token = _marking.set(True)
    try:
        yield
    finally:
        _marking.reset(token)


def mark_site_number(number: str) -> str:
    """``number`` (as an editor typed it, e.g. "1") between the marks while indexing."""
    if not _marking.get():
        return number
    cleaned = number.replace(SITE_NUMBER_START, "").replace(SITE_NUMBER_END, "")
    return f"{SITE_NUMBER_START}{cleaned}{SITE_NUMBER_END}"


def localise_site_numbers(text: str, language, *, latin_digits: bool = False) -> str:
    """``text`` with each marked number in ``language``'s digits and the marks removed (a mark
    cut off by the end of a stored excerpt too)."""
    if SITE_NUMBER_START not in text and SITE_NUMBER_END not in text:
        return text
    text = _SITE_NUMBER.sub(
        lambda match: localize_digits(match.group(1), language, latin_digits=latin_digits), text
    )
    return text.replace(SITE_NUMBER_START, "").replace(SITE_NUMBER_END, "")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _whole_word(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` widened to the word it is in: a stem or a prefix marks the word."""
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    return start, end


def _match_spans(text: str, query_terms: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` (original offsets) of the words whose normalised form contains a
    query term (its spellings and stems: ``ParsedQuery.highlight_terms``)."""
    normalised, offsets = normalise_with_offsets(text)
    spans = []
    for term in query_terms:
        start = normalised.find(term)
        while start != -1:
            end = start + len(term)
            spans.append(_whole_word(text, offsets[start], offsets[end - 1] + 1))
            start = normalised.find(term, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _first_match(text: str, query_terms: list[str]) -> int | None:
    """Index in ``text`` of the earliest match of any query term, or None."""
    # Overlap the chunks by more than a term's length, so no match falls between two of them.
    overlap = 4 * max(map(len, query_terms), default=0) + 16
    for chunk_start in range(0, len(text), CHUNK):
        normalised, offsets = normalise_with_offsets(
            text[chunk_start : chunk_start + CHUNK + overlap]
        )
        found = [i for i in (normalised.find(term) for term in query_terms) if i != -1]
        if found:
            return chunk_start + offsets[min(found)]
    return None


_NOT_SPACE = re.compile(r"\S")


def _around_first_match(text: str, query_terms: list[str], length: int) -> tuple[str, bool, bool]:
    """``text`` around its first match with whitespace runs made single spaces, and whether
    text was left out before and after it.

    Collapsing a stored text of up to 20,000 characters whole, ten times a results page, cost
    more than the rest of the highlighting: only a margin far wider than the snippet is.
    """
    first = _first_match(text, query_terms) or 0
    margin = 4 * length
    begin, end = max(0, first - margin), first + margin
    window = " ".join(text[begin:end].split())
    before = begin > 0 and bool(text[:begin].strip())
    after = end < len(text) and _NOT_SPACE.search(text, end) is not None
    if before:
        window = window.split(" ", 1)[1] if " " in window else ""  # a word the cut split
    if after:
        window = window.rsplit(" ", 1)[0] if " " in window else ""
    return window, before, after


def highlight(text: str, query_terms: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    """An escaped excerpt of ``text`` around the first match, each match in ``<mark>``.

    Without a literal match (a stemmed form matched on PostgreSQL), the opening of the text.
    """
    text, cut_before, cut_after = _around_first_match(text, query_terms, length)
    first = _first_match(text, query_terms)
    start = 0
    if first is not None:
        start = max(0, first - length // 3)
        # Begin at a word boundary rather than inside a word.
        space = text.rfind(" ", 0, start)
        start = 0 if space == -1 or start == 0 else space + 1
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    spans = [(a + start, b + start) for a, b in _match_spans(text[start:end], query_terms)]
    pieces = ["…" if start > 0 or cut_before else ""]
    cursor = start
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    if end < len(text) or cut_after:
        pieces.append("…")
    return mark_safe("".join(pieces))  # noqa: S308 (every piece of text above is escaped)
