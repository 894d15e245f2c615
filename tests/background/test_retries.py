"""A failing task is queued again with backoff; after its last attempt the failure is recorded."""

from __future__ import annotations

import datetime
import io
import json
import logging

import pytest
from django.utils import timezone
from pythonjsonlogger.json import JsonFormatter

from issues.background.context import TaskContextFilter
from issues.background.queue import REGISTRY, RetryPolicy
from issues.models import BackgroundFailure
from tests.background import sample_tasks
from tests.background.conftest import run_worker, tasks_by_name

pytestmark = pytest.mark.django_db(transaction=True)


def test_backoff_grows_fourfold_from_thirty_seconds_by_default(settings):
    policy = REGISTRY[sample_tasks.flaky.module_path].policy
    assert policy.max_attempts == 3  # the task's own limit
    default = RetryPolicy(settings.TASK_MAX_ATTEMPTS, settings.TASK_RETRY_BACKOFF_SECONDS, 4)
    assert [default.delay(n).total_seconds() for n in (1, 2, 3)] == [30, 120, 480]


def test_a_task_that_fails_once_is_retried_and_succeeds(database_queue, issue_in_all_languages):
    sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ps", failures=1)
    run_worker()
    rows = tasks_by_name()["flaky"]
    assert [row.status for row in rows] == ["FAILED", "SUCCESSFUL"]
    assert rows[1].args_kwargs["kwargs"]["_attempt"] == 2
    assert "mail server refused" in rows[0].traceback
    assert sample_tasks.RUNS == [1, 2]
    assert not BackgroundFailure.objects.exists()


def test_the_retry_waits_for_its_backoff(database_queue, settings, issue_in_all_languages):
    settings.TASK_RETRY_BACKOFF_SECONDS = 60
    sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ps", failures=1)
    run_worker()
    first, retry = tasks_by_name()["flaky"]
    assert first.status == "FAILED" and retry.status == "READY", "not due yet: not run"
    assert retry.run_after > timezone.now()
    wait = retry.run_after - retry.enqueued_at  # queued at once, due after the backoff
    assert datetime.timedelta(seconds=58) <= wait <= datetime.timedelta(seconds=60)
    assert sample_tasks.RUNS == [1]


def test_a_task_failing_every_attempt_is_recorded_with_issue_and_language(
    database_queue, issue_in_all_languages
):
    sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "fa-af", failures=99)
    run_worker()
    assert [row.status for row in tasks_by_name()["flaky"]] == ["FAILED"] * 3
    failure = BackgroundFailure.objects.get()
    assert failure.issue == issue_in_all_languages and failure.language == "fa-af"
    assert failure.attempts == 3 and failure.resolved_at is None
    assert failure.error == "ConnectionRefusedError: mail server refused the connection"
    assert "Traceback" in failure.traceback
    assert failure.arguments == {
        "args": [issue_in_all_languages.pk, "fa-af"],
        "kwargs": {"failures": 99},
    }


def test_a_later_success_of_the_same_work_resolves_the_failure(
    database_queue, issue_in_all_languages
):
    sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ar", failures=3)
    run_worker()
    failure = BackgroundFailure.objects.get()
    sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ar", failures=3)  # 4th run succeeds
    run_worker()
    failure.refresh_from_db()
    assert failure.resolved_at is not None
    assert not BackgroundFailure.objects.open().exists()


def test_without_a_queue_the_first_failure_is_recorded_at_once(issue_in_all_languages):
    """The ImmediateBackend (make run, tests) cannot defer a retry: nothing is retried."""
    sample_tasks.RUNS.clear()
    result = sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ps", failures=1)
    assert result.status == "FAILED"  # swallowed by the backend, never raised to the caller
    assert sample_tasks.RUNS == [1]
    assert BackgroundFailure.objects.get().attempts == 1


def test_task_logs_carry_the_issue_and_language(database_queue, issue_in_all_languages):
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("%(levelname)s %(name)s %(message)s"))
    handler.addFilter(TaskContextFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        sample_tasks.flaky.enqueue(issue_in_all_languages.pk, "ps", failures=0)
        run_worker()
    finally:
        root.removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    own = next(line for line in lines if line["message"] == "Sample task running")
    assert own["issue_id"] == issue_in_all_languages.pk
    assert own["language"] == "ps"
    assert own["task"] == "flaky" and own["attempt"] == 1
    outside = [line for line in lines if "Sample" not in line["message"]]
    assert all("issue_id" not in line for line in outside if "Starting worker" in line["message"])
