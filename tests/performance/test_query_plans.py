"""The queries behind search and the archive stay cheap as the archive grows: their plans.

Timings belong to benchmarks/run.py; what a test can hold is the shape of the query. Seq scans
are switched off so the planner shows whether an index *can* answer the query at all (on a
small test table it would rightly prefer a scan).
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from csrs import languages
from issues.models import IssuePage
from issues.search.indexing import search_config
from issues.search.query import search_hits
from tests.factories import build_issue

pytestmark = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL query plans")


def test_each_language_has_its_own_search_index(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'issues_issuesearchtext'"
        )
        indexes = dict(cursor.fetchall())
    for code in languages.CODES:
        definition = indexes[f"issues_searchtext_vector_{code.replace('-', '_')}"]
        assert "gin (vector)" in definition and f"language)::text = '{code}'" in definition


@pytest.mark.parametrize("code", languages.CODES)
def test_a_search_can_use_its_languages_index(archive, code):
    """The index's predicate and a constant configuration: the planner may answer from it."""
    build_issue(archive, number=800, codes=tuple(languages.CODES))
    language = languages.get_language(code)
    sql, params = search_hits(language, ["issue"]).query.sql_with_params()
    assert params[0] == code  # language = %s, the partial index's predicate
    # The configuration is a parameter, not the row's column (which no index could serve).
    assert search_config(language) in params
    assert '"config"' not in sql


def test_search_pages_sort_ids_not_rows(archive):
    build_issue(archive, number=801)
    sql = str(search_hits(languages.get_language("en"), ["issue"]).query)
    select_list = sql.split(" FROM ")[0]
    # Only the id is selected (the rank is computed to sort): never texts or page columns.
    assert select_list.count(",") == 0, select_list


def test_an_archive_page_is_one_query_of_the_cards_columns(client, archive):
    for number in range(1, 30):
        build_issue(archive, number=number)
    client.get("/en/issues/?page=2")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/issues/?page=2")
    assert response.status_code == 200
    numbers = [int(n) for n in re.findall(r'href="/en/issues/(\d+)/"', response.content.decode())]
    assert numbers[:12] == list(range(17, 5, -1))
    assert len(queries) == 1  # the count and the filter choices are cached
    (sql,) = [q["sql"] for q in queries]
    columns = sql.split(" FROM ")[0]
    # What a card shows (number, week, title, standfirst, its address), no issue bodies.
    assert "standfirst_en" in columns and "url_path" in columns
    assert not any(word in columns for word in ("analyses", "recommendations", "references"))
    assert "ORDER BY" in sql and "OFFSET" in sql
    assert IssuePage.objects.count() == 29


def test_the_archive_count_follows_publishing_at_once(client, archive):
    """The count is cached (it would cost more than the page), never past a publish."""
    for number in range(1, 13):
        build_issue(archive, number=number)
    assert "page=2" not in client.get("/en/issues/").content.decode()
    with CaptureQueriesContext(connection) as queries:
        client.get("/en/issues/")
    assert len(queries) == 1  # the page's cards: no count, no choices
    thirteenth = build_issue(archive, number=13)
    assert "page=2" in client.get("/en/issues/").content.decode()
    thirteenth.unpublish()
    assert "page=2" not in client.get("/en/issues/").content.decode()


def test_a_search_page_is_two_queries_and_past_the_end_is_the_last_page(client, archive):
    for number in range(1, 14):
        build_issue(archive, number=number)
    client.get("/en/search/", {"q": "analysis"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/en/search/", {"q": "analysis", "page": "2"})
    assert len(queries) == 2  # the page's ids with the total, then their rows
    body = response.content.decode()
    found = [int(n) for n in re.findall(r'href="/en/issues/(\d+)/"', body)]
    assert sorted(set(found) & set(range(1, 14))) == [1, 2, 3]  # newest first: 13…4, then 3…1
    last = client.get("/en/search/", {"q": "analysis", "page": "99999999999999999999"})
    assert last.status_code == 200
    last_found = [int(n) for n in re.findall(r'href="/en/issues/(\d+)/"', last.content.decode())]
    assert last_found[:3] == found[:3]
    for bad in ("0", "-3", "x"):
        first = client.get("/en/search/", {"q": "analysis", "page": bad}).content.decode()
        assert "/en/issues/13/" in first
