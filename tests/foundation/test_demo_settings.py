"""`make run` serves the demo as readers meet it; `make dev` keeps Django's debug pages.

Each settings module is read in a fresh interpreter (settings are read once per process). The
demo's pages themselves, served by its own server in a browser, are in
tests/browser/test_demo_server.py.
"""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.deployment.helpers import ROOT, run_python

WHITENOISE = "whitenoise.middleware.WhiteNoiseMiddleware"
REQUEST_BASE_URL = "csrs.base_url.RequestBaseURLMiddleware"


def settings_of(module: str, *names: str, **env: str) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, "
        "default=str))"
    )
    result = run_python(code, {"DJANGO_SETTINGS_MODULE": module, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def make_dry_run(target: str) -> str:
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", target, "ADDR=127.0.0.1:8106"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


NAMES = ("DEBUG", "MIDDLEWARE", "STORAGES", "SERVE_MEDIA", "ALLOWED_HOSTS")


@pytest.fixture(scope="module")
def demo_settings() -> dict:
    return settings_of("csrs.settings.demo", *NAMES)


@pytest.fixture(scope="module")
def dev_settings() -> dict:
    return settings_of("csrs.settings.dev", *NAMES)


def test_the_demo_runs_without_debug_with_production_static_files(demo_settings):
    demo = demo_settings
    assert demo["DEBUG"] is False
    middleware = demo["MIDDLEWARE"]
    assert middleware[middleware.index("django.middleware.security.SecurityMiddleware") + 1] == (
        WHITENOISE
    )
    assert demo["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert demo["SERVE_MEDIA"] is True, "uploaded images are still shown"
    assert {"127.0.0.1", "localhost"} <= set(demo["ALLOWED_HOSTS"])
    assert "*" not in demo["ALLOWED_HOSTS"]


def test_the_demo_answers_other_host_names_only_when_told():
    demo = settings_of("csrs.settings.demo", "ALLOWED_HOSTS", ALLOWED_HOSTS="demo.lan,127.0.0.1")
    assert demo["ALLOWED_HOSTS"] == ["demo.lan", "127.0.0.1"]


def test_developer_mode_keeps_the_debug_pages(dev_settings):
    dev = dev_settings
    assert dev["DEBUG"] is True
    assert WHITENOISE not in dev["MIDDLEWARE"], "runserver serves static files from the source"
    assert dev["SERVE_MEDIA"] is True


def test_local_servers_take_mail_links_from_the_request(dev_settings, demo_settings):
    assert dev_settings["MIDDLEWARE"][0] == REQUEST_BASE_URL
    assert demo_settings["MIDDLEWARE"][0] == REQUEST_BASE_URL


def test_production_takes_mail_links_from_its_setting_only():
    from tests.deployment.test_production_settings import production_env

    production = settings_of(
        "csrs.settings.production", "MIDDLEWARE", "SERVE_MEDIA", **production_env()
    )
    assert REQUEST_BASE_URL not in production["MIDDLEWARE"]
    assert production["SERVE_MEDIA"] is False


def test_make_run_serves_the_demo_settings_and_make_dev_the_debug_ones():
    run = make_dry_run("run")
    assert "collectstatic" in run
    assert "DJANGO_SETTINGS_MODULE=csrs.settings.demo" in run
    assert "runserver 127.0.0.1:8106" in run
    dev = make_dry_run("dev")
    assert "DJANGO_SETTINGS_MODULE=csrs.settings.dev" in dev
    assert "runserver 127.0.0.1:8106" in dev
    assert "WAGTAILADMIN_BASE_URL=http://127.0.0.1:8106" in dev


def test_make_help_documents_dev():
    result = subprocess.run(["make", "help"], cwd=ROOT, capture_output=True, text=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # without the bold
    lines = {line.split()[0]: line for line in plain.splitlines() if line.strip()}
    assert "debug pages" in lines["dev"] and "DEBUG off" in lines["run"]
