"""The full-page cache for anonymous readers (issues/page_cache.py)."""

from __future__ import annotations

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from csrs import languages
from issues.models import PublicationSettings
from issues.workflow import actions
from tests.factories import build_issue

HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def fetch(client, path, *, expect_queries=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    if expect_queries is not None:
        assert len(queries) == expect_queries, [q["sql"] for q in queries]
    return response


def test_second_anonymous_request_is_served_from_the_cache_without_queries(
    client, issue_in_all_languages
):
    first = fetch(client, "/en/issues/455/")
    assert first.status_code == 200
    assert first[HEADER] == "miss"
    second = fetch(client, "/en/issues/455/", expect_queries=0)
    assert second.status_code == 200
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"]


@pytest.mark.parametrize("path", ["/en/", "/ps/issues/", "/fa-af/search/?q=x"])
def test_home_archive_and_search_are_cached_too(client, issue_in_all_languages, path):
    assert fetch(client, path)[HEADER] == "miss"
    assert fetch(client, path, expect_queries=0)[HEADER] == "hit"


def test_languages_do_not_leak_into_each_other(client, issue_in_all_languages):
    english = fetch(client, "/en/issues/455/")
    pashto = fetch(client, "/ps/issues/455/")
    assert pashto[HEADER] == "miss"
    assert 'lang="ps"' in pashto.content.decode()
    # Cached copies stay in their language, whatever cookie or Accept-Language the reader sends.
    client.cookies["csrs_language"] = "ar"
    again = client.get("/ps/issues/455/", headers={"accept-language": "en"})
    assert again[HEADER] == "hit"
    assert 'lang="ps"' in again.content.decode()
    assert client.get("/en/issues/455/").content == english.content


def test_publishing_an_issue_invalidates_the_archive_and_home(
    client, archive, django_capture_on_commit_callbacks
):
    build_issue(archive, number=700, codes=("en",))
    fetch(client, "/en/issues/")
    assert fetch(client, "/en/issues/")[HEADER] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        build_issue(archive, number=701, codes=("en",))
    response = fetch(client, "/en/issues/")
    assert response[HEADER] == "miss"
    assert "/en/issues/701/" in response.content.decode()


def test_publishing_a_new_language_of_an_issue_invalidates_its_page(
    client, archive, django_capture_on_commit_callbacks
):
    issue = build_issue(archive, number=710, codes=("en",))
    assert fetch(client, "/ps/issues/710/").status_code == 404  # not in Pashto yet: not stored
    fetch(client, "/en/issues/710/")
    assert fetch(client, "/en/issues/710/")[HEADER] == "hit"
    pashto = languages.get_language("ps")
    setattr(issue, pashto.field("title"), "د ازموینې ګڼه")
    setattr(issue, pashto.field("analyses"), issue.analyses_en.raw_data)
    with django_capture_on_commit_callbacks(execute=True):
        revision = issue.save_revision()
        actions.approve(issue, pashto)  # only approved translations go live
        revision.publish()
    assert fetch(client, "/ps/issues/710/").status_code == 200
    assert fetch(client, "/en/issues/710/")[HEADER] == "miss"


def test_changing_publication_settings_invalidates_every_page(
    client, issue_in_all_languages, django_capture_on_commit_callbacks
):
    fetch(client, "/en/issues/455/")
    assert fetch(client, "/en/issues/455/")[HEADER] == "hit"
    publication = PublicationSettings.for_site(Site.objects.get(is_default_site=True))
    publication.publisher_name = "Centre for Cached Studies"
    with django_capture_on_commit_callbacks(execute=True):
        publication.save()
    response = fetch(client, "/en/issues/455/")
    assert response[HEADER] == "miss"
    assert "Centre for Cached Studies" in response.content.decode()


def test_signed_in_users_bypass_the_cache(admin_client, issue_in_all_languages):
    client = Client()  # admin_client is pytest-django's ``client``, signed in
    fetch(client, "/en/issues/455/")  # an anonymous copy is in the cache
    response = fetch(admin_client, "/en/issues/455/")
    assert HEADER not in response
    assert "public" not in response.get("Cache-Control", "")
    # …and what a signed-in user was served is never stored for others.
    cache.clear()
    fetch(admin_client, "/en/issues/455/")
    assert fetch(client, "/en/issues/455/")[HEADER] == "miss"


def test_admin_and_errors_are_never_cached(admin_client, issue_in_all_languages):
    assert HEADER not in fetch(admin_client, "/admin/")
    client = Client()
    fetch(client, "/en/issues/999/")
    assert HEADER not in fetch(client, "/en/issues/999/")
    assert fetch(client, "/en/issues/999/").status_code == 404


def test_switched_off_by_setting(client, settings, issue_in_all_languages):
    settings.PAGE_CACHE_ENABLED = False
    fetch(client, "/en/issues/455/")
    assert HEADER not in fetch(client, "/en/issues/455/")


def test_a_broken_cache_backend_degrades_to_uncached_pages(
    client, settings, issue_in_all_languages
):
    """Redis down (and its errors not ignored): every page is still served, uncached."""
    settings.CACHES = {
        **settings.CACHES,
        "broken": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
    }
    settings.PAGE_CACHE_ALIAS = "broken"
    for _ in range(2):
        response = client.get("/en/issues/455/")
        assert response.status_code == 200
        assert HEADER not in response
