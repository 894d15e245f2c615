""" "Did you mean": the nearest known words for a query that finds nothing.

The vocabulary is ``SearchWord`` (every word of published text, per language). PostgreSQL
finds near words with pg_trgm's similarity operator over its trigram index (migration 0022);
SQLite, and PostgreSQL when trigrams find nothing, use ``difflib`` over the language's words.
A suggestion is offered only when searching it finds an issue the reader can read: the
vocabulary may hold words of issues since unpublished or made private, which must not show.
"""

from __future__ import annotations

import difflib

from django.db import connection

from csrs.languages import Language

TRIGRAM_THRESHOLD = 0.3  # pg_trgm's default; Arabic-script words of 5+ letters pass it
DIFFLIB_CUTOFF = 0.7
CANDIDATES = 3  # near words tried per unknown word


def _is_known(language: Language, term: str) -> bool:
    from issues.models import SearchWord
    from issues.search.query import exact_forms, stemmed_forms

    if term.isdigit():
        return True
    forms = exact_forms(term) + stemmed_forms(term, language)
    return SearchWord.objects.filter(language=language.code, word__in=forms).exists()


def near_words(language: Language, term: str) -> list[str]:
    """Up to :data:`CANDIDATES` known words of ``language`` nearest to ``term``, nearest first."""
    from issues.models import SearchWord

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word FROM issues_searchword WHERE language = %s "
                "AND similarity(word, %s) >= %s AND word %% %s "
                "ORDER BY similarity(word, %s) DESC, word LIMIT %s",
                [language.code, term, TRIGRAM_THRESHOLD, term, term, CANDIDATES],
            )
            found = [row[0] for row in cursor.fetchall()]
        if found:
            return found
    # Words of a similar length only: difflib's ratio cannot pass the cutoff for the others.
    vocabulary = SearchWord.objects.filter(
        language=language.code,
        word__regex=rf"^.{{{max(1, len(term) - 3)},{len(term) + 3}}}$",
    ).values_list("word", flat=True)
    return difflib.get_close_matches(term, list(vocabulary), n=CANDIDATES, cutoff=DIFFLIB_CUTOFF)


def suggest(language: Language, terms: list[str]) -> str:
    """A query like ``terms`` with each unknown word replaced by a near known word, when that
    query finds an issue readable in ``language``; otherwise ""."""
    from issues.search.query import search_hits

    options: list[list[str]] = []
    changed = False
    for term in terms:
        if _is_known(language, term):
            options.append([term])
            continue
        near = near_words(language, term)
        if not near:
            return ""
        options.append(near)
        changed = True
    if not changed:
        return ""
    # The nearest first; then each later candidate of the first word that has several.
    tried = [[choices[0] for choices in options]]
    for index, choices in enumerate(options):
        for choice in choices[1:]:
            tried.append([*tried[0][:index], choice, *tried[0][index + 1 :]])
    for words in tried:
        if search_hits(language, words).exists():
            return " ".join(words)
    return ""
