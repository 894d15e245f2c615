"""docker/healthcheck.py asks /healthz with an allowed Host and X-Forwarded-Proto: https."""

from __future__ import annotations

import importlib.util
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.deployment.helpers import DOCKER


@pytest.fixture
def script():
    spec = importlib.util.spec_from_file_location("healthcheck", DOCKER / "healthcheck.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def server():
    seen = {}

    class Handler(BaseHTTPRequestHandler):
        status = 200

        def do_GET(self):  # noqa: N802 - http.server's name
            seen.update(path=self.path, host=self.headers["Host"])
            seen["proto"] = self.headers["X-Forwarded-Proto"]
            self.send_response(Handler.status)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args):
            pass

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd, Handler, seen
    httpd.shutdown()


def test_healthy_when_healthz_answers_200(script, server, monkeypatch):
    httpd, _, seen = server
    monkeypatch.setenv("PORT", str(httpd.server_address[1]))
    monkeypatch.setenv("ALLOWED_HOSTS", "*,weekly.example.org,.example.org")
    assert script.main() == 0
    assert seen == {"path": "/healthz", "host": "weekly.example.org", "proto": "https"}


def test_unhealthy_on_503_or_no_answer(script, server, monkeypatch):
    httpd, handler, _ = server
    handler.status = 503
    monkeypatch.setenv("PORT", str(httpd.server_address[1]))
    assert script.main() == 1
    httpd.shutdown()
    httpd.server_close()
    assert script.main() == 1
