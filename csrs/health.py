"""Health endpoints for load balancers and the container's HEALTHCHECK.

``/healthz`` (liveness): the process answers; it touches neither the database nor Redis, so a
slow dependency never gets a healthy process restarted (200 "ok").
``/readyz`` (readiness): the database answers ``SELECT 1`` and, with the database task queue, the
oldest task ready to run has waited at most ``TASK_QUEUE_MAX_AGE_SECONDS`` (its age in the
``X-Task-Queue-Wait`` header, in seconds); else 503 naming what failed. A cache that does not
accept a write and a read is "degraded" (200 "degraded: cache"): pages are built without it, so
the instance still takes traffic. Never slower than one cache timeout: during an outage the
circuit breaker (csrs/cache.py) answers at once.
Both sit outside ``i18n_patterns``, never cache, and never touch sessions or pages.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone
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


def task_queue_wait() -> float | None:
    """Seconds the oldest task ready to run has waited in the database queue (0 when none).

    None when tasks are not queued in the database (the ImmediateBackend runs them at once) or
    the database does not answer (``database_ok`` reports that). A deferred task (a retry's
    backoff) waits from its ``run_after``, any other from when it was queued.
    """
    from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, task_backends
    from django_tasks_db.backend import DatabaseBackend

    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    if not isinstance(backend, DatabaseBackend):
        return None
    from django_tasks_db.models import DBTaskResult, get_date_max

    now = timezone.now()
    ready = DBTaskResult.objects.ready().filter(backend_name=backend.alias)
    try:
        oldest = ready.aggregate(
            queued=Min("enqueued_at", filter=Q(run_after=get_date_max())),
            deferred=Min("run_after", filter=Q(run_after__lte=now)),
        )
    except DatabaseError:
        logger.exception("Readiness check: the task queue could not be read")
        return None
    times = [value for value in oldest.values() if value is not None]
    return max(0.0, (now - min(times)).total_seconds()) if times else 0.0


def task_queue_ok(wait: float | None) -> bool:
    return wait is None or wait <= settings.TASK_QUEUE_MAX_AGE_SECONDS


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
    """Readiness: 200 "ok"; 503 naming a failed requirement (database, task queue); 200
    "degraded: …" naming what the site serves without (the cache)."""
    wait = task_queue_wait()
    checks = (("database", database_ok()), ("task queue", task_queue_ok(wait)))
    failures = [name for name, ok in checks if not ok]
    if failures:
        response = plain(f"unavailable: {', '.join(failures)}", 503)
    elif not cache_ok():
        response = plain("degraded: cache", 200)
    else:
        response = plain("ok", 200)
    if wait is not None:
        response["X-Task-Queue-Wait"] = str(round(wait))
    return response
