"""Wait for the database, then ``migrate --noinput`` while holding a PostgreSQL advisory lock.

Run as ``python docker/migrate_locked.py`` (docker/entrypoint.sh does, in every web container):
when several containers start at once, one migrates and the others wait for the lock, then find
nothing left to do. The lock is taken on a connection of its own, so whatever ``migrate`` does with
Django's connection cannot release it early; PostgreSQL releases it if the process dies.
On SQLite (development) there is nothing to lock and it simply migrates.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

# A fixed 63-bit number, the same in every container (the bytes of "csrsmigr").
LOCK_KEY = int.from_bytes(b"csrsmigr", "big") & 0x7FFF_FFFF_FFFF_FFFF


def setup_django() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.production")
    import django

    django.setup()


def wait_for_database(timeout: float, interval: float = 1.0) -> None:
    """Try ``SELECT 1`` until it works or ``timeout`` seconds have passed (then raise)."""
    from django.db import OperationalError, connection

    deadline = time.monotonic() + timeout
    while True:
        try:
            connection.ensure_connection()
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return
        except OperationalError as error:
            if time.monotonic() >= deadline:
                raise RuntimeError(f"The database did not answer within {timeout:.0f}s") from error
            print(f"Waiting for the database: {error}".strip(), file=sys.stderr)
            connection.close()
            time.sleep(interval)


@contextlib.contextmanager
def advisory_lock(key: int = LOCK_KEY):
    """Hold ``pg_advisory_lock(key)`` on a dedicated connection for the ``with`` block."""
    from django.db import connection

    if connection.vendor != "postgresql":
        yield
        return
    raw = connection.get_new_connection(connection.get_connection_params())
    try:
        raw.autocommit = True
        with raw.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_lock(%s)", [key])
        try:
            yield
        finally:
            with raw.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
    finally:
        raw.close()


def migrate() -> None:
    """``migrate --noinput`` (wagtail-modeltranslation's migrate prompts without it)."""
    from django.core.management import call_command

    with advisory_lock():
        call_command("migrate", interactive=False, verbosity=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--wait",
        type=float,
        default=float(os.environ.get("DB_WAIT_SECONDS", "60")),
        help="seconds to wait for the database (default: DB_WAIT_SECONDS or 60)",
    )
    parser.add_argument("--wait-only", action="store_true", help="wait, do not migrate")
    args = parser.parse_args(argv)
    setup_django()
    wait_for_database(args.wait)
    if not args.wait_only:
        migrate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
