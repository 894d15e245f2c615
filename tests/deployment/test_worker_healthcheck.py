"""docker/worker_healthcheck.py: 0 while the queue keeps up, 1 when a task waits too long."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys

import pytest
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from tests.background.conftest import DATABASE_QUEUE
from tests.deployment.helpers import DOCKER, SCRUBBED

pytestmark = pytest.mark.django_db(transaction=True)


def run_check(max_age: int):
    db = connection.settings_dict
    env = {
        "DJANGO_SETTINGS_MODULE": "csrs.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        "TASKS_BACKEND": DATABASE_QUEUE["default"]["BACKEND"],
        "TASK_QUEUE_MAX_AGE_SECONDS": str(max_age),
    }
    base = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    return subprocess.run(
        [sys.executable, str(DOCKER / "worker_healthcheck.py")],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_worker_is_healthy_while_the_queue_keeps_up(settings):
    if connection.vendor != "postgresql":
        pytest.skip("the database queue is PostgreSQL's")
    result = run_check(300)
    assert result.returncode == 0, result.stderr


def test_the_worker_is_unhealthy_when_a_task_waited_too_long(settings):
    if connection.vendor != "postgresql":
        pytest.skip("the database queue is PostgreSQL's")
    settings.TASKS = DATABASE_QUEUE
    from tests.background import sample_tasks

    result = sample_tasks.flaky.enqueue(1, "ps", failures=0)
    DBTaskResult.objects.filter(id=result.id).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=10)
    )
    checked = run_check(300)
    assert checked.returncode == 1
    assert "oldest task waiting" in checked.stderr
