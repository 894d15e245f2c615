"""Full-page cache of public pages for anonymous readers, keyed by language and address.

A second anonymous request for the same page (same host, language prefix, path and query
string) is answered from the cache without touching the database. What may be stored is what
:class:`issues.middleware.PublicCacheMiddleware` has already marked ``Cache-Control: public``:
a 200 answer to an anonymous GET with no cookie, no CSRF token and no ``Cache-Control`` of its
own. On top of that, any request carrying a session cookie (signed-in editors, the admin,
previews) bypasses the cache entirely, both ways, so nobody's personal page is served to others.

Invalidation is by generation: every key includes a generation number kept in the cache, and
publishing or unpublishing any page, adding, changing or removing a privacy setting (view
restriction), or saving a site setting or a snippet readers see (topics, regions), bumps it at
once and again when the transaction commits. Old entries are then never
read again and expire on their own (``PAGE_CACHE_TIMEOUT``). With Redis (production) every
process sees the bump at once; with the local-memory cache each process has its own copy, so a
process that did not publish serves its copy until the timeout (five minutes by default, like
the browsers' ``max-age``).

Pages are stored compressed (gzip), once: readers' browsers all accept gzip and get the stored
bytes as they are; the rare client that does not gets them decompressed. Uncached pages are
compressed by Django's ``GZipMiddleware`` (first in ``MIDDLEWARE``), so HTML always travels
compressed, with or without a proxy in front.

The cache never breaks a page: any error from the cache backend (Redis down, even without
django-redis's ``IGNORE_EXCEPTIONS``) is logged and the page is served uncached.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
DEFAULT_TIMEOUT = 5 * 60  # seconds
HEADER = "X-Page-Cache"  # "hit" or "miss": for benchmarks and people debugging a proxy
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
MIN_COMPRESSED_LENGTH = 200  # bytes; below this gzip's header costs more than it saves


def _cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def is_enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def current_generation() -> int:
    """The generation that keys belong to now (created at 1 the first time it is read)."""
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY) or 1
    return int(generation)


def invalidate() -> None:
    """Forget every cached page (all languages), by moving to the next generation."""
    try:
        cache = _cache()
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet: nothing was cached under the old one
            cache.add(GENERATION_KEY, 2, timeout=None)
    except Exception:
        # Redis down: nothing can be read from it either, so nothing stale can be served.
        logger.warning("Could not invalidate the page cache", exc_info=True)


def on_cache_recovered(sender, **kwargs) -> None:
    """Signal receiver (csrs.cache): what changed while the cache was away could not move the
    generation on, so entries stored before the outage may be outdated: move it now."""
    invalidate()


def invalidate_on_commit(*args, **kwargs) -> None:
    """Signal receiver: invalidate now (this transaction's own reads see the change) and again
    once the change is committed (another process may have stored the old page in between)."""
    invalidate()
    transaction.on_commit(invalidate, robust=True)


def cache_key(request, generation: int) -> str:
    """The key of ``request``'s page: generation, language, host and full path with query."""
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8")).hexdigest()
    language = getattr(request, "LANGUAGE_CODE", None) or translation.get_language()
    return f"page-cache:{generation}:{language}:{digest}"


class AnonymousPageCacheMiddleware:
    """Serve anonymous readers' public pages from the cache; store what may be shared.

    Goes right after ``LocaleMiddleware`` (the language is known) and before the middleware
    that reads the session, the user or the database, so a hit costs no query.
    """

    excluded_prefixes = ("/admin/", "/documents/", "/language/", "/healthz", "/readyz")

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_TIMEOUT", DEFAULT_TIMEOUT)

    def __call__(self, request):
        if not self.may_use_cache(request):
            return self.get_response(request)
        key = None
        try:
            key = cache_key(request, current_generation())
            cached = _cache().get(key)
        except Exception:
            logger.warning("Page cache unavailable: serving uncached", exc_info=True)
            cached = None
        if cached is not None:
            cached = for_client(request, cached)
            cached[HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if key is not None and self.may_store(request, response):
            response = compress(response)
            try:
                _cache().set(key, response, self.timeout)
            except Exception:
                logger.warning("Could not store a page in the cache", exc_info=True)
            response = for_client(request, response)
            response[HEADER] = "miss"
        return response

    def may_use_cache(self, request) -> bool:
        """Only anonymous GETs of public pages: no session cookie, no admin, no preview."""
        return (
            is_enabled()
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(self.excluded_prefixes)
        )

    def may_store(self, request, response) -> bool:
        """What PublicCacheMiddleware marked public, rendered, for a reader still anonymous."""
        user = getattr(request, "user", None)
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and "public" in cache_control
            and "private" not in cache_control
            and not response.cookies
            and not (user is not None and user.is_authenticated)
            and not getattr(request, "is_preview", False)
        )


def compress(response):
    """``response`` with its body gzipped (what the cache stores), unless that gains nothing.

    ``mtime=0`` keeps the bytes the same for the same page, so ETags stay stable. The random
    padding Django's GZipMiddleware adds against BREACH is not needed: cached pages carry no
    secret (no CSRF token, no session; see ``may_store``).
    """
    if response.has_header("Content-Encoding") or len(response.content) < MIN_COMPRESSED_LENGTH:
        return response
    body = gzip.compress(response.content, compresslevel=6, mtime=0)
    if len(body) >= len(response.content):
        return response
    response.content = body
    response["Content-Encoding"] = "gzip"
    response["Content-Length"] = str(len(body))
    patch_vary_headers(response, ("Accept-Encoding",))
    return response


def for_client(request, response):
    """The stored response as ``request``'s client can read it: gzipped as stored when it
    accepts gzip (every browser), else a decompressed copy."""
    if response.get("Content-Encoding") != "gzip" or ACCEPTS_GZIP.search(
        request.META.get("HTTP_ACCEPT_ENCODING", "")
    ):
        return response
    plain = HttpResponse(gzip.decompress(response.content), status=response.status_code)
    for name, value in response.items():
        if name.lower() not in ("content-encoding", "content-length"):
            plain[name] = value
    plain["Content-Length"] = str(len(plain.content))
    return plain


def connect() -> None:
    """Called from IssuesConfig.ready(): what readers see changes on these events."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import BaseViewRestriction
    from wagtail.signals import page_published, page_unpublished

    from csrs.cache import cache_recovered
    from issues.models import Region, Topic

    page_published.connect(invalidate_on_commit, dispatch_uid="page-cache-published")
    cache_recovered.connect(on_cache_recovered, weak=False, dispatch_uid="page-cache-recovered")
    page_unpublished.connect(invalidate_on_commit, dispatch_uid="page-cache-unpublished")

    def on_model_change(sender, created=False, **kwargs):
        if issubclass(sender, BaseSiteSetting) and created:
            return  # the first read of a site's settings creates the row: nothing changed
        # A privacy setting (view restriction) fires no publish signal, yet it hides a page
        # and takes it out of every list at once.
        if issubclass(sender, (BaseSiteSetting, BaseViewRestriction, Topic, Region)):
            invalidate_on_commit()

    post_save.connect(on_model_change, weak=False, dispatch_uid="page-cache-model-saved")
    post_delete.connect(on_model_change, weak=False, dispatch_uid="page-cache-model-deleted")
