"""Which task is running, for which issue and language: added to every log record it emits.

Kept apart from the queue so that logging configuration can import it before Django's apps
are ready.
"""

from __future__ import annotations

import contextvars
import logging
from contextlib import contextmanager

_current: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "csrs_background_task", default=None
)


@contextmanager
def task_context(**fields):
    """Within the block, log records carry ``fields`` (task, issue_id, language, attempt)."""
    token = _current.set(fields)
    try:
        yield fields
    finally:
        _current.reset(token)


def current() -> dict:
    return dict(_current.get() or {})


class TaskContextFilter(logging.Filter):
    """Adds the running task's fields to each record (python-json-logger prints them as keys).

    Attach it to a handler: records from any logger inside a task (WeasyPrint, mail, Wagtail)
    then say which issue and language they were about. Fields already given in ``extra`` win.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        for key, value in (_current.get() or {}).items():
            if not hasattr(record, key):
                setattr(record, key, value)
        return True
