"""Health endpoints for load balancers and the container's HEALTHCHECK.

``/healthz`` (liveness): the process answers; it touches neither the database nor Redis, so a
slow dependency never gets a healthy process restarted (200 "ok").
``/readyz`` (readiness): the database answers ``SELECT 1`` (else 503 naming it), and the cache
accepts a write and a read; a cache that does not is "degraded" (200 "degraded: cache"): pages
are built without it, so the instance still takes traffic. Never slower than one cache timeout:
during an outage the circuit breaker (csrs/cache.py) answers at once.
Both sit outside ``i18n_patterns``, never cache, and never touch sessions or pages.
"""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_ok() -> bool:
    """True when the default database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return False
    return True


def cache_ok() -> bool:
    """True when the default cache stores and returns a value.

    With django-redis' IGNORE_EXCEPTIONS a Redis outage reads as a miss, so it shows up here;
    while the circuit breaker is open the cache is degraded without a call to Redis.
    """
    if getattr(cache, "is_degraded", False):
        return False
    try:
        cache.set("csrs:readyz", "1", timeout=10)
        return cache.get("csrs:readyz") == "1"
    except Exception:  # any cache backend error means "degraded"
        logger.warning("Readiness check: the cache did not answer", exc_info=True)
        return False


def plain(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def health(request):
    """Liveness: 200 "ok" while the process answers requests (no database, no cache)."""
    return plain("ok", 200)


@never_cache
@require_safe
def ready(request):
    """Readiness: 200 "ok"; 503 naming a failed requirement; 200 "degraded: …" naming what the
    site serves without (the cache)."""
    failures = [name for name, ok in (("database", database_ok()),) if not ok]
    if failures:
        return plain(f"unavailable: {', '.join(failures)}", 503)
    degraded = [name for name, ok in (("cache", cache_ok()),) if not ok]
    if degraded:
        return plain(f"degraded: {', '.join(degraded)}", 200)
    return plain("ok", 200)
