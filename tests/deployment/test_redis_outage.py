"""A Redis that hangs or is gone does not take the site down (issue 14, item 4).

The cache is django-redis behind the circuit breaker of csrs/cache.py, as in production. The
"Redis" here is a loopback socket owned by each test: one that accepts connections and never
answers, a closed port, or a relay to the real Redis (database 2) that the test switches from
hanging to answering, for recovery.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

import csrs.cache
from csrs.cache import CircuitBreaker, cache_recovered

REAL_REDIS = ("127.0.0.1", 6379)
REDIS_DB = 2  # this branch's Redis database: never db 0
TIMEOUT = 0.3  # seconds, the socket timeouts of the cache under test
PAGES = ["/en/issues/455/", "/ps/", "/fa-af/issues/", "/ar/issues/455/", "/en/search/?q=x"]


class LoopbackRedis:
    """A TCP server on 127.0.0.1 that either holds connections without a byte of answer
    ("hang") or relays them to the real Redis ("answer")."""

    def __init__(self):
        self.mode = "hang"
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.accepted = 0
        self.sockets: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            self.accepted += 1
            self.sockets.append(client)
            if self.mode == "answer":
                upstream = socket.create_connection(REAL_REDIS)
                self.sockets.append(upstream)
                for a, b in ((client, upstream), (upstream, client)):
                    threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()
            # "hang": keep the socket open and never read or write.

    @staticmethod
    def _pipe(source, target):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                target.sendall(data)

    def drop_connections(self):
        for sock in self.sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.sockets.clear()

    def close(self):
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        self.drop_connections()


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # nothing listens there once the socket is closed


def real_redis_answers() -> bool:
    try:
        with socket.create_connection(REAL_REDIS, timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


@pytest.fixture
def hanging_redis():
    server = LoopbackRedis()
    yield server
    server.close()


@pytest.fixture
def use_redis(settings, monkeypatch):
    """Point every cache at ``redis://127.0.0.1:<port>/2`` behind a fresh breaker."""
    monkeypatch.setattr(csrs.cache, "_BREAKERS", {})

    def configure(port: int, cooldown: float = 30):
        options = {
            "SOCKET_CONNECT_TIMEOUT": TIMEOUT,
            "SOCKET_TIMEOUT": TIMEOUT,
            "CIRCUIT_BREAKER_COOLDOWN": cooldown,
        }
        location = f"redis://127.0.0.1:{port}/{REDIS_DB}"
        backend = "csrs.cache.CircuitBreakerRedisCache"
        settings.CACHES = {
            alias: {"BACKEND": backend, "LOCATION": location, "KEY_PREFIX": f"t{port}{alias}"}
            | {"OPTIONS": options}
            for alias in ("default", "renditions")
        }
        settings.PAGE_CACHE_ENABLED = True

    yield configure
    for cache in caches.all(initialized_only=True):
        with contextlib.suppress(Exception):
            cache.close()


def cache_warnings(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "csrs.cache" and r.levelno >= logging.WARNING]


def tracebacks(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info]


def read_pages(client, paths=PAGES, rounds: int = 2) -> tuple[float, list[int]]:
    began = time.monotonic()
    statuses = [client.get(path).status_code for _ in range(rounds) for path in paths]
    return time.monotonic() - began, statuses


def seconds_without_any_cache(client, settings) -> float:
    """The same pages built with no cache at all (Django's dummy cache): what an open circuit
    should cost, measured now on this (shared) machine."""
    dummy = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    settings.CACHES = {"default": dummy, "renditions": dummy}
    read_pages(client, rounds=1)  # warm Python's and the database's own caches
    seconds, statuses = read_pages(client)
    assert statuses == [200] * len(statuses)
    return seconds


def within_bound(seconds: float, baseline: float) -> bool:
    """Ten page views against a broken Redis cost what they cost with no cache at all, plus
    the one socket timeout that opens the circuit, within 2x for a busy shared machine (the
    issue's own target). django-redis without the breaker paid TIMEOUT on each of about twenty
    cache calls per page: a minute here."""
    return seconds < 2 * baseline + TIMEOUT + 0.5


# --- pages keep answering ----------------------------------------------------------------------
@pytest.mark.django_db
def test_pages_answer_quickly_when_redis_accepts_connections_but_never_answers(
    client, issue_in_all_languages, hanging_redis, use_redis, caplog, settings
):
    baseline = seconds_without_any_cache(client, settings)
    use_redis(hanging_redis.port)
    caplog.set_level(logging.INFO)
    seconds, statuses = read_pages(client)
    assert statuses == [200] * len(statuses)
    assert within_bound(seconds, baseline), (seconds, baseline)
    assert hanging_redis.accepted == 1  # one try for the whole outage, not one per call
    assert len(cache_warnings(caplog)) == 1, [r.getMessage() for r in cache_warnings(caplog)]
    assert "127.0.0.1" in cache_warnings(caplog)[0].getMessage()
    assert not tracebacks(caplog)


