"""Run a reader's query against the issues of one language.

PostgreSQL: ``plainto_tsquery`` (every word must match, no query syntax, so hostile input cannot
raise) with the language's configuration; issues whose title matches come first, then newest
first. SQLite: every normalised word must occur in the normalised text, newest first.
Both rank ids only (:func:`search_hits`); the page of results is loaded afterwards, each issue
annotated with its ``search_title`` and ``search_text`` in that language for the snippet
(:func:`issues_for_hits`). Two queries per page of results (ids with the total, rows), however
many issues there are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    FilteredRelation,
    Q,
    QuerySet,
    Window,
)

from csrs.languages import Language
from issues.search.indexing import search_config
from issues.search.normalise import terms as query_terms

MAX_QUERY_LENGTH = 200  # characters of the raw query that are read at all
MAX_TERMS = 12
MAX_PAGE = 100_000  # keeps a hostile ?page= inside the database's integer range
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


def search_hits(language: Language, terms: list[str]) -> QuerySet:
    """The ids of the issues whose text in ``language`` has every term: those whose title has
    them first, then newest first.

    A narrow query on the search rows alone (which exist only for the live languages of live
    issues: ``issues.search.indexing``; while any page is private, only those of readable
    issues), to paginate; :func:`issues_for_hits` then loads the page of results, checking
    again that each is readable.
    """
    from issues.models import IssuePage, IssueSearchText
    from issues.site_cache import any_view_restrictions

    rows = IssueSearchText.objects.filter(language=language.code)
    if any_view_restrictions():
        # A privacy setting unpublishes nothing, so a private issue keeps its rows: leave it
        # out here too, or the total and the pages would count it.
        rows = rows.filter(page__in=IssuePage.objects.readable(language).values("pk"))
    if connection.vendor == "postgresql":
        # The language's configuration as a constant (the one its rows were indexed with), so
        # the language's own GIN index answers the match (migration 0007). Ordering reads the
        # small title vector, never the whole text's (ts_rank over every match cost ~5 µs a
        # row: 10,000 issue-languages made it the slowest part of the page).
        query = SearchQuery(" ".join(terms), config=search_config(language), search_type="plain")
        title_match = ExpressionWrapper(Q(title_vector=query), output_field=BooleanField())
        rows = rows.filter(vector=query).order_by(title_match.desc(), "-number")
    else:
        for term in terms:
            rows = rows.filter(normalised__contains=term)
        rows = rows.order_by("-number")
    return rows.values_list("page_id", flat=True)


def issues_for_hits(language: Language, ids: list[int]) -> list:
    """The issues of ``ids`` in that order, each with ``search_title`` and ``search_text`` in
    ``language`` for its snippet (one query)."""
    from issues.models import IssuePage

    issues = (
        IssuePage.objects.filter(pk__in=ids)
        .readable(language)
        .for_listing()
        .annotate(
            doc=FilteredRelation("search_texts", condition=Q(search_texts__language=language.code))
        )
        .annotate(search_title=F("doc__title"), search_text=F("doc__text"))
    )
    by_id = {issue.pk: issue for issue in issues}
    return [by_id[pk] for pk in ids if pk in by_id]


def page_of_hits(hits: QuerySet, number, per_page: int):
    """Page ``number`` of ``hits`` (ids, from :func:`search_hits`) as a Django ``Page``.

    The total comes with the page's own rows (``COUNT(*) OVER ()``) instead of a second scan
    of every match; only a page past the end (an edited URL) costs a count, and then shows the
    last page, as ``Paginator.get_page`` does.
    """
    paginator = Paginator([], per_page)
    try:
        # Far past any end (an edited URL) is the same as just past it: the last page.
        number = min(max(1, int(number)), MAX_PAGE)
    except (TypeError, ValueError):
        number = 1
    rows = _hits_with_total(hits, number, per_page)
    if not rows and number > 1:
        total = hits.count()
        number = max(1, -(-total // per_page))
        rows = _hits_with_total(hits, number, per_page)
    ids = [page_id for page_id, _ in rows]
    paginator.count = rows[0][1] if rows else 0
    paginator.object_list = ids
    return Page(ids, number, paginator)


def _hits_with_total(hits: QuerySet, number: int, per_page: int) -> list[tuple[int, int]]:
    start = (number - 1) * per_page
    with_total = hits.annotate(total=Window(Count("*"))).values_list("page_id", "total")
    return list(with_total[start : start + per_page])
