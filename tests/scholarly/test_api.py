"""The read-only JSON API: /api/v2/issues/ and /api/v2/issues/<id>/, per language."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from issues.models import Topic
from tests.scholarly.conftest import make_private, publish_with_unapproved


def listing(client, **params):
    response = client.get("/api/v2/issues/", params)
    assert response.status_code == 200, response.content
    return response.json()


def numbers(data) -> list[int]:
    return [item["number"] for item in data["items"]]


def test_the_list_is_newest_first_in_the_chosen_language(dois, client, make_issue):
    make_issue(455, ("en", "ps"))
    make_issue(456, ("en",))
    data = listing(client, language="ps")
    assert numbers(data) == [455]
    item = data["items"][0]
    assert item["language"] == "ps"
    assert item["title"].startswith("شننه")
    assert item["url"] == "http://testserver/ps/issues/455/"
    assert item["doi"] == "10.5555/csrs.wa.455.ps"
    assert item["doi_url"] == "https://doi.org/10.5555/csrs.wa.455.ps"
    assert item["languages"] == ["en", "ps"]
    assert numbers(listing(client, language="en")) == [456, 455]


def test_filters_by_topic_year_and_number(client, make_issue):
    import datetime

    economy = Topic.objects.create(slug="economy", name_en="Economy")
    first = make_issue(455, week_start=datetime.date(2024, 12, 2))
    first.topics.add(economy)
    first.save_revision().publish()
    make_issue(456, week_start=datetime.date(2025, 1, 6))
    assert numbers(listing(client, topic="economy")) == [455]
    assert listing(client, topic="economy")["items"][0]["topics"] == [
        {"slug": "economy", "name": "Economy"}
    ]
    assert numbers(listing(client, year="2025")) == [456]
    assert numbers(listing(client, number="455")) == [455]
    assert numbers(listing(client, topic="nothing")) == []


def test_pagination_with_offset_and_limit(client, make_issue):
    for number in range(1, 6):
        make_issue(number)
    data = listing(client, limit="2", offset="2")
    assert numbers(data) == [3, 2]
    assert data["meta"]["total_count"] == 5
    assert "offset=4" in data["meta"]["next"] and "offset=0" in data["meta"]["previous"]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"language": "de"}, "language"),
        ({"year": "last"}, "year"),
        ({"limit": "5000"}, "limit"),
        ({"offset": "-1"}, "offset"),
    ],
)
def test_bad_parameters_are_a_translated_400(client, params, field, db):
    response = client.get("/api/v2/issues/", {**params}, headers={"accept-language": "ps"})
    assert response.status_code == 400
    message = response.json()["error"][field]
    assert message
    if field != "language":  # a valid language is needed to translate into it
        response = client.get("/api/v2/issues/", {**params, "language": "ar"})
        assert response.json()["error"][field] != message


def test_detail_gives_the_structured_content(dois, client, make_issue):
    issue = make_issue(455, ("en", "fa-af"), analyses=2, sections=2, references=3)
    response = client.get(f"/api/v2/issues/{issue.pk}/", {"language": "fa-af"})
    assert response.status_code == 200
    data = response.json()
    assert data["title"] == issue.title_fa_af
    assert data["doi"] == "10.5555/csrs.wa.455.fa-af"
    assert [a["title"] for a in data["analyses"]] == ["تحلیل 1", "تحلیل 2"]
    section = data["analyses"][0]["sections"][0]
    assert section["heading"] == "بخش 1.1"
    assert [block["type"] for block in section["body"]] == [
        "subheading", "paragraph", "quotation", "numbered_list",
    ]  # fmt: skip
    assert section["body"][1]["html"] == "<p>پاراگراف 1.1</p>"
    assert section["body"][2]["attribution"] == "A. Speaker"
    assert data["analyses"][0]["introduction"] == "<p>پاراگراف 1.0</p>"
    assert [r["number"] for r in data["recommendations"]] == [1, 2, 3]
    assert data["references"][2] == {
        "number": 3, "outlet": "رسانه 3", "title": "Source title 3", "date": "2026-11-10",
        "url": "https://example.org/source-3", "note": "",
    }  # fmt: skip


def test_unplaced_text_is_never_published(client, make_issue):
    issue = make_issue(455)
    issue.analyses_en = [
        *[
            {"type": b.block_type, "value": b.block.get_prep_value(b.value)}
            for b in issue.analyses_en
        ],
        {"type": "unplaced_text", "value": "stray line"},
    ]
    issue.save_revision().publish()
    data = client.get(f"/api/v2/issues/{issue.pk}/", {"language": "en"}).json()
    assert "stray line" not in str(data)
    assert len(data["analyses"]) == 1


# --- leaks ----------------------------------------------------------------------------------
def test_a_draft_never_appears(client, make_issue):
    draft = make_issue(455, publish=False)
    assert numbers(listing(client)) == []
    assert client.get(f"/api/v2/issues/{draft.pk}/").status_code == 404


def test_unpublished_changes_of_a_live_issue_are_not_shown(client, make_issue):
    issue = make_issue(455)
    issue.title_en = "Draft title not yet published"
    issue.save_revision()
    assert "Draft title" not in client.get("/api/v2/issues/").content.decode()
    assert "Draft title" not in client.get(f"/api/v2/issues/{issue.pk}/").content.decode()


def test_an_unapproved_language_never_appears(client, archive):
    issue = publish_with_unapproved(archive, 455, "ps")
    assert numbers(listing(client, language="ps")) == []
    response = client.get(f"/api/v2/issues/{issue.pk}/", {"language": "ps"})
    assert response.status_code == 404
    assert numbers(listing(client, language="en")) == [455]
    assert listing(client, language="en")["items"][0]["languages"] == ["en"]


def test_a_private_issue_never_appears(client, make_issue):
    issue = make_issue(455)
    make_private(issue)
    assert numbers(listing(client)) == []
    assert client.get(f"/api/v2/issues/{issue.pk}/").status_code == 404


def test_a_missing_issue_is_a_translated_404(client, db):
    english = client.get("/api/v2/issues/999/", {"language": "en"}).json()["error"]["id"]
    arabic = client.get("/api/v2/issues/999/", {"language": "ar"}).json()["error"]["id"]
    assert english and arabic and english != arabic


def test_the_api_is_read_only(client, make_issue):
    issue = make_issue(455)
    assert client.post("/api/v2/issues/", {}).status_code == 405
    assert client.delete(f"/api/v2/issues/{issue.pk}/").status_code == 405


# --- caching, rate limit, cost --------------------------------------------------------------
def test_answers_are_public_and_served_from_the_page_cache(settings, client, make_issue):
    settings.PAGE_CACHE_ENABLED = True
    make_issue(455)
    first = client.get("/api/v2/issues/", {"language": "en"})
    assert "public" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/api/v2/issues/", {"language": "en"})
    assert second["X-Page-Cache"] == "hit" and len(queries) == 0
    assert second.content == first.content


def test_too_many_requests_are_refused_cached_or_not(settings, client, db):
    settings.SCHOLARLY_RATE_LIMIT = 3
    settings.PAGE_CACHE_ENABLED = True
    statuses = [client.get("/api/v2/issues/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/oai/", {"verb": "Identify"})
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert refused.json()["error"]


def test_list_queries_do_not_grow_with_the_number_of_issues(
    client, make_issue, django_assert_num_queries
):
    topic = Topic.objects.create(slug="economy", name_en="Economy")
    for number in range(1, 4):
        make_issue(number, ("en", "ps"), sections=1).topics.add(topic)
    client.get("/api/v2/issues/", {"language": "ps"})  # the site cache and PDF index, warm
    with CaptureQueriesContext(connection) as few:
        assert len(listing(client, language="ps")["items"]) == 3
    for number in range(4, 11):
        make_issue(number, ("en", "ps"), sections=6, references=12)
    with django_assert_num_queries(len(few)):
        assert len(listing(client, language="ps")["items"]) == 10


def test_detail_queries_do_not_grow_with_the_issue(client, make_issue, django_assert_num_queries):
    small = make_issue(1, sections=1, references=1)
    large = make_issue(2, analyses=3, sections=6, references=15)
    client.get(f"/api/v2/issues/{small.pk}/")
    with CaptureQueriesContext(connection) as few:
        assert client.get(f"/api/v2/issues/{small.pk}/").status_code == 200
    with django_assert_num_queries(len(few)):
        assert client.get(f"/api/v2/issues/{large.pk}/").status_code == 200


def test_an_issue_made_private_leaves_the_cached_answers_at_once(
    settings, client, make_issue, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    issue = make_issue(455)
    assert numbers(listing(client)) == [455]
    assert numbers(listing(client)) == [455]  # now from the cache
    with django_capture_on_commit_callbacks(execute=True):
        make_private(issue)
    assert numbers(listing(client)) == []
