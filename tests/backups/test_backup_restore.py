"""backup_site then restore_site into a fresh database gives back the same issues and media.

PostgreSQL only (pg_dump/pg_restore). The test creates its own database next to the test
database, restores into it, reads it with a separate connection, and drops it.
"""

from __future__ import annotations

import json
import shutil
import uuid

import psycopg
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from csrs.backups.archive import DATABASE_FILE, MANIFEST_FILE, MEDIA_FILE
from tests.factories import build_issue, make_site

pytestmark = [
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="backups use pg_dump/pg_restore: PostgreSQL only",
    ),
    pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed"),
]


def server_url(name: str) -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return (
        f"postgres://{db['USER']}{password}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{name}"
    )


@pytest.fixture
def fresh_database():
    """A new, empty database, dropped after the test."""
    name = f"{connection.settings_dict['NAME']}_restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(server_url("postgres"), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def issues_in(database: str) -> dict[int, tuple]:
    with psycopg.connect(server_url(database)) as conn:
        rows = conn.execute(
            "SELECT i.number, p.title_en, p.title_ps, p.title_fa_af, p.title_ar "
            "FROM issues_issuepage i JOIN wagtailcore_page p ON p.id = i.page_ptr_id "
            "ORDER BY i.number"
        ).fetchall()
    return {row[0]: row[1:] for row in rows}


@pytest.mark.django_db(transaction=True)
def test_restore_into_a_fresh_database_finds_the_same_issues(tmp_path, settings, fresh_database):
    _, archive = make_site()
    build_issue(archive, number=455, codes=["en", "ps", "fa-af", "ar"])
    build_issue(archive, number=456, codes=["ps", "fa-af"])
    default_storage.save("documents/weekly-455-ps.pdf", ContentFile(b"%PDF-1.7 demo"))
    expected = issues_in(connection.settings_dict["NAME"])
    assert set(expected) == {455, 456}

    call_command("backup_site", str(tmp_path / "backups"))
    (folder,) = (tmp_path / "backups").iterdir()
    manifest = json.loads((folder / MANIFEST_FILE).read_text())
    # The document, plus whatever else publishing stored (the PDF editions).
    assert manifest["media_files"] >= 1
    assert set(manifest["files"]) == {DATABASE_FILE, MEDIA_FILE}

    restored_media = tmp_path / "restored-media"
    call_command(
        "restore_site",
        str(folder),
        database_url=server_url(fresh_database),
        media_root=restored_media,
        yes=True,
    )
    assert issues_in(fresh_database) == expected
    assert expected[456][1] == "شننه #456", "the Pashto title, as written"
    restored = restored_media / "documents" / "weekly-455-ps.pdf"
    assert restored.read_bytes() == b"%PDF-1.7 demo"
    restored_files = [p for p in restored_media.rglob("*") if p.is_file()]
    assert len(restored_files) == manifest["media_files"]


@pytest.mark.django_db(transaction=True)
def test_a_damaged_backup_is_refused_before_the_database_is_touched(tmp_path, fresh_database):
    make_site()
    call_command("backup_site", str(tmp_path))
    (folder,) = tmp_path.iterdir()
    with (folder / DATABASE_FILE).open("ab") as dump:
        dump.write(b"garbage")
    with pytest.raises(CommandError, match="checksum"):
        call_command(
            "restore_site",
            str(folder),
            database_url=server_url(fresh_database),
            media_root=tmp_path / "m",
            yes=True,
        )
    with psycopg.connect(server_url(fresh_database)) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()[0]
    assert tables == 0


def test_a_folder_without_a_manifest_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        call_command("restore_site", str(tmp_path), yes=True)
