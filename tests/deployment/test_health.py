"""/healthz and /readyz: 200 "ok" when the database (and cache) answer, 503 when not."""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from csrs import health


@pytest.fixture
def rf():
    return RequestFactory()


@pytest.mark.django_db
def test_health_is_ok_when_the_database_answers(rf):
    response = health.health(rf.get("/healthz"))
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_is_503_when_the_database_fails(rf):
    with mock.patch.object(health.connection, "cursor", side_effect=OperationalError("down")):
        response = health.health(rf.get("/healthz"))
    assert response.status_code == 503
    assert b"database" in response.content


@pytest.mark.django_db
def test_ready_checks_the_cache_too(rf):
    assert health.ready(rf.get("/readyz")).status_code == 200
    with mock.patch.object(health.cache, "get", return_value=None):
        response = health.ready(rf.get("/readyz"))
    assert response.status_code == 503
    assert response.content == b"unavailable: cache"


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
