"""The site, its home page and archive, its settings and "no page is private", from the cache
(issues/site_cache.py): fewer queries per page, and never a stale or unsafe answer."""

from __future__ import annotations

import itertools

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.models.sites import get_site_for_hostname

from issues import site_cache
from issues.models import PublicationSettings
from issues.models.pages import ViewRestrictionsInOneQueryMixin
from tests.factories import build_issue


def queries_of(client, path: str) -> tuple[int, object]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return len(queries), response


def test_a_warm_issue_page_reads_only_its_own_row(client, archive):
    build_issue(archive, number=700)
    cold, response = queries_of(client, "/en/issues/700/")
    assert response.status_code == 200
    warm, response = queries_of(client, "/en/issues/700/")
    assert response.status_code == 200
    assert warm == 1 < cold


def test_the_cache_answers_what_wagtail_would(site_tree):
    """The host matching rules, against Wagtail's own lookup as the oracle."""
    home, _ = site_tree
    other = home.add_child(instance=Page(title="Other", slug="other"))
    Site.objects.create(hostname="example.org", port=80, root_page=other)
    Site.objects.create(hostname="example.org", port=8080, root_page=home)
    Site.objects.create(hostname="only.example.net", port=443, root_page=other)
    sites = site_cache._load_sites()
    hosts = ["localhost", "example.org", "only.example.net", "unknown.test"]
    for hostname, port in itertools.product(hosts, [80, 443, 8080, 9000]):
        try:
            expected = get_site_for_hostname(hostname, port).pk
        except Site.DoesNotExist:
            expected = None
        found = site_cache.match_site(sites, hostname, port)
        assert (found.pk if found else None) == expected, (hostname, port)


def test_no_default_site_and_no_match_is_none(site_tree):
    Site.objects.update(is_default_site=False)
    assert site_cache.match_site(site_cache._load_sites(), "elsewhere.test", 80) is None


def test_publishing_the_home_page_shows_at_once(client, site_tree):
    home, _ = site_tree
    assert "Home en" in client.get("/en/").content.decode()
    home.title_en = "Front page renamed"
    home.save_revision().publish()
    assert "Front page renamed" in client.get("/en/").content.decode()


def test_a_changed_setting_shows_at_once(client, archive):
    build_issue(archive, number=701)
    site = Site.objects.get()
    settings_row = PublicationSettings.for_site(site)
    client.get("/en/issues/701/")  # cached
    settings_row.publication_name_en = "Weekly Brief Renamed"
    settings_row.save()
    assert "Weekly Brief Renamed" in client.get("/en/issues/701/").content.decode()


def test_a_new_site_hostname_routes_at_once(client, site_tree):
    assert client.get("/en/", HTTP_HOST="press.example.org").status_code == 200
    Site.objects.update(is_default_site=False)  # no signal: the next save must still tell
    site = Site.objects.get()
    site.hostname = "csrs.example.org"
    site.save()
    assert client.get("/en/", HTTP_HOST="csrs.example.org").status_code == 200
    assert client.get("/en/", HTTP_HOST="press.example.org").status_code == 404


def test_making_the_archive_private_protects_issues_at_once(client, archive):
    """The "no page is private" answer must never outlive a new restriction."""
    build_issue(archive, number=702)
    assert client.get("/en/issues/702/").status_code == 200  # cached: nothing private
    restriction = PageViewRestriction.objects.create(
        page=archive, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get("/en/issues/702/")
    assert response.status_code == 200
    assert "Weekly Analysis" not in response.content.decode()  # the password form instead
    assert 'name="password"' in response.content.decode()
    restriction.delete()
    assert 'name="password"' not in client.get("/en/issues/702/").content.decode()


def test_one_query_restrictions_match_wagtails_own(archive):
    """Aliases take their source's restrictions; ancestors' apply too: Wagtail as the oracle."""
    home = archive.get_parent()
    source = home.add_child(instance=Page(title="Source", slug="source"))
    alias = source.create_alias(parent=archive, update_slug="source-alias")
    PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    PageViewRestriction.objects.create(page=home, restriction_type=PageViewRestriction.LOGIN)
    site_cache.invalidate()
    for page in (alias, source, archive):
        ours = ViewRestrictionsInOneQueryMixin.get_view_restrictions(page)
        wagtails = Page.get_view_restrictions(page)
        assert sorted(r.pk for r in ours) == sorted(r.pk for r in wagtails), page.slug
    assert len(ViewRestrictionsInOneQueryMixin.get_view_restrictions(alias)) == 2


def test_a_broken_cache_falls_back_to_the_database(client, settings, archive):
    settings.CACHES = {
        **settings.CACHES,
        "broken": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens on port 1
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.2, "SOCKET_TIMEOUT": 0.2},
        },
    }
    settings.SITE_CACHE_ALIAS = "broken"
    build_issue(archive, number=704)
    for _ in range(2):
        count, response = queries_of(client, "/en/issues/704/")
        assert response.status_code == 200
        assert count > 1  # Wagtail's own lookups ran


def test_switched_off_by_setting(client, settings, archive):
    settings.SITE_CACHE_ENABLED = False
    build_issue(archive, number=705)
    client.get("/en/issues/705/")
    assert queries_of(client, "/en/issues/705/")[0] > 1


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST:80"])
def test_the_request_gets_the_cached_site(site_tree, host):
    request = RequestFactory().get("/", HTTP_HOST=host)
    site = site_cache.site_for_request(request)
    assert site == Site.objects.get()
    assert type(site.root_page).__name__ == "HomePage"  # specific: routing needs no query
