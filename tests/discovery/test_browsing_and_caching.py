"""Home and archive (topics, regions, years), the Region snippet, and HTTP caching headers."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from issues.models import Region, Topic
from tests.factories import build_issue

pytestmark = pytest.mark.django_db


def archive_numbers(response) -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(".issue-card__title a")]


@pytest.fixture
def taxonomy():
    water = Topic.objects.create(slug="water", name_en="Water", name_ps="اوبه")
    trade = Topic.objects.create(slug="trade", name_en="Trade", name_ps="سوداګري")
    asia = Region.objects.create(slug="central-asia", name_en="Central Asia", name_ps="منځنۍ آسیا")
    iran = Region.objects.create(slug="iran", name_en="Iran", name_ps="ایران")
    return water, trade, asia, iran


def tag(issue, topics=(), regions=()):
    issue.topics.set(topics)
    issue.regions.set(regions)
    issue.save_revision().publish()


def test_archive_filters_by_topic_region_and_year(client, archive, taxonomy):
    water, trade, asia, iran = taxonomy
    one = build_issue(archive, number=1, codes=("en", "ps"), week_start=datetime.date(2024, 12, 2))
    two = build_issue(archive, number=2, codes=("en", "ps"), week_start=datetime.date(2025, 1, 6))
    three = build_issue(archive, number=3, codes=("en",), week_start=datetime.date(2025, 2, 3))
    tag(one, [water], [asia])
    tag(two, [trade], [iran])
    tag(three, [water], [iran])
    assert archive_numbers(client.get("/en/issues/", {"topic": "water"})) == ["3", "1"]
    assert archive_numbers(client.get("/en/issues/", {"region": "iran"})) == ["3", "2"]
    assert archive_numbers(client.get("/en/issues/", {"year": "2025"})) == ["3", "2"]
    assert archive_numbers(client.get("/en/issues/", {"topic": "water", "year": "2025"})) == ["3"]
    # Pashto: only issues in Pashto, choices named in Pashto.
    response = client.get("/ps/issues/", {"topic": "water"})
    assert archive_numbers(response) == ["1"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert [o.get_text() for o in soup.select("#filter-topic option")][1:] == ["سوداګري", "اوبه"]
    # Pashto years are Solar Hijri (issue 18): 2 December 2024 and 6 January 2025 are both 1403.
    assert [o.get_text() for o in soup.select("#filter-year option")][1:] == ["۱۴۰۳"]


def test_unknown_filter_values_give_an_empty_list_with_a_message(client, archive, taxonomy):
    build_issue(archive, number=1)
    for params in ({"topic": "nope"}, {"region": "<script>"}, {"year": "1999"}):
        response = client.get("/en/issues/", params)
        assert response.status_code == 200
        assert archive_numbers(response) == []
        assert "No issues match these filters." in response.content.decode()
    assert archive_numbers(client.get("/en/issues/", {"year": "not-a-year"})) == ["1"]


def test_archive_pagination_keeps_the_filters(client, archive, taxonomy):
    water = taxonomy[0]
    for number in range(1, 15):
        tag(build_issue(archive, number=number), [water])
    soup = BeautifulSoup(client.get("/en/issues/", {"topic": "water"}).content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == "?topic=water&page=2"


def test_archive_query_count_is_constant_as_issues_grow(client, archive, taxonomy):
    water, _, asia, _ = taxonomy

    def count(params):
        client.get("/en/issues/", params)
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/issues/", params).status_code == 200
        return len(queries)

    for number in range(1, 3):
        tag(build_issue(archive, number=number), [water], [asia])
    small = count({}), count({"topic": "water", "region": "central-asia"})
    for number in range(3, 20):
        tag(build_issue(archive, number=number), [water], [asia])
    large = count({}), count({"topic": "water", "region": "central-asia"})
    assert small == large


def test_home_lists_topics_of_issues_in_the_readers_language(client, archive, taxonomy):
    water, trade, *_ = taxonomy
    tag(build_issue(archive, number=1, codes=("en", "ps")), [water])
    tag(build_issue(archive, number=2, codes=("en",)), [trade])
    soup = BeautifulSoup(client.get("/ps/").content, "html.parser")
    assert [(a.get_text(), a["href"]) for a in soup.select(".topic-list a")] == [
        ("اوبه", "/ps/issues/?topic=water")
    ]


def test_editors_manage_regions_and_tag_issues_with_them(admin_client, archive, taxonomy):
    issue = build_issue(archive, number=1)
    listing = admin_client.get("/admin/snippets/issues/region/")
    assert listing.status_code == 200 and "Central Asia" in listing.content.decode()
    edit = admin_client.get(f"/admin/pages/{issue.pk}/edit/")
    assert 'name="regions"' in edit.content.decode()


# --- caching headers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path", ["/en/", "/en/issues/", "/en/issues/1/", "/en/search/?q=x", "/en/feeds/rss/"]
)
def test_public_pages_are_cacheable_for_anonymous_readers(client, archive, path):
    build_issue(archive, number=1)
    response = client.get(path)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get(path, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304


def test_pages_for_signed_in_editors_and_errors_are_not_public(admin_client, client, archive):
    build_issue(archive, number=1)
    assert "public" not in admin_client.get("/en/issues/1/").get("Cache-Control", "")
    assert "public" not in admin_client.get("/admin/").get("Cache-Control", "")
    assert "public" not in client.get("/en/no-such-page/").get("Cache-Control", "")
