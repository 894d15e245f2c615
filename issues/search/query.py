"""Run a reader's query against the issues of one language.

Every word of the query must match (its spelling variants or, failing that, a word of the same
stem: ``issues.search.document``); a quoted phrase must match as a phrase. Issues with more of
the query's words in the title come first, then those where every word matched as typed
(exact above stemmed), then newest first. When no issue has every word, issues with some of
them are listed, most words first (:func:`search`). PostgreSQL answers from the language's GIN
index (``to_tsquery`` built here from normalised words only, so no reader's input is query
syntax); SQLite matches substrings of the same indexed text.
Both rank the search rows alone (:func:`search_hits`; on PostgreSQL a page of them, with each
hit's indexed title and the start of its text, in one statement: :func:`_postgres_page`); the
results' cards are loaded afterwards, only for issues readers may read, each with its
``search_title`` and ``search_text`` in that language for the snippet (:func:`issues_for_hits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import product

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import StrIndex, Substr

from csrs.languages import Language
from issues.search.document import STEM_MARK
from issues.search.indexing import search_config
from issues.search.normalise import hamza_variants, zwnj_parts
from issues.search.normalise import terms as query_terms
from issues.search.stemming import stems

MAX_QUERY_LENGTH = 200  # characters of the raw query that are read at all
MAX_TERMS = 12
MAX_PAGE = 100_000  # keeps a hostile ?page= inside the database's integer range
MIN_TERM_LENGTH = 2  # shorter words match everything and are dropped (numbers are kept)
MAX_PHRASE_SPELLINGS = 16  # SQLite: spellings of one phrase tried at most
# The text a snippet is looked for in: most first matches are near the top of an issue, and
# loading ten whole issues (tens of kilobytes each) cost more than the rest of the page.
SNIPPET_SOURCE_LENGTH = 20_000
# "…", «…», “…” (straight, Afghan/Arabic and typographic quotation marks).
_QUOTED = re.compile('"([^"]*)"|«([^»]*)»|\u201c([^\u201d]*)\u201d')


@dataclass(frozen=True)
class ParsedQuery:
    """A reader's query, cleaned: what to search for, or why there is nothing to search."""

    text: str  # the query as shown back to the reader (cut at MAX_QUERY_LENGTH)
    terms: list[str] = field(default_factory=list)
    problem: str = ""  # "", "empty" or "too_short"
    truncated: bool = False
    phrases: list[list[str]] = field(default_factory=list)  # quoted, two words or more
    # Words typed with a ZWNJ, joined as normalised, and their parts: «راه‌آهن» also finds the
    # text that writes them apart («راه آهن»).
    splits: dict[str, list[str]] = field(default_factory=dict)

    @property
    def is_searchable(self) -> bool:
        return not self.problem

    def highlight_terms(self, language: Language) -> list[str]:
        """What the snippet marks: each term's spellings and stems (never the stem mark)."""
        found: list[str] = []
        for term in self.terms:
            for form in (*exact_forms(term), *stems(term, language.code)):
                if form not in found:
                    found.append(form)
        return found


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
    phrases = []
    for match in _QUOTED.finditer(text):
        phrase = query_terms(next(g for g in match.groups() if g is not None))
        if len(phrase) > 1 and all(w in kept for w in phrase):
            phrases.append(phrase)
    splits = {"".join(parts): parts for parts in zwnj_parts(text) if "".join(parts) in kept}
    return ParsedQuery(text=text, terms=kept, truncated=truncated, phrases=phrases, splits=splits)


def exact_forms(term: str) -> list[str]:
    """``term`` and its other spellings (hamza on any seat or none)."""
    return [term, *hamza_variants(term)]


def stemmed_forms(term: str, language: Language) -> list[str]:
    """What else ``term`` matches, as a stemmed match: its stems, and marked stems."""
    exact = exact_forms(term)
    found: list[str] = []
    for spelling in exact:  # «الهيئة» is stemmed as «الهياة» too
        for stem in stems(spelling, language.code):
            if stem not in exact:
                found.append(stem)  # the text has the stem itself («كشور» for «كشورها»)
        for base in (spelling, *stems(spelling, language.code)):
            found.append(STEM_MARK + base)  # a word of the text stems to it
    return list(dict.fromkeys(found))