@pytest.mark.django_db
def test_pages_answer_quickly_when_nothing_listens_on_the_redis_port(
    client, issue_in_all_languages, use_redis, caplog, settings
):
    baseline = seconds_without_any_cache(client, settings)
    use_redis(closed_port())
    caplog.set_level(logging.INFO)
    seconds, statuses = read_pages(client)
    assert statuses == [200] * len(statuses)
    assert within_bound(seconds, baseline), (seconds, baseline)
    assert len(cache_warnings(caplog)) == 1
    assert not tracebacks(caplog)


@pytest.mark.django_db
def test_health_touches_neither_redis_nor_the_database_and_ready_says_degraded(
    client, hanging_redis, use_redis, caplog
):
    use_redis(hanging_redis.port)
    caplog.set_level(logging.INFO)
    with CaptureQueriesContext(connection) as queries:
        began = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - began
    assert response.status_code == 200 and response.content == b"ok"
    assert len(queries) == 0 and hanging_redis.accepted == 0 and elapsed < TIMEOUT
    assert not cache_warnings(caplog)

    began = time.monotonic()
    ready = [client.get("/readyz") for _ in range(5)]
    # The first meets the timeout once; the others are answered by the open circuit at once.
    assert time.monotonic() - began < 3 * TIMEOUT + 1
    assert {(r.status_code, r.content) for r in ready} == {(200, b"degraded: cache")}
    assert len(cache_warnings(caplog)) == 1


# --- recovery --------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.skipif(not real_redis_answers(), reason="needs Redis on 127.0.0.1:6379")
def test_the_cache_is_used_again_after_the_cooldown_once_redis_answers(
    client, issue_in_all_languages, hanging_redis, use_redis, caplog
):
    use_redis(hanging_redis.port, cooldown=30)
    clock = Clock()  # the cooldown runs on this clock, not on a busy machine's
    caches["default"].breaker.clock = clock
    caplog.set_level(logging.INFO)
    recovered = []

    def on_recovered(sender, **kwargs):
        recovered.append(sender)

    cache_recovered.connect(on_recovered)
    try:
        assert client.get("/en/issues/455/").status_code == 200
        assert client.get("/readyz").content == b"degraded: cache"
        hanging_redis.drop_connections()  # the pool's socket to the hanging server goes
        hanging_redis.mode = "answer"
        # Within the cooldown no call reaches Redis, however well it answers now.
        accepted = hanging_redis.accepted
        client.get("/en/issues/455/")
        assert hanging_redis.accepted == accepted
        clock.now += 31
        assert client.get("/readyz").content == b"ok"
        first = client.get("/en/issues/455/")
        second = client.get("/en/issues/455/")
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    finally:
        cache_recovered.disconnect(on_recovered)
        caches["default"].clear()
    messages = [r.getMessage() for r in cache_warnings(caplog)]
    assert len(messages) == 2 and "answers again" in messages[1], messages
    assert recovered == [csrs.cache.redis_address(f"redis://127.0.0.1:{hanging_redis.port}/2")]


# --- the breaker itself ---------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def test_breaker_opens_on_a_failure_and_warns_once_per_outage(caplog):
    clock = Clock()
    breaker = CircuitBreaker("redis-test:1/2", cooldown=30, clock=clock)
    assert breaker.allow() and not breaker.in_outage
    breaker.record_failure(ConnectionError("timed out"))
    assert not breaker.allow() and breaker.in_outage
    clock.now += 29
    assert not breaker.allow()
    clock.now += 2
    assert breaker.allow()  # one call may try again
    breaker.record_failure(ConnectionError("timed out"))  # still down: another cooldown
    assert not breaker.allow()
    assert len(cache_warnings(caplog)) == 1


def test_breaker_closes_on_success_and_says_so_once(caplog):
    clock = Clock()
    breaker = CircuitBreaker("redis-test:1/2", cooldown=5, clock=clock)
    breaker.record_success()  # nothing to recover from: silent
    assert not caplog.records
    breaker.record_failure(ConnectionError("refused"))
    clock.now += 6
    breaker.record_success()
    breaker.record_success()
    assert breaker.allow() and not breaker.in_outage
    messages = [r.getMessage() for r in cache_warnings(caplog)]
    assert len(messages) == 2 and "answers again" in messages[1]


def test_logs_name_the_redis_without_its_password():
    address = csrs.cache.redis_address("redis://:s3cret@redis.internal:6380/1")
    assert address == "redis.internal:6380/1"
    assert "s3cret" not in csrs.cache.redis_address("rediss://user:s3cret@host/0")
