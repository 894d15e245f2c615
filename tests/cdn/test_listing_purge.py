"""Publishing or unpublishing an issue purges the home page and the archive in all languages."""

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
def test_publishing_an_issue_purges_home_and_archive_in_four_languages(purged, archive):
    build_issue(archive, number=456, codes=["en", "ps"])
    assert listing_urls() <= purged


@pytest.mark.django_db
def test_unpublishing_an_issue_purges_them_too(purged, archive):
    issue = build_issue(archive, number=457, codes=["en"])
    purged.clear()
    issue.unpublish()
    assert listing_urls() <= purged


@pytest.mark.django_db
def test_nothing_is_purged_without_a_cdn(settings, archive):
    settings.WAGTAILFRONTENDCACHE = {}
    frontend_cache_tests.PURGED_URLS.clear()
    build_issue(archive, number=458, codes=["en"])
    assert not frontend_cache_tests.PURGED_URLS


@pytest.mark.django_db
def test_publishing_the_archive_itself_is_left_to_wagtail(purged, archive):
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
