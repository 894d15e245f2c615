"""docker/migrate_locked.py: one container migrates at a time, under a PostgreSQL advisory lock."""

from __future__ import annotations

import importlib.util
from unittest import mock

import pytest
from django.db import connection

from tests.deployment.helpers import DOCKER


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("migrate_locked", DOCKER / "migrate_locked.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def other_session_can_lock(key: int) -> bool:
    """Whether a second database session could take the lock right now (released at once)."""
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.autocommit = True
        with raw.cursor() as cursor:
            cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
            got = cursor.fetchone()[0]
            if got:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        return got
    finally:
        raw.close()


@pytest.mark.django_db
def test_the_lock_is_held_for_the_block_and_released_after(script):
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's (set DATABASE_URL)")
    key = script.LOCK_KEY
    assert other_session_can_lock(key)
    with script.advisory_lock(key):
        assert not other_session_can_lock(key), "a second container would wait here"
    assert other_session_can_lock(key)


@pytest.mark.django_db
def test_the_lock_is_released_when_migrate_fails(script):
    if connection.vendor != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's (set DATABASE_URL)")
    with pytest.raises(RuntimeError), script.advisory_lock(script.LOCK_KEY):
        raise RuntimeError("migration failed")
    assert other_session_can_lock(script.LOCK_KEY)


@pytest.mark.django_db
def test_migrate_runs_without_prompts_inside_the_lock(script):
    events = []

    class Lock:
        def __enter__(self):
            events.append("lock")

        def __exit__(self, *exc):
            events.append("unlock")

    with (
        mock.patch.object(script, "advisory_lock", Lock),
        mock.patch("django.core.management.call_command") as call_command,
    ):
        call_command.side_effect = lambda *a, **k: events.append(("migrate", a, k))
        script.migrate()
    assert events == [
        "lock",
        ("migrate", ("migrate",), {"interactive": False, "verbosity": 1}),
        "unlock",
    ]


@pytest.mark.django_db
def test_waiting_gives_up_with_a_clear_error(script):
    from django.db import OperationalError

    with (
        mock.patch.object(connection, "ensure_connection", side_effect=OperationalError("no")),
        pytest.raises(RuntimeError, match="did not answer within"),
    ):
        script.wait_for_database(timeout=0.2, interval=0.05)