# PostgreSQL: tsquery text, built from normalised words (letters, digits and marks only).
SEARCH_CONFIG = "simple"  # every language: stemming is done in Python (issues.search.indexing)
_MATCH_SQL = "{column} @@ to_tsquery(%s::regconfig, %s)"


def _lexemes(forms: list[str]) -> str:
    return "(" + " | ".join(f"'{form}'" for form in forms if "'" not in form) + ")"


def _term_tsquery(
    term: str, language: Language, *, stemmed: bool, parts: list[str] | None = None
) -> str:
    forms = exact_forms(term) + (stemmed_forms(term, language) if stemmed else [])
    if parts:
        # The word written apart in the text: its parts as a phrase.
        return f"({_lexemes(forms)} | {_phrase_tsquery(parts)})"
    return _lexemes(forms)


def _phrase_tsquery(phrase: list[str]) -> str:
    return "(" + " <-> ".join(_lexemes(exact_forms(word)) for word in phrase) + ")"


def _stemmed_last(
    language: Language,
    terms: list[str],
    splits: dict[str, list[str]],
    phrase_queries: list[str],
    stemmed_only: list[str],
):
    """Ordering (ascending): 1 for a row that matched some word only by its stem, else 0.

    Only a row holding some word's stemmed form can have matched by stem alone, and those are
    usually few («border» is in every English issue, «x0border» in none): that look-up comes
    first, and the look-up of the rows with every word as typed (as large as the results)
    runs only for them. PostgreSQL builds a hashed sub-plan when it is first evaluated.
    """
    from issues.models import IssueSearchText

    table = IssueSearchText._meta.db_table
    exact = " & ".join(
        [_term_tsquery(t, language, stemmed=False, parts=splits.get(t)) for t in terms]
        + phrase_queries
    )
    rows_where = f"FROM {table} u WHERE u.language = %s AND {_MATCH_SQL.format(column='u.vector')}"
    sql = (
        f"CASE WHEN {table}.id NOT IN (SELECT u.id {rows_where}) THEN 0 "
        f"WHEN {table}.id IN (SELECT u.id {rows_where}) THEN 0 ELSE 1 END"
    )
    params = (language.code, SEARCH_CONFIG, _lexemes(stemmed_only))
    return _Sql(sql, params + (language.code, SEARCH_CONFIG, exact))


# SQLite (and the same code on PostgreSQL in tests): substrings of ``normalised``.
def _contains_any(forms: list[str]) -> Q:
    condition = Q()
    for form in forms:
        condition |= Q(normalised__contains=form)
    return condition


def _phrase_q(phrase: list[str]) -> Q:
    condition = Q()
    spellings = product(*(exact_forms(word) for word in phrase))
    for _, spelling in zip(range(MAX_PHRASE_SPELLINGS), spellings, strict=False):
        condition |= Q(normalised__contains=" ".join(spelling))
    return condition


def _in_title_sqlite(forms: list[str], index: int) -> tuple[dict, Q]:
    """Annotations and a condition: one of ``forms`` is on the first (title) line."""
    annotations = {}
    condition = Q()
    for position, form in enumerate(forms):
        name = f"_title_{index}_{position}"
        annotations[name] = StrIndex("normalised", Value(form))
        condition |= Q(**{f"{name}__gt": 0, f"{name}__lt": F("_title_end")})
    return annotations, condition


@dataclass(frozen=True)
class _Sql:
    """A piece of SQL and its parameters."""

    sql: str
    params: tuple = ()


