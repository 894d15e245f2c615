"""The database task queue (django-tasks-db on PostgreSQL) and a worker for the tests."""

from __future__ import annotations

import pytest
from django.db import connection

from tests.background import sample_tasks
from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def database_queue(settings):
    """Tasks go to PostgreSQL, as in production; retries are due at once unless a test says."""
    if connection.vendor != "postgresql":
        pytest.skip("the database task queue is tested on PostgreSQL")
    settings.TASKS = DATABASE_QUEUE
    settings.TASK_RETRY_BACKOFF_SECONDS = 0
    sample_tasks.RUNS.clear()
    yield
    sample_tasks.RUNS.clear()


def run_worker(max_tasks: int | None = None) -> None:
    """``manage.py db_worker --batch`` in this process: run every ready task, then return."""
    from django_tasks_db.management.commands.db_worker import Worker

    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    ).run()


def tasks_by_name():
    from django_tasks_db.models import DBTaskResult

    rows = {}
    for row in DBTaskResult.objects.order_by("enqueued_at"):
        rows.setdefault(row.task_path.rsplit(".", 1)[-1], []).append(row)
    return rows
