"""Production logs are one JSON object per line (python-json-logger), or text on request."""

from __future__ import annotations

import json

from tests.deployment.helpers import run_python
from tests.deployment.test_production_settings import production_env

EMIT = (
    "import django, logging; django.setup(); "
    "log = logging.getLogger('csrs.backup'); "
    "log.warning('Issue %s published', 455, extra={'language': 'ps'}); "
    "log.error('دوهمه کرښه\\nsecond line')"
)


def test_each_log_record_is_one_json_object_per_line():
    result = run_python(EMIT, production_env())
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 2, "a message with a newline still takes one line"
    first, second = (json.loads(line) for line in lines)
    assert first["message"] == "Issue 455 published"
    assert first["level"] == "WARNING"
    assert first["logger"] == "csrs.backup"
    assert first["language"] == "ps"
    assert "time" in first
    assert second["message"] == "دوهمه کرښه\nsecond line"


def test_text_logs_on_request():
    result = run_python(EMIT, production_env(LOG_FORMAT="text"))
    assert result.returncode == 0, result.stderr
    assert "WARNING csrs.backup Issue 455 published" in result.stderr
    assert not result.stderr.lstrip().startswith("{")


def test_an_unknown_log_format_fails_fast():
    result = run_python(EMIT, production_env(LOG_FORMAT="xml"))
    assert result.returncode != 0
    assert "LOG_FORMAT must be json or text" in result.stderr
