"""Publishing or unpublishing an issue purges the home page and the archive in all languages.

The purge is a background task queued when the publishing transaction commits.
"""

from __future__ import annotations

import pytest

from csrs import languages
from tests.cdn import recording_backend as frontend_cache_tests
from tests.factories import build_issue

MOCK_CDN = {"mock": {"BACKEND": "tests.cdn.recording_backend.RecordingBackend"}}


@pytest.fixture
def purged(settings):
    settings.WAGTAILFRONTENDCACHE = MOCK_CDN
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = list(languages.CODES)
    frontend_cache_tests.PURGED_URLS.clear()
    yield frontend_cache_tests.PURGED_URLS
    frontend_cache_tests.PURGED_URLS.clear()


def listing_urls():
    urls = set()
    for code in languages.CODES:
        urls |= {f"http://localhost/{code}/", f"http://localhost/{code}/issues/"}
    return urls


@pytest.mark.django_db
def test_publishing_an_issue_purges_home_and_archive_in_four_languages(
    purged, archive, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = build_issue(archive, number=456, codes=["en", "ps"])
    assert listing_urls() <= purged
    assert {f"http://localhost/{code}/issues/456/" for code in languages.CODES} <= purged
    assert not issue.background_failures.exists()


@pytest.mark.django_db
def test_unpublishing_an_issue_purges_them_too(purged, archive, django_capture_on_commit_callbacks):
    issue = build_issue(archive, number=457, codes=["en"])
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        issue.unpublish()
    assert listing_urls() <= purged


@pytest.mark.django_db
def test_nothing_is_purged_without_a_cdn(settings, archive, django_capture_on_commit_callbacks):
    settings.WAGTAILFRONTENDCACHE = {}
    frontend_cache_tests.PURGED_URLS.clear()
    with django_capture_on_commit_callbacks(execute=True):
        build_issue(archive, number=458, codes=["en"])
    assert not frontend_cache_tests.PURGED_URLS


@pytest.mark.django_db
def test_publishing_the_archive_itself_is_left_to_wagtail(
    purged, archive, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        archive.save_revision().publish()
    assert not purged, "only issues trigger this handler (Wagtail's own app purges other pages)"


@pytest.mark.django_db
@pytest.mark.parametrize("where", ["issue", "archive"])
def test_a_privacy_change_purges_the_page_its_lists_feeds_and_sitemap(purged, archive, where):
    from wagtail.models import PageViewRestriction

    issue = build_issue(archive, number=459, codes=["en", "ps"])
    purged.clear()
    page = issue if where == "issue" else archive
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    expected = listing_urls() | {"http://localhost/sitemap.xml"}
    for code in languages.CODES:
        expected |= {
            f"http://localhost/{code}/issues/459/",
            f"http://localhost/{code}/feeds/rss/",
            f"http://localhost/{code}/feeds/atom/",
        }
    assert expected <= purged, expected - purged
    purged.clear()
    restriction.delete()  # lifting it purges the same addresses
    assert expected <= purged, expected - purged


@pytest.mark.django_db
def test_a_purge_the_cdn_refuses_is_recorded_as_a_failure(
    settings, archive, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",  # nothing listens there
        }
    }
    with django_capture_on_commit_callbacks(execute=True):
        issue = build_issue(archive, number=459, codes=["en"])
    failure = issue.background_failures.get()
    assert failure.task_path == "issues.cache_purge.purge_issue_from_cdn"
    assert "Couldn't purge" in failure.error
