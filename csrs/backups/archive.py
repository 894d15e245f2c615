"""Write and read a backup folder: ``database.dump``, ``media.tar.gz`` and ``manifest.json``.

The database is dumped with PostgreSQL's own tools (``pg_dump --format=custom``, restored with
``pg_restore``), so a backup restores on any PostgreSQL of the same or a newer major version.
The manifest records what was backed up and a SHA-256 of each file: a restore refuses a backup
whose files do not match it, before touching the database.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import django
import wagtail
from django.core.exceptions import ImproperlyConfigured

DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
MANIFEST_FILE = "manifest.json"
FORMAT_VERSION = 1


class BackupError(Exception):
    """A backup or restore could not be completed; the message says why."""


@dataclass(frozen=True)
class Connection:
    """How pg_dump / pg_restore reach one PostgreSQL database."""

    name: str
    host: str = ""
    port: str = ""
    user: str = ""
    password: str = ""

    @classmethod
    def from_settings(cls, database: dict) -> Connection:
        if "postgresql" not in database.get("ENGINE", ""):
            raise ImproperlyConfigured("Backups need PostgreSQL (DATABASE_URL=postgres://…).")
        return cls(
            name=database["NAME"],
            host=database.get("HOST") or "",
            port=str(database.get("PORT") or ""),
            user=database.get("USER") or "",
            password=database.get("PASSWORD") or "",
        )

    @classmethod
    def from_url(cls, url: str) -> Connection:
        parts = urlsplit(url)
        if parts.scheme not in {"postgres", "postgresql"}:
            raise ImproperlyConfigured("The target must be a postgres:// URL.")
        return cls(
            name=unquote(parts.path.lstrip("/")),
            host=parts.hostname or "",
            port=str(parts.port or ""),
            user=unquote(parts.username or ""),
            password=unquote(parts.password or ""),
        )

    def arguments(self) -> list[str]:
        args = []
        if self.host:
            args += ["--host", self.host]
        if self.port:
            args += ["--port", self.port]
        if self.user:
            args += ["--username", self.user]
        return args

    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        if self.password:
            env["PGPASSWORD"] = self.password  # never on the command line (ps would show it)
        return env


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def run(command: list[str], connection: Connection) -> None:
    result = subprocess.run(
        command, env=connection.environment(), capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def create_backup(destination: Path, connection: Connection, media_root: Path) -> Path:
    """Write a new backup folder under ``destination`` and return its path."""
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = destination / f"csrs-backup-{stamp}"
    folder.mkdir(parents=True, exist_ok=False)
    run(
        [
            "pg_dump",
            "--format=custom",
            "--no-owner",
            "--no-acl",
            "--file",
            str(folder / DATABASE_FILE),
            *connection.arguments(),
            connection.name,
        ],
        connection,
    )
    media_files = 0
    with tarfile.open(folder / MEDIA_FILE, "w:gz") as tar:
        if media_root.is_dir():
            for path in sorted(media_root.rglob("*")):
                if path.is_file():
                    tar.add(path, arcname=str(path.relative_to(media_root)))
                    media_files += 1
    manifest = {
        "format": FORMAT_VERSION,
        "created": stamp,
        "database": connection.name,
        "media_files": media_files,
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "files": {
            name: {"sha256": sha256(folder / name), "bytes": (folder / name).stat().st_size}
            for name in (DATABASE_FILE, MEDIA_FILE)
        },
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def check_backup(folder: Path) -> dict:
    """The manifest of a complete, unaltered backup folder; BackupError otherwise."""
    manifest_path = folder / MANIFEST_FILE
    if not manifest_path.is_file():
        raise BackupError(f"{folder} has no {MANIFEST_FILE}: not a backup folder.")
    manifest = json.loads(manifest_path.read_text())
    if manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"Unknown backup format {manifest.get('format')!r}.")
    for name, expected in manifest["files"].items():
        path = folder / name
        if not path.is_file():
            raise BackupError(f"{name} is missing from {folder}.")
        if sha256(path) != expected["sha256"]:
            raise BackupError(f"{name} does not match the manifest's checksum: damaged backup.")
    return manifest


def restore_backup(folder: Path, connection: Connection, media_root: Path) -> dict:
    """Restore a checked backup into ``connection``'s database and ``media_root``."""
    manifest = check_backup(folder)
    run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",  # all or nothing: a failed restore changes nothing
            "--dbname",
            connection.name,
            *connection.arguments(),
            str(folder / DATABASE_FILE),
        ],
        connection,
    )
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA_FILE, "r:gz") as tar:
        tar.extractall(media_root, filter="data")  # no absolute paths, no "..", no devices
    return manifest
