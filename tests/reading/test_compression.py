"""HTML travels compressed, and the page cache keeps each page compressed, once (issue 18)."""

from __future__ import annotations

import gzip

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from issues import page_cache

pytestmark = pytest.mark.django_db
GZIP_MAGIC = b"\x1f\x8b"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()


def test_an_issue_page_is_compressed_and_cached_compressed_once(client, issue_in_all_languages):
    first = client.get("/ps/issues/455/", headers={"accept-encoding": "gzip, br"})
    assert first["X-Page-Cache"] == "miss"
    assert first["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in first["Vary"]
    html = gzip.decompress(first.content).decode()
    assert 'lang="ps"' in html and "</html>" in html
    assert len(first.content) < len(html.encode()) / 3

    # The cache holds the compressed bytes: a hit sends them as they are, no second compression.
    request = RequestFactory().get("/ps/issues/455/")
    request.LANGUAGE_CODE = "ps"
    stored = page_cache._cache().get(page_cache.cache_key(request, page_cache.current_generation()))
    assert stored.content.startswith(GZIP_MAGIC) and stored["Content-Encoding"] == "gzip"
    second = client.get("/ps/issues/455/", headers={"accept-encoding": "gzip"})
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content == stored.content


def test_a_client_without_gzip_gets_the_cached_page_plain(client, issue_in_all_languages):
    compressed = client.get("/fa-af/issues/455/", headers={"accept-encoding": "gzip"})
    plain = client.get("/fa-af/issues/455/", headers={"accept-encoding": "identity"})
    assert plain["X-Page-Cache"] == "hit"
    assert not plain.has_header("Content-Encoding")
    assert plain.content == gzip.decompress(compressed.content)
    assert int(plain["Content-Length"]) == len(plain.content)


def test_uncached_pages_are_compressed_too(client, issue_in_all_languages, settings):
    settings.PAGE_CACHE_ENABLED = False
    response = client.get("/ar/issues/455/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert b'lang="ar"' in gzip.decompress(response.content)
