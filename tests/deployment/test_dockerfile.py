"""docker/Dockerfile: multi-stage, non-root, HEALTHCHECK, and every COPY source exists."""

from __future__ import annotations

import importlib.util
import re
import shlex

import pytest

from tests.deployment.helpers import DOCKER, DOCKERFILE, ROOT


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text())
    result = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            keyword, _, rest = line.partition(" ")
            result.append((keyword.upper(), rest.strip()))
    return result


def test_every_copy_source_exists_in_the_build_context():
    ignored = (DOCKER / "Dockerfile.dockerignore").read_text().split()
    copies = [args for keyword, args in instructions() if keyword == "COPY"]
    assert copies
    for args in copies:
        parts = [p for p in shlex.split(args) if not p.startswith("--")]
        if "--from=" in args:
            continue  # copied from another stage, not from the context
        for source in parts[:-1]:
            assert (ROOT / source).exists(), f"COPY source {source} is missing"
            assert source not in ignored, f"COPY source {source} is excluded by .dockerignore"


def test_multi_stage_python_311_slim_non_root():
    steps = instructions()
    froms = [args for keyword, args in steps if keyword == "FROM"]
    assert len(froms) >= 2
    base = next(args for keyword, args in steps if keyword == "ARG" and "PYTHON_IMAGE" in args)
    assert "python:3.11-slim" in base
    users = [args for keyword, args in steps if keyword == "USER"]
    assert users and users[-1] not in {"root", "0"}


def test_builds_catalogs_and_static_files_and_checks_health():
    text = DOCKERFILE.read_text()
    assert "pybabel compile -d locale -D django" in text
    assert "collectstatic --noinput" in text
    healthcheck = next(args for keyword, args in instructions() if keyword == "HEALTHCHECK")
    assert "docker/healthcheck.py" in healthcheck
    cmd = next(args for keyword, args in instructions() if keyword == "CMD")
    assert "gunicorn" in cmd and "docker/gunicorn.conf.py" in cmd


def load_module(name: str):
    module_name = "docker_" + name.replace(".", "_")
    spec = importlib.util.spec_from_file_location(module_name, DOCKER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("value", ["1", "5"])
def test_gunicorn_workers_come_from_web_concurrency(monkeypatch, value):
    monkeypatch.setenv("WEB_CONCURRENCY", value)
    monkeypatch.setenv("PORT", "9000")
    config = load_module("gunicorn.conf")
    assert config.workers == int(value)
    assert config.bind == "0.0.0.0:9000"
