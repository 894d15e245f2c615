"""Run a reader's query against the issues of one language.

PostgreSQL: ``plainto_tsquery`` (every word must match, no query syntax, so hostile input cannot
raise) with the configuration stored on each row, ranked by ``ts_rank`` (title words weigh more),
then newest first. SQLite: every normalised word must occur in the normalised text, newest first.
Both return the same thing: live issues available in the language, each annotated with its
``search_title`` and ``search_text`` in that language for the snippet. Two queries per page of
results (count and rows), however many issues there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, FilteredRelation, Q, QuerySet

from csrs.languages import Language
from issues.search.normalise import terms as query_terms

MAX_QUERY_LENGTH = 200  # characters of the raw query that are read at all
MAX_TERMS = 12
MIN_TERM_LENGTH = 2  # shorter words match everything and are dropped (numbers are kept)


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query, cleaned: what to search for, or why there is nothing to search."""

    text: str  # the query as shown back to the reader (cut at MAX_QUERY_LENGTH)
    terms: list[str] = field(default_factory=list)
    problem: str = ""  # "", "empty" or "too_short"
    truncated: bool = False

    @property
    def is_searchable(self) -> bool:
        return not self.problem


def parse_query(raw: str | None) -> ParsedQuery:
    """Clean ``raw``: length-limit it, normalise it and keep the words worth searching for."""
    raw = raw or ""
    truncated = len(raw) > MAX_QUERY_LENGTH
    text = " ".join(raw[:MAX_QUERY_LENGTH].replace("\x00", " ").split())
    words = query_terms(text)
    if not words:
        return ParsedQuery(text=text, problem="empty", truncated=truncated)
    kept = [w for w in words if len(w) >= MIN_TERM_LENGTH or w.isdigit()][:MAX_TERMS]
    if not kept:
        return ParsedQuery(text=text, problem="too_short", truncated=truncated)
    return ParsedQuery(text=text, terms=kept, truncated=truncated)


def search_issues(language: Language, terms: list[str]) -> QuerySet:
    """Live issues available in ``language`` whose text in that language has every term."""
    from issues.models import IssuePage

    issues = (
        IssuePage.objects.live()
        .available_in(language)
        .for_listing()
        .annotate(
            doc=FilteredRelation("search_texts", condition=Q(search_texts__language=language.code))
        )
        .annotate(search_title=F("doc__title"), search_text=F("doc__text"))
    )
    if connection.vendor == "postgresql":
        query = SearchQuery(" ".join(terms), config=F("doc__config"), search_type="plain")
        return (
            issues.filter(doc__vector=query)
            .annotate(rank=SearchRank(F("doc__vector"), query))
            .order_by("-rank", "-number")
        )
    for term in terms:
        issues = issues.filter(doc__normalised__contains=term)
    return issues.order_by("-number")