def _postgres_search(
    language: Language,
    terms: list[str],
    phrases: list[list[str]],
    match_all: bool,
    splits: dict[str, list[str]],
) -> tuple[_Sql, list[tuple[_Sql, bool]]]:
    """PostgreSQL: the match condition on a search row, and the ordering before "newest first"
    as (expression, descending) pairs; :func:`search_hits` and :func:`_postgres_page` run them.

    Plain lexemes and no weights, so the language's own GIN index (migration 0007) answers the
    match without reading any vector; ordering reads only the small title vectors (ts_rank
    over whole texts cost ~5 µs a row at 10,000 issue-languages). Parameterised SQL rather
    than Django's expressions (When, Case, a subquery): those cost more to compile than the
    query took to run.
    """
    assert search_config(language) == SEARCH_CONFIG
    term_queries = [_term_tsquery(t, language, stemmed=True, parts=splits.get(t)) for t in terms]
    phrase_queries = [_phrase_tsquery(p) for p in phrases]
    join = " & " if match_all else " | "
    match = _Sql(
        _MATCH_SQL.format(column="vector"),
        (SEARCH_CONFIG, join.join(term_queries + phrase_queries)),
    )
    one_per_term = " + ".join("(CASE WHEN {match} THEN 1 ELSE 0 END)" for _ in term_queries)
    term_params = tuple(value for q in term_queries for value in (SEARCH_CONFIG, q))
    title_words = _Sql(
        one_per_term.format(match=_MATCH_SQL.format(column="title_vector")), term_params
    )
    order = [(title_words, True)]
    if match_all:
        stemmed = dict.fromkeys(f for t in terms for f in stemmed_forms(t, language))
        stemmed_only = [form for form in stemmed if "'" not in form]
        if stemmed_only:  # else every match has every word as typed
            order.append(
                (_stemmed_last(language, terms, splits, phrase_queries, stemmed_only), False)
            )
    else:
        found_words = _Sql(
            one_per_term.format(match=_MATCH_SQL.format(column="vector")), term_params
        )
        order.insert(0, (found_words, True))
    return match, order


def search_hits(
    language: Language,
    terms: list[str],
    *,
    phrases: list[list[str]] | None = None,
    match_all: bool = True,
    splits: dict[str, list[str]] | None = None,
) -> QuerySet:
    """The ids of the issues whose text in ``language`` matches ``terms`` (and ``phrases``).

    ``splits``: terms typed with a ZWNJ (``ParsedQuery.splits``) also match their parts as a
    phrase. ``match_all``: every term must match (as written, in another spelling, or by its stem);
    otherwise any term, and issues with more of them first. Ordered by the number of terms in
    the title, then (all terms) exact matches before stemmed ones, then newest first.

    A narrow query on the search rows alone (which exist only for the live languages of live
    issues: ``issues.search.indexing``; while any page is private, only those of readable
    issues), to paginate; :func:`issues_for_hits` then loads the page of results, checking
    again that each is readable.
    """
    from issues.models import IssuePage, IssueSearchText
    from issues.site_cache import any_view_restrictions

    phrases = phrases or []
    splits = splits or {}
    rows = IssueSearchText.objects.filter(language=language.code)
    if any_view_restrictions():
        # A privacy setting unpublishes nothing, so a private issue keeps its rows: leave it
        # out here too, or the total and the pages would count it.
        rows = rows.filter(page__in=IssuePage.objects.readable(language).values("pk"))
    if connection.vendor == "postgresql":
        match, order = _postgres_search(language, terms, phrases, match_all, splits)
        rows = rows.filter(RawSQL(match.sql, match.params, output_field=BooleanField()))
        rows = rows.order_by(
            *(
                RawSQL(part.sql, part.params, output_field=IntegerField()).desc()
                if descending
                else RawSQL(part.sql, part.params, output_field=IntegerField()).asc()
                for part, descending in order
            ),
            "-number",
        )
    else:
        term_forms = [exact_forms(t) + stemmed_forms(t, language) for t in terms]
        conditions = [
            _contains_any(forms) | (_phrase_q(splits[t]) if t in splits else Q())
            for t, forms in zip(terms, term_forms, strict=True)
        ]
        conditions += [_phrase_q(p) for p in phrases]
        match = Q()
        for condition in conditions:
            match = (match & condition) if match_all else (match | condition)
        rows = rows.filter(match).annotate(_title_end=StrIndex("normalised", Value("\n")))
        title_words = []
        for index, forms in enumerate(term_forms):
            annotations, in_title = _in_title_sqlite(forms, index)
            rows = rows.annotate(**annotations)
            title_words.append(Case(When(in_title, then=1), default=0))
        order = [sum(title_words[1:], title_words[0]).desc()]
        if match_all:
            all_exact = Q()
            for term in terms:
                all_exact &= _contains_any(exact_forms(term)) | (
                    _phrase_q(splits[term]) if term in splits else Q()
                )
            order.append(Case(When(all_exact, then=0), default=1).asc())
        else:
            found = [Case(When(condition, then=1), default=0) for condition in conditions]
            order.insert(0, sum(found[1:], found[0]).desc())
        rows = rows.order_by(*order, "-number")
    return rows.values_list("page_id", flat=True)


