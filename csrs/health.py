"""Health endpoints for load balancers and the container's HEALTHCHECK.

``/healthz``: the process answers and its database answers ``SELECT 1`` (200 "ok", else 503).
``/readyz``: the same, plus the cache accepts a write and a read (503 names what failed).
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

    With django-redis' IGNORE_EXCEPTIONS a Redis outage reads as a miss, so it shows up here.
    """
    try:
        cache.set("csrs:readyz", "1", timeout=10)
        return cache.get("csrs:readyz") == "1"
    except Exception:  # any cache backend error means "not ready"
        logger.exception("Readiness check: the cache did not answer")
        return False


def plain(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def health(request):
    """Liveness: 200 "ok" when the database answers, 503 when it does not."""
    if database_ok():
        return plain("ok", 200)
    return plain("database unavailable", 503)


@never_cache
@require_safe
def ready(request):
    """Readiness: 200 "ok" when the database and the cache answer, else 503 naming the failure."""
    failures = [name for name, ok in (("database", database_ok()), ("cache", cache_ok())) if not ok]
    if failures:
        return plain(f"unavailable: {', '.join(failures)}", 503)
    return plain("ok", 200)
