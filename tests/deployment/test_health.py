"""/healthz: 200 "ok" while the process answers. /readyz: 503 without the database, 200
"degraded: cache" without the cache, else 200 "ok"."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from csrs import health


@pytest.fixture
def rf():
    return RequestFactory()


def test_health_is_ok_when_the_process_answers(rf):
    response = health.health(rf.get("/healthz"))
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


def test_health_touches_neither_the_database_nor_the_cache(rf):
    # A slow database or Redis must not get a live process restarted by its HEALTHCHECK.
    with (
        mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")),
        mock.patch.object(health.cache, "get", side_effect=AssertionError("cache touched")),
        mock.patch.object(health.cache, "set", side_effect=AssertionError("cache touched")),
    ):
        response = health.health(rf.get("/healthz"))
    assert response.status_code == 200
    assert response.content == b"ok"


@pytest.mark.django_db
def test_ready_is_503_when_the_database_fails(rf):
    with mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")):
        response = health.ready(rf.get("/readyz"))
    assert response.status_code == 503
    assert response.content == b"unavailable: database"


@pytest.mark.django_db
def test_ready_reports_a_failing_cache_as_degraded(rf):
    assert health.ready(rf.get("/readyz")).content == b"ok"
    with mock.patch.object(health.cache, "get", return_value=None):
        response = health.ready(rf.get("/readyz"))
    # Pages are built without the cache: the instance keeps taking traffic.
    assert response.status_code == 200
    assert response.content == b"degraded: cache"


@pytest.mark.django_db
def test_health_refuses_writes(rf):
    assert health.health(rf.post("/healthz")).status_code == 405


# Needs csrs/urls.py's `path("healthz", health)` and `path("readyz", ready)` lines.
@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/healthz", "/readyz"])
def test_health_urls_answer_outside_the_language_prefix(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.content == b"ok"
