"""Publish latency with a worker running: the admin's publish POST of a four-language issue.

    .venv/bin/python benchmarks/publish.py [--repeat 5] [--workers 2]

Creates the database ``csrs_benchmark_publish`` (on ``--postgres``), generates a few issues in
four languages, runs gunicorn with ``csrs.settings.production`` (tasks queued in PostgreSQL by
django-tasks-db) and ``manage.py db_worker`` beside it, signs an editor in over HTTP, and posts
the edit form of a four-language issue with "Publish", as the admin does, ``--repeat`` times
(a new issue each time). It prints the median and slowest POST (target: under 500 ms), the same
form saved as a draft for reference (what the admin's edit view costs before any publishing),
that the PDFs and search update were queued rather than done in the request, and how long the
worker then took to finish them. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from editor_save import Editor
from run import PYTHON, ROOT, gunicorn, manage, report, server_env

TARGET_MS = 500
PASSWORD = secrets.token_urlsafe(16)


def prepare_database(args, env: dict) -> None:
    import psycopg

    with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{args.database}"')
    manage(env, "migrate", "--noinput")
    manage(
        env,
        "shell",
        "-c",
        "from tests.factories import make_site; make_site();"
        "from django.contrib.auth import get_user_model;"
        f"get_user_model().objects.create_superuser('bench', 'bench@example.org', {PASSWORD!r})",
    )
    # Synthetic issues in four languages; every one gets "Publish" once below.
    manage(env, "generate_issues", str(args.repeat), "--batch-size", "50")


def issue_numbers(args) -> list[int]:
    import psycopg

    with psycopg.connect(f"{args.postgres}/{args.database}") as conn:
        rows = conn.execute("SELECT number FROM issues_issuepage ORDER BY number").fetchall()
    return [row[0] for row in rows]


def queue_counts(args) -> dict[str, int]:
    import psycopg

    with psycopg.connect(f"{args.postgres}/{args.database}") as conn:
        rows = conn.execute(
            "SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"
        ).fetchall()
    return dict(rows)


def form_data(env: dict, number: int) -> dict:
    out = manage(
        env,
        "shell",
        "-c",
        f"from editor_save import print_form_data; print_form_data({number}, 'bench')",
    )
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="issues published, one POST each")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432")
    parser.add_argument("--database", default="csrs_benchmark_publish")
    parser.add_argument("--reuse", action="store_true", help="keep the database of a last run")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="csrs-publish-benchmark-"))
    env = server_env(args, workdir, TASKS_BACKEND="django_tasks_db.DatabaseBackend")
    print(f"Database {args.database}: {args.repeat} issues in four languages", flush=True)
    if not args.reuse:
        prepare_database(args, env)
    else:  # the editor's password is new on every run
        manage(
            env,
            "shell",
            "-c",
            "from django.contrib.auth import get_user_model; u = get_user_model().objects"
            f".get(username='bench'); u.set_password({PASSWORD!r}); u.save()",
        )
    manage(env, "collectstatic", "--noinput")
    numbers = issue_numbers(args)[: args.repeat]
    forms = [form_data(env, number) for number in numbers]

    worker_log = open(workdir / "worker.log", "w")  # noqa: SIM115  (closed below)
    worker = subprocess.Popen(
        [PYTHON, "manage.py", "db_worker", "--no-reload", "--no-startup-delay"]
        + ["--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=worker_log,
        stderr=subprocess.STDOUT,
    )
    try:
        with gunicorn(env, args.workers) as port:
            editor = Editor(port)
            editor.sign_in("bench", PASSWORD)
            timings, queued, saves = [], [], []
            for number, form in zip(numbers, forms, strict=True):
                fields = dict(form["data"])
                fields["csrfmiddlewaretoken"] = [editor.cookies.get("csrftoken", "")]
                # Reference: the same form saved as a draft (no publishing, no tasks).
                began = time.perf_counter()
                status, _, _ = editor.request("POST", form["url"], fields)
                saves.append((time.perf_counter() - began) * 1000)
                if status != 302:
                    sys.exit(f"Saving issue {number} answered {status}, not a redirect")
                time.sleep(0.5)
                fields["action-publish"] = ["action-publish"]
                before = sum(queue_counts(args).values())
                began = time.perf_counter()
                status, headers, _ = editor.request("POST", form["url"], fields)
                timings.append((time.perf_counter() - began) * 1000)
                if status != 302:
                    sys.exit(f"Publishing issue {number} answered {status}, not a redirect")
                queued.append(sum(queue_counts(args).values()) - before)
                time.sleep(0.5)  # an editor reading the confirmation
            drain_began = time.monotonic()
            while queue_counts(args).get("READY", 0) or queue_counts(args).get("RUNNING", 0):
                if time.monotonic() - drain_began > 600:
                    sys.exit("The worker did not finish the queued tasks within 10 minutes")
                time.sleep(0.5)
            drained = time.monotonic() - drain_began
    finally:
        worker.terminate()
        worker.wait(timeout=120)
        worker_log.close()

    median, slowest = statistics.median(timings), max(timings)
    report(
        "publish POST, 4 languages, worker running",
        f"median {median:.0f} ms, max {slowest:.0f} ms",
        f"< {TARGET_MS} ms",
        "OK" if slowest < TARGET_MS else ("MEDIAN OK" if median < TARGET_MS else "MISSED"),
    )
    report(
        "reference: the same form saved as draft",
        f"median {statistics.median(saves):.0f} ms, max {max(saves):.0f} ms",
        "reference",
        f"publish adds {median - statistics.median(saves):+.0f} ms",
    )
    counts = queue_counts(args)
    report(
        "tasks queued per publish (not run in it)",
        f"{min(queued)}–{max(queued)}",
        ">= 4 PDFs + search",
        "OK" if min(queued) >= 5 else "MISSED",
    )
    report(
        "worker: queue empty after the last publish",
        f"{drained:.1f} s",
        "reference",
        f"{counts.get('SUCCESSFUL', 0)} done, {counts.get('FAILED', 0)} failed",
    )


if __name__ == "__main__":
    main()