def issues_for_hits(
    language: Language, ids: list[int], request=None, texts: dict | None = None
) -> list:
    """The cards (:class:`issues.cards.IssueCard`) of the readable issues of ``ids``, in that
    order, each with ``search_title`` and ``search_text`` in ``language`` for its snippet.

    ``texts``: ``{page id: (title, text)}`` when the page of hits brought them
    (:func:`_postgres_page`); else they are read here.
    """
    from issues.cards import issue_cards
    from issues.models import IssuePage, IssueSearchText

    if texts is None:
        rows = IssueSearchText.objects.filter(language=language.code, page_id__in=ids)
        snippet = Substr("text", 1, SNIPPET_SOURCE_LENGTH)
        texts = {
            pk: (title, text) for pk, title, text in rows.values_list("page_id", "title", snippet)
        }
    readable = IssuePage.objects.readable(language)
    cards = issue_cards(readable, language, request, ids=ids, texts=False)
    return [
        replace(
            card,
            title=texts[card.pk][0],
            search_title=texts[card.pk][0],
            search_text=texts[card.pk][1],
        )
        for card in cards
        if card.pk in texts
    ]


def _page_number(number) -> int:
    try:
        # Far past any end (an edited URL) is the same as just past it: the last page.
        return min(max(1, int(number)), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def _as_page(ids: list[int], total: int, number: int, per_page: int) -> Page:
    paginator = Paginator([], per_page)
    paginator.count = total
    paginator.object_list = ids
    return Page(ids, number, paginator)


def _postgres_page(
    language: Language,
    terms: list[str],
    *,
    phrases: list[list[str]],
    match_all: bool,
    splits: dict[str, list[str]],
    number,
    per_page: int,
) -> tuple[Page, dict[int, tuple[str, str]]]:
    """PostgreSQL: page ``number`` of :func:`search_hits`, and each hit's indexed title and the
    start of its text, in one statement written here (the queryset cost more to build and
    compile than the query took to run). The total comes with the page's own rows
    (``COUNT(*) OVER ()``); only a page past the end (an edited URL) costs a count, and then
    shows the last page, as ``Paginator.get_page`` does.
    """
    from issues.models import IssuePage, IssueSearchText
    from issues.site_cache import any_view_restrictions

    table = IssueSearchText._meta.db_table
    match, order = _postgres_search(language, terms, phrases, match_all, splits)
    where = f"{table}.language = %s AND {match.sql}"
    where_params = [language.code, *match.params]
    if any_view_restrictions():
        # A privacy setting unpublishes nothing, so a private issue keeps its rows.
        readable = IssuePage.objects.readable(language).values("pk").query.sql_with_params()
        where += f" AND {table}.page_id IN ({readable[0]})"
        where_params += list(readable[1])
    keys = "".join(f", ({part.sql}) AS key{i}" for i, (part, _) in enumerate(order))
    key_params = [value for part, _ in order for value in part.params]
    directions = [("DESC" if descending else "ASC") for _, descending in order]
    sort = ", ".join(f"{{alias}}key{i} {d}" for i, d in enumerate(directions))
    inner = (
        f"SELECT {table}.id, {table}.page_id, {table}.number, COUNT(*) OVER () AS total{keys} "
        f"FROM {table} WHERE {where} ORDER BY {sort.format(alias='')}, {table}.number DESC "
        "LIMIT %s OFFSET %s"
    )
    sql = (
        "SELECT hit.page_id, hit.total, text.title, SUBSTRING(text.text FROM 1 FOR %s) "
        f"FROM ({inner}) hit JOIN {table} text ON text.id = hit.id "
        f"ORDER BY {sort.format(alias='hit.')}, hit.number DESC"
    )
    number = _page_number(number)

    def rows(number: int) -> list:
        offset = (number - 1) * per_page
        params = [SNIPPET_SOURCE_LENGTH, *key_params, *where_params, per_page, offset]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    found = rows(number)
    if not found and number > 1:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table} WHERE {where}", where_params)
            total = cursor.fetchone()[0]
        number = max(1, -(-total // per_page))
        found = rows(number)
    ids = [page_id for page_id, *_ in found]
    texts = {page_id: (title, text) for page_id, _, title, text in found}
    return _as_page(ids, found[0][1] if found else 0, number, per_page), texts


def page_of_hits(hits: QuerySet, number, per_page: int):
    """Page ``number`` of ``hits`` (ids, from :func:`search_hits`) as a Django ``Page``
    (SQLite; PostgreSQL pages with :func:`_postgres_page`).

    The total comes with the page's own rows (``COUNT(*) OVER ()``) instead of a second scan
    of every match; only a page past the end (an edited URL) costs a count, and then shows the
    last page, as ``Paginator.get_page`` does.
    """
    number = _page_number(number)
    rows = _hits_with_total(hits, number, per_page)
    if not rows and number > 1:
        total = hits.count()
        number = max(1, -(-total // per_page))
        rows = _hits_with_total(hits, number, per_page)
    ids = [page_id for page_id, _ in rows]
    return _as_page(ids, rows[0][1] if rows else 0, number, per_page)


def _hits_with_total(hits: QuerySet, number: int, per_page: int) -> list[tuple[int, int]]:
    start = (number - 1) * per_page
    with_total = hits.annotate(total=Window(Count("*"))).values_list("page_id", "total")
    return list(with_total[start : start + per_page])


@dataclass
class SearchOutcome:
    """One page of results for a reader's query, and how it was found."""

    page: Page
    partial: bool = False  # no issue has every word: these have some of them, most first
    suggestion: str = ""  # "did you mean": a query that finds something, or ""
    # PostgreSQL: {page id: (indexed title, start of the text)} of the page's hits.
    texts: dict | None = None


def search(language: Language, query: ParsedQuery, number, per_page: int) -> SearchOutcome:
    """Page ``number`` of the issues matching ``query`` in ``language``.

    Every word first; when no issue has them all, a suggestion (if some word is unknown and a
    near word finds something) and, unless the query quotes a phrase, the issues with some of
    the words.
    """
    from issues.search.suggestions import suggest

    def page_of(match_all: bool) -> tuple[Page, dict | None]:
        phrases = query.phrases if match_all else []
        if connection.vendor == "postgresql":
            return _postgres_page(
                language,
                query.terms,
                phrases=phrases,
                match_all=match_all,
                splits=query.splits,
                number=number,
                per_page=per_page,
            )
        hits = search_hits(
            language, query.terms, phrases=phrases, match_all=match_all, splits=query.splits
        )
        return page_of_hits(hits, number, per_page), None

    page, texts = page_of(match_all=True)
    if page.paginator.count:
        return SearchOutcome(page, texts=texts)
    suggestion = suggest(language, query.terms)
    if len(query.terms) > 1 and not query.phrases:  # a quoted phrase is meant as written
        some, some_texts = page_of(match_all=False)
        if some.paginator.count:
            return SearchOutcome(some, partial=True, suggestion=suggestion, texts=some_texts)
    return SearchOutcome(page, suggestion=suggestion, texts=texts)
