"""/readyz reports how long the oldest waiting task has waited, and fails over the threshold."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.background import sample_tasks

pytestmark = pytest.mark.django_db


def queue_task(**changes):
    result = sample_tasks.flaky.enqueue(1, "ps", failures=0)
    DBTaskResult.objects.filter(id=result.id).update(**changes)


def test_an_empty_queue_is_ready_and_says_so(client, database_queue):
    response = client.get("/readyz")
    assert response.status_code == 200 and response.content == b"ok"
    assert response["X-Task-Queue-Wait"] == "0"


def test_a_task_waiting_longer_than_the_threshold_fails_readiness(client, database_queue, settings):
    settings.TASK_QUEUE_MAX_AGE_SECONDS = 300
    queue_task(enqueued_at=timezone.now() - datetime.timedelta(seconds=120))
    response = client.get("/readyz")
    assert response.status_code == 200
    assert 119 <= int(response["X-Task-Queue-Wait"]) <= 125

    queue_task(enqueued_at=timezone.now() - datetime.timedelta(minutes=10))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.content == b"unavailable: task queue"
    assert 599 <= int(response["X-Task-Queue-Wait"]) <= 605


def test_a_retry_waiting_for_its_backoff_is_not_late(client, database_queue):
    long_ago = timezone.now() - datetime.timedelta(hours=1)
    queue_task(enqueued_at=long_ago, run_after=timezone.now() + datetime.timedelta(minutes=5))
    queue_task(enqueued_at=long_ago, status="SUCCESSFUL")  # done tasks do not count
    response = client.get("/readyz")
    assert response.status_code == 200 and response["X-Task-Queue-Wait"] == "0"


def test_a_deferred_task_waits_from_its_run_after(client, database_queue):
    queue_task(
        enqueued_at=timezone.now() - datetime.timedelta(hours=1),
        run_after=timezone.now() - datetime.timedelta(seconds=30),
    )
    assert 29 <= int(client.get("/readyz")["X-Task-Queue-Wait"]) <= 35


def test_without_a_queue_there_is_no_queue_to_report(client):
    response = client.get("/readyz")  # the ImmediateBackend of development and tests
    assert response.status_code == 200 and "X-Task-Queue-Wait" not in response
