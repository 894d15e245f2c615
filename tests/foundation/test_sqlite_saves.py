"""`make run`'s SQLite database takes an autosave and a manual save at the same time.

Each case runs in a fresh interpreter with the development settings on a SQLite file: two
threads save the same row, each reading it first and writing after a pause, so their
transactions overlap as an autosave's and a manual save's do.
"""

from __future__ import annotations

import json

from tests.deployment.helpers import run_python

OVERLAPPING_SAVES = """
import json, sys, threading, time
import django
django.setup()
from django.conf import settings
if sys.argv[1] == "deferred":
    settings.DATABASES["default"]["OPTIONS"].pop("transaction_mode")
from django.contrib.sessions.models import Session
from django.db import connection, transaction
from django.utils import timezone

with connection.schema_editor() as editor:
    editor.create_model(Session)
Session.objects.create(session_key="k", session_data="", expire_date=timezone.now())
connection.close()
results = {}

def save(name, delay):
    time.sleep(delay)
    try:
        with transaction.atomic():
            row = Session.objects.get(session_key="k")  # read the latest version first
            time.sleep(0.4)
            row.session_data += name
            row.save()
        results[name] = "saved"
    except Exception as error:
        results[name] = f"{type(error).__name__}: {error}"
    finally:
        connection.close()

threads = [
    threading.Thread(target=save, args=("autosave;", 0)),
    threading.Thread(target=save, args=("manual;", 0.1)),
]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
mode = connection.cursor().execute("PRAGMA journal_mode").fetchone()[0]
data = Session.objects.get(session_key="k").session_data
print(json.dumps({"results": results, "data": data, "journal_mode": mode}))
"""


def overlapping_saves(tmp_path, mode: str) -> dict:
    env = {
        "DJANGO_SETTINGS_MODULE": "csrs.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
    }
    result = run_python(f"import sys; sys.argv = ['-', {mode!r}]; exec({OVERLAPPING_SAVES!r})", env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_two_overlapping_saves_both_succeed(tmp_path):
    outcome = overlapping_saves(tmp_path, "immediate")
    assert outcome["results"] == {"autosave;": "saved", "manual;": "saved"}
    assert sorted(outcome["data"].split(";")[:-1]) == ["autosave", "manual"]  # neither lost
    assert outcome["journal_mode"] == "wal"


def test_without_immediate_transactions_one_save_fails_database_is_locked(tmp_path):
    """The failure the setting prevents (SQLite's default deferred transactions)."""
    outcome = overlapping_saves(tmp_path, "deferred")
    assert "database is locked" in " ".join(outcome["results"].values())
