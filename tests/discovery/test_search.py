"""Search: one language's text at a time, Arabic-script variants matched, hostile input harmless."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from csrs import languages
from issues.models import IssueSearchText
from issues.search.indexing import rebuild_issue_search, search_config
from issues.search.query import MAX_QUERY_LENGTH, parse_query

pytestmark = pytest.mark.django_db


def result_numbers(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(".search-result h2 a")]


def note(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(p.get_text(" ", strip=True) for p in soup.select(".search-note"))


def test_the_suite_searches_postgresql_full_text():
    """CI runs on PostgreSQL; this test says so loudly if the suite ever runs elsewhere."""
    assert connection.vendor == "postgresql"


@pytest.mark.parametrize(
    ("indexed", "typed"),
    [
        ("همکاری اقتصادی با کشورهای همسایه", "همكاري"),  # Persian yeh/keheh indexed, Arabic typed
        ("همكاري اقتصادي مع دول الجوار", "همکاری"),  # Arabic letters indexed, Persian typed
        ("گفت‌وگوی تاجکستان و افغانستان", "گفتوگوی"),  # ZWNJ in the text, none typed
        ("مذاکرة حول المياه", "مذاکره"),  # teh marbuta vs heh
        ("مسؤولیت أمنیتی", "امنیتی"),  # hamza on alef
    ],
)
def test_dari_reader_finds_text_typed_on_either_keyboard(client, make_issue, indexed, typed):
    make_issue(455, ("en", "fa-af"), standfirsts={"fa-af": indexed})
    response = client.get("/fa-af/search/", {"q": typed})
    assert response.status_code == 200
    assert result_numbers(response) == ["455"]


def test_arabic_search_stems_words_before_postgresql_sees_them(client, make_issue):
    """Arabic is stemmed in Python (Snowball Arabic and light10, issues.search.stemming), so
    the row is indexed with "simple" and SQLite matches the same forms."""
    make_issue(300, ("ar",), standfirsts={"ar": "المفاوضات الاقتصادية بين الجيران"})
    assert IssueSearchText.objects.get(language="ar").config == search_config(languages.ARABIC)
    assert search_config(languages.ARABIC) == "simple"
    for typed in ("المفاوضات", "مفاوضات", "والمفاوضات", "للمفاوضات"):
        assert result_numbers(client.get("/ar/search/", {"q": typed})) == ["300"], typed


def test_results_are_only_in_the_readers_language(client, make_issue):
    make_issue(1, ("en", "ps"), standfirsts={"en": "Water treaty talks", "ps": "د اوبو تړون"})
    make_issue(2, ("en",), standfirsts={"en": "Water and energy"})
    # English words are not searched on Pashto pages, Pashto issues are not found in English.
    assert result_numbers(client.get("/ps/search/", {"q": "Water"})) == []
    assert result_numbers(client.get("/ps/search/", {"q": "اوبو"})) == ["1"]
    assert result_numbers(client.get("/en/search/", {"q": "اوبو"})) == []
    assert sorted(result_numbers(client.get("/en/search/", {"q": "water"}))) == ["1", "2"]


def test_unpublished_and_draft_text_is_not_found(client, make_issue):
    issue = make_issue(7, ("en",), standfirsts={"en": "Published words about railways"})
    assert result_numbers(client.get("/en/search/", {"q": "railways"})) == ["7"]
    # A draft change is not searchable until published.
    issue.standfirst_en = "Draft words about pipelines"
    issue.save_revision()
    assert result_numbers(client.get("/en/search/", {"q": "pipelines"})) == []
    issue.get_latest_revision().publish()
    assert result_numbers(client.get("/en/search/", {"q": "pipelines"})) == ["7"]
    assert result_numbers(client.get("/en/search/", {"q": "railways"})) == []
    issue.unpublish()
    assert result_numbers(client.get("/en/search/", {"q": "pipelines"})) == []
    assert not IssueSearchText.objects.filter(page=issue).exists()


def test_every_field_is_searched_title_body_recommendations_references(client, make_issue):
    make_issue(9, ("en",), titles={"en": "Kunar basin"})
    for word in ("Kunar", "Paragraph", "Recommendation", "Outlet", "Source title"):
        assert result_numbers(client.get("/en/search/", {"q": word})) == ["9"], word


def test_issue_number_is_found_in_any_digits(client, make_issue):
    make_issue(455, ("fa-af",))
    assert result_numbers(client.get("/fa-af/search/", {"q": "۴۵۵"})) == ["455"]


def test_snippet_marks_the_match_on_the_original_text_and_escapes_html(client, make_issue):
    make_issue(
        12,
        ("fa-af",),
        standfirsts={"fa-af": "<script>alert(1)</script> دیدار مقام‌های کابل و تاشکند"},
    )
    response = client.get("/fa-af/search/", {"q": "كابل"})  # Arabic kaf typed
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html
    assert "<mark>کابل</mark>" in html  # the text as written, not the normalised form


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Type one or more words to search for."),
        ("   ", "Type one or more words to search for."),
        ("!!! «» ...", "Type one or more words to search for."),
        ("a", "Your search is too short: type words of at least two letters."),
    ],
)
def test_empty_and_too_short_queries_explain_themselves(client, make_issue, query, message):
    make_issue(1, ("en",))
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert message in note(response)
    assert result_numbers(response) == []


def test_too_short_message_is_in_the_readers_language(client, make_issue):
    response = client.get("/ps/search/", {"q": "ا"})
    assert "ستاسو لټون ډېر لنډ دی" in note(response)


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "water & | ! ( ) : * <-> '\\",
        "a\x00b water",
        "'; DROP TABLE issues_issuepage; --",
        "\u202eفارسی\u200f",
    ],
)
def test_hostile_queries_never_fail(client, make_issue, query):
    make_issue(1, ("en",), standfirsts={"en": "water politics"})
    response = client.get("/en/search/", {"q": query, "page": "999999999999999999999"})
    assert response.status_code == 200


def test_long_queries_are_cut_and_the_reader_is_told(client, make_issue):
    make_issue(1, ("en",), standfirsts={"en": "water politics"})
    response = client.get("/en/search/", {"q": "water " + "y" * 500})
    assert len(parse_query("q" * 500).text) == MAX_QUERY_LENGTH
    assert "Only the first 200 characters" in note(response)


def test_pagination_keeps_the_query_and_uses_the_readers_digits(client, make_issue):
    for number in range(1, 13):
        make_issue(number, ("fa-af",), standfirsts={"fa-af": "تجارت ترانزیتی"})
    first = client.get("/fa-af/search/", {"q": "تجارت"})
    assert len(result_numbers(first)) == 10
    soup = BeautifulSoup(first.content, "html.parser")
    assert "۱" in soup.select_one(".pagination__current").get_text()
    assert "۲" in soup.select_one(".pagination__current").get_text()
    next_link = soup.select_one("a[rel=next]")["href"]
    assert re.search(r"q=%D8%AA", next_link) and "page=2" in next_link
    second = client.get("/fa-af/search/" + next_link)
    assert len(result_numbers(second)) == 2


def test_query_count_stays_constant_as_issues_grow(client, make_issue):
    def count():
        client.get("/en/search/", {"q": "standfirst"})  # warm caches (site, settings)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/search/", {"q": "standfirst"})
        assert response.status_code == 200
        return len(queries), len(result_numbers(response))

    for number in range(1, 4):
        make_issue(number, ("en",))
    small = count()
    for number in range(4, 25):
        make_issue(number, ("en",))
    large = count()
    assert small[1] == 3 and large[1] == 10
    assert small[0] == large[0]


def test_rebuild_command_indexes_live_issues_only(make_issue):
    make_issue(1, ("en", "ar"))
    make_issue(2, ("en",), publish=False)
    IssueSearchText.objects.all().delete()
    assert rebuild_issue_search() == 1
    assert sorted(IssueSearchText.objects.values_list("language", flat=True)) == ["ar", "en"]


def test_substring_fallback_used_on_sqlite_finds_the_same_issues(client, make_issue, monkeypatch):
    """The SQLite branch (normalised substring matching), exercised on this database."""
    import types

    from issues.search import query

    make_issue(21, ("fa-af",), standfirsts={"fa-af": "همکاری منطقه‌ای"})
    monkeypatch.setattr(query, "connection", types.SimpleNamespace(vendor="sqlite"))
    assert result_numbers(client.get("/fa-af/search/", {"q": "همكاري منطقهاي"})) == ["21"]
    # No issue has both words: the one with one of them is listed, and the reader is told.
    partial = client.get("/fa-af/search/", {"q": "همكاري تجارت"})
    assert result_numbers(partial) == ["21"]
    assert "همهٔ کلمات جستجوی شما را ندارد" in note(partial)  # told so, in Dari
    assert result_numbers(client.get("/fa-af/search/", {"q": "تجارت"})) == []


def test_an_issue_unpublished_before_its_search_rows_follow_is_not_a_result(
    client, make_issue, settings
):
    """The search rows follow publishing in a background task: until they do, the results
    still show only what readers may see, and the page keeps working."""
    from issues.models import IssuePage

    settings.PAGE_CACHE_ENABLED = False
    make_issue(1201, ("en",), standfirsts={"en": "caravanserai restoration"})
    hidden = make_issue(1202, ("en",), standfirsts={"en": "caravanserai restoration"})
    assert result_numbers(client.get("/en/search/", {"q": "caravanserai"})) == ["1202", "1201"]
    IssuePage.objects.filter(pk=hidden.pk).update(live=False)  # no signal: rows stay
    assert IssueSearchText.objects.filter(page=hidden).exists()
    response = client.get("/en/search/", {"q": "caravanserai"})
    assert response.status_code == 200
    assert result_numbers(response) == ["1201"]
    assert "/en/issues/1202/" not in response.content.decode()
