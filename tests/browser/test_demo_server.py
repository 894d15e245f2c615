"""The demo as `make run` serves it, in a real browser: the site's own pages, never Django's.

A reader who mistypes an issue number in Pashto gets the site's Pashto 404, right to left, not
Django's English technical page listing every URL pattern; `make dev` still shows that page to
developers. Each server is the real thing: `manage.py runserver` in its own process with the
demo's (or development's) settings, on the test database.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from django.db import connection

from tests.deployment.helpers import ROOT, SCRUBBED
from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DEMO = "tests.browser.demo_server_settings"  # csrs.settings.demo, static files found in place
DEVELOPMENT = "csrs.settings.dev"  # make dev
PASHTO_NOT_FOUND = "پاڼه ونه موندل شوه"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    """The test database this test filled (transactional: committed, so another process sees it)."""
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture
def local_server(tmp_path):
    """Start ``manage.py runserver`` with a settings module; return its address."""
    processes: list[subprocess.Popen] = []
    if connection.vendor != "postgresql":
        pytest.skip("the server process needs the test database on PostgreSQL")

    def start(settings_module: str) -> str:
        port = free_port()
        environment = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
        environment.update(
            DJANGO_SETTINGS_MODULE=settings_module,
            DATABASE_URL=database_url(),
            MEDIA_ROOT=str(tmp_path / "media"),
            PYTHONPATH=str(ROOT),
        )
        process = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(process)
        address = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{address}/healthz", timeout=2)
                return address
            assert process.poll() is None, f"runserver with {settings_module} exited"
            time.sleep(0.3)
        pytest.fail(f"runserver with {settings_module} did not answer")

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture
def demo_issue(db):
    _, archive = make_site()
    return build_issue(archive, number=560, codes=("en", "ps"))


def test_a_mistyped_issue_number_in_pashto_shows_the_sites_own_pashto_404(
    page, local_server, demo_issue, screenshot
):
    address = local_server(DEMO)
    assert page.goto(f"{address}/ps/issues/560/").status == 200  # the issue that exists

    response = page.goto(f"{address}/ps/issues/99999/")
    assert response.status == 404
    html = page.locator("html")
    assert html.get_attribute("lang") == "ps"
    assert html.get_attribute("dir") == "rtl"
    assert page.inner_text("h1") == PASHTO_NOT_FOUND
    text = page.inner_text("body")
    for technical in ("URLconf", "urlpatterns", "Page not found (404)", "DEBUG = True"):
        assert technical not in text
    # The site's frame, styled by its own stylesheet served by WhiteNoise: right to left, with
    # the header's links into the Pashto site.
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    stylesheet = page.locator('link[rel="stylesheet"][href^="/static/"]').first
    assert page.request.get(f"{address}{stylesheet.get_attribute('href')}").ok
    assert page.locator("a.brand").get_attribute("href") == "/ps/"
    screenshot("demo-404-ps")


def test_the_demo_serves_uploaded_media(page, local_server, demo_issue, tmp_path):
    upload = tmp_path / "media" / "pdfs" / "demo.pdf"
    upload.parent.mkdir(parents=True, exist_ok=True)
    upload.write_bytes(b"%PDF-1.7 demo")
    address = local_server(DEMO)
    response = page.request.get(f"{address}/media/pdfs/demo.pdf")
    assert response.ok and response.body() == b"%PDF-1.7 demo"
    assert page.request.get(f"{address}/media/pdfs/missing.pdf").status == 404


def test_developer_mode_still_shows_djangos_debug_404(page, local_server, demo_issue):
    address = local_server(DEVELOPMENT)
    response = page.goto(f"{address}/ps/issues/99999/")
    assert response.status == 404
    text = page.inner_text("body")
    assert "URLconf" in text, "make dev keeps Django's technical 404 with the URL patterns"
    assert PASHTO_NOT_FOUND not in text
