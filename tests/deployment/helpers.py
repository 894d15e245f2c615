"""Shared by the deployment tests: paths, the compose file, and settings run in a subprocess."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"
COMPOSE_FILE = DOCKER / "compose.yml"
DOCKERFILE = DOCKER / "Dockerfile"

# Variables of the test runner that must not leak into a "production" subprocess.
SCRUBBED = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "AWS_STORAGE_BUCKET_NAME",
    "WAGTAILSEARCH_URLS",
    "EMAIL_HOST",
    "DJANGO_SETTINGS_MODULE",
    # Set by the browser tests' conftest; check --deploy rightly refuses it (async.E001).
    "DJANGO_ALLOW_ASYNC_UNSAFE",
)


def load_compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


def parse_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines as compose reads them (comments and blank lines skipped)."""
    values = {}
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        values[key.strip()] = value.strip().strip("'\"")
    return values


def env_files(service: dict) -> list[tuple[Path, bool]]:
    """(path, required) for each env_file of a service, relative to the compose file."""
    entries = service.get("env_file", [])
    if isinstance(entries, str):
        entries = [entries]
    result = []
    for entry in entries:
        if isinstance(entry, str):
            result.append((DOCKER / entry, True))
        else:
            result.append((DOCKER / entry["path"], entry.get("required", True)))
    return result


def compose_environment(service_name: str = "web") -> dict[str, str]:
    """The variables compose passes to a service: its required env files, then ``environment``.

    Optional env files (docker/.env, the operator's secrets) are left out on purpose.
    """
    service = load_compose()["services"][service_name]
    values: dict[str, str] = {}
    for path, required in env_files(service):
        if required:
            values.update(parse_env_file(path))
    environment = service.get("environment", {})
    if isinstance(environment, list):
        environment = dict(item.split("=", 1) for item in environment)
    values.update({key: str(value) for key, value in environment.items()})
    return values


def strong_secret_key() -> str:
    return secrets.token_urlsafe(64)


def run_manage(args: list[str], env: dict[str, str], timeout: int = 120):
    """``manage.py <args>`` in a fresh interpreter with exactly these settings variables."""
    base = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def run_python(code: str, env: dict[str, str], timeout: int = 60):
    """Python code in a fresh interpreter with exactly these settings variables."""
    base = {key: value for key, value in os.environ.items() if key not in SCRUBBED}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )
