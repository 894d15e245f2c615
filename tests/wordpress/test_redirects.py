"""Old WordPress URLs answer 301 to the new issue (or filtered archive); others are untouched."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from issues.models import IssuePage, LegacyRedirect, Topic

from .helpers import run_import

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(archive):
    for slug in ("water", "economy", "trade"):
        Topic.objects.create(slug=slug, name=slug.title())
    run_import("english", "en", publish=True)
    run_import("arabic", "ar", publish=True)
    return IssuePage.objects.get(number=301)


def url_in(page, code: str) -> str:
    with translation.override(code):
        return page.get_url()


@pytest.mark.parametrize(
    "old",
    [
        "/?p=1546",
        "/?p=1550",
        "/index.php?p=1546&utm_source=mail",
        "/en/?p=1546",
        "/2019/03/09/rivers-without-a-treaty/",
        "/2019/03/09/border-markets-reopen",
        "/wp-content/uploads/2019/03/wa-301-en.pdf",
        "/2019/03/09/rivers-without-a-treaty/wa-301-en/",
        "/?attachment_id=1547",
    ],
)
def test_every_english_old_url_form_answers_301_to_the_english_issue(client, imported, old):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == url_in(imported, "en")


@pytest.mark.parametrize(
    "old",
    [
        "/ar/?p=812",
        "/ar/" + quote("2019/03/09/أنهار") + "/",
        "/ar/wp-content/uploads/2019/03/wa-301-ar.pdf",
        "/ar/?attachment_id=813",
    ],
)
def test_arabic_old_urls_answer_301_to_the_arabic_issue(client, imported, old):
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == url_in(imported, "ar")
    assert response["Location"].startswith("/ar/")


def test_tag_and_category_urls_go_to_the_archive_filtered_by_the_mapped_topic(client, imported):
    archive = url_in(IssuePage.objects.get(number=301).get_parent().specific, "en")
    for old, topic in (
        ("/?tag=water", "water"),
        ("/tag/water/", "water"),
        ("/?cat=7", "economy"),
        ("/category/economy/", "economy"),
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == f"{archive}?topic={topic}"
    response = client.get("/ar/?tag=water-ar")
    assert response.status_code == 301 and response["Location"].startswith("/ar/")


def test_unknown_old_urls_get_the_sites_normal_answer(client, imported):
    assert client.get("/2019/01/01/never-existed/", follow=True).status_code == 404
    assert client.get("/wp-content/uploads/2019/03/other.pdf", follow=True).status_code == 404
    response = client.get("/?p=999999")
    assert response.status_code != 301  # the home page, as before the import


def test_an_issue_no_longer_readable_is_not_revealed_by_its_old_url(client, imported):
    imported.unpublish()
    response = client.get("/?p=1546")
    assert response.status_code != 301
    assert client.get("/2019/03/09/rivers-without-a-treaty/", follow=True).status_code == 404


def test_pages_that_are_not_redirected_pay_no_query_for_redirects(client, imported, settings):
    url = url_in(imported, "en")
    client.get(url)  # warm the site and page caches alike for both runs

    def queries() -> list[str]:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return [q["sql"] for q in captured.captured_queries]

    assert not any("issues_legacyredirect" in sql for sql in queries())
    with CaptureQueriesContext(connection) as captured:
        client.get("/?p=1546")
    assert sum("issues_legacyredirect" in q["sql"] for q in captured.captured_queries) == 1


def test_redirect_lookup_is_one_indexed_equality(imported):
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(
            "EXPLAIN SELECT issue_id FROM issues_legacyredirect WHERE old_key = %s", ["?p=1546"]
        )
        plan = " ".join(row[0] for row in cursor.fetchall())
    assert "Index" in plan
    assert LegacyRedirect.objects.filter(old_key="?p=1546").count() == 1
