"""The Redis cache with a circuit breaker: a Redis that hangs or is gone costs one short timeout,
not one per cache call.

A page makes about twenty cache calls (page cache, site cache, settings, archive choices, PDF
sizes, sessions). django-redis alone, with ``IGNORE_EXCEPTIONS``, waits for its socket timeout on
each of them and logs a traceback each time: a Redis that accepts connections but never
answers held an issue page for 47 s and let gunicorn kill its workers.

:class:`CircuitBreakerRedisCache` is django-redis' ``RedisCache`` whose client is guarded by a
:class:`CircuitBreaker` (one per cache alias and process):

* **closed** (normal): calls go to Redis. A connection error or timeout opens the circuit and
  logs one warning for the outage.
* **open**: for ``CIRCUIT_BREAKER_COOLDOWN`` seconds no call reaches Redis; each reads as a
  miss (``get`` answers the default, ``get_many`` ``{}``) and each write is a no-op, at once.
* **after the cooldown** the next call tries Redis again: success closes the circuit (one
  info log "recovered", and :data:`cache_recovered` is sent so the page and site caches move to
  a new generation: what was published during the outage could not invalidate them); failure
  opens it for another cooldown, without a new warning.

Settings (the cache's ``OPTIONS``): ``CIRCUIT_BREAKER_COOLDOWN`` (seconds, default 30) and
django-redis' own ``SOCKET_CONNECT_TIMEOUT`` / ``SOCKET_TIMEOUT`` (default 0.5 s here), which
bound the one call that meets the outage. redis-py's retries are off unless
``CONNECTION_POOL_KWARGS`` sets a ``retry``: each retry would be one more timeout.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any
from urllib.parse import urlsplit

import django.dispatch
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.backoff import NoBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

DEFAULT_COOLDOWN = 30.0  # seconds
DEFAULT_TIMEOUT = 0.5  # seconds; a Redis on the same network answers in about a millisecond

# Sent (sender: the Redis address, ``host:port/db``) when Redis answers again after an outage.
cache_recovered = django.dispatch.Signal()


class CircuitBreaker:
    """Whether calls may go to the backend now, and what happened to the last ones."""

    def __init__(self, name: str, cooldown: float = DEFAULT_COOLDOWN, clock=time.monotonic):
        self.name = name
        self.cooldown = cooldown
        self.clock = clock
        self.open_until: float | None = None  # None: closed
        self.lock = threading.Lock()

    @property
    def is_open(self) -> bool:
        """True while calls are refused (the cooldown has not run out)."""
        return self.open_until is not None and self.clock() < self.open_until

    @property
    def in_outage(self) -> bool:
        """True from a failure until a call succeeds again (the cooldown may have run out)."""
        return self.open_until is not None

    def allow(self) -> bool:
        return not self.is_open

    def record_failure(self, error: BaseException) -> None:
        with self.lock:
            first = self.open_until is None
            self.open_until = self.clock() + self.cooldown
        if first:
            logger.warning(
                "Cache %s unavailable (%s): serving without it for %.0f s at a time until it "
                "answers again",
                self.name,
                _describe(error),
                self.cooldown,
            )

    def record_success(self) -> None:
        if self.open_until is None:
            return
        with self.lock:
            recovered = self.open_until is not None
            self.open_until = None
        if recovered:
            logger.warning("Cache %s answers again", self.name)
            cache_recovered.send(sender=self.name)


def _describe(error: BaseException) -> str:
    cause = error.__cause__ or error
    return f"{type(cause).__name__}: {cause}"


class _Refused(ConnectionInterrupted):
    """Raised instead of calling Redis while the circuit is open (read as a miss)."""

    def __init__(self):
        super().__init__(connection=None)
        self.__cause__ = ConnectionError("circuit open")


class _GuardedClient:
    """django-redis' client, each call first asking the breaker and then telling it."""

    def __init__(self, client, breaker: CircuitBreaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._client, name)
        if not callable(attribute):
            return attribute
        breaker = self._breaker

        def guarded(*args, **kwargs):
            if not breaker.allow():
                raise _Refused()
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                breaker.record_failure(error)
                raise
            breaker.record_success()
            return result

        return guarded


_BREAKERS: dict[str, CircuitBreaker] = {}
_BREAKERS_LOCK = threading.Lock()


def breaker_for(server: str, cooldown: float) -> CircuitBreaker:
    """The process's breaker for the Redis at ``server``: every alias (and every thread's
    cache object) using that server shares it, so one outage is one warning."""
    name = redis_address(server)
    with _BREAKERS_LOCK:
        breaker = _BREAKERS.get(name)
        if breaker is None:
            breaker = _BREAKERS[name] = CircuitBreaker(name, cooldown)
        return breaker


def redis_address(server: str) -> str:
    """``host:port/db`` of a Redis URL (or several, comma-separated), without credentials: the
    name logs may show."""
    names = []
    for url in str(server).split(","):
        parts = urlsplit(url.strip())
        host = parts.hostname or parts.path or "?"
        port = f":{parts.port}" if parts.port else ""
        database = parts.path if parts.hostname and parts.path not in ("", "/") else ""
        names.append(f"{host}{port}{database}")
    return ",".join(names)


class CircuitBreakerRedisCache(RedisCache):
    """django-redis' cache behind a circuit breaker; every failure reads as a miss or no-op.

    ``IGNORE_EXCEPTIONS`` is always on and django-redis' traceback per ignored call is off:
    the breaker logs once per outage instead.
    """

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        options = dict(params.get("OPTIONS", {}))
        options.setdefault("SOCKET_CONNECT_TIMEOUT", DEFAULT_TIMEOUT)
        options.setdefault("SOCKET_TIMEOUT", DEFAULT_TIMEOUT)
        # redis-py retries a failed command on a new connection: each retry is another timeout.
        pool_kwargs = dict(options.get("CONNECTION_POOL_KWARGS", {}))
        pool_kwargs.setdefault("retry", Retry(NoBackoff(), 0))
        options["CONNECTION_POOL_KWARGS"] = pool_kwargs
        params = {**params, "OPTIONS": options}
        super().__init__(server, params)
        self._ignore_exceptions = True
        self._log_ignored_exceptions = False
        self.breaker = breaker_for(
            server, float(options.get("CIRCUIT_BREAKER_COOLDOWN", DEFAULT_COOLDOWN))
        )
        self._guarded = None

    @property
    def client(self):
        if self._guarded is None:
            self._guarded = _GuardedClient(RedisCache.client.fget(self), self.breaker)
        return self._guarded

    @property
    def is_degraded(self) -> bool:
        """True while the circuit is open: ``/readyz`` then says so without calling Redis (after
        the cooldown it tries, and its success closes the circuit)."""
        return self.breaker.is_open
