"""Tasks with retries and backoff, and a record of those that fail for good.

django-tasks runs a task once. :func:`background_task` wraps a function into a django-tasks
``Task`` that, when the function raises, queues itself again with ``run_after`` = now + backoff
and an attempt counter, until ``max_attempts``; then it writes a
:class:`~issues.models.BackgroundFailure`. A later success of the same work (same task, issue
and language) marks open failures resolved. See ``issues/background/__init__.py`` for usage.
"""

from __future__ import annotations

import datetime
import functools
import inspect
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from django_tasks.base import Task

from issues.background.context import task_context

logger = logging.getLogger(__name__)

ATTEMPT = "_attempt"  # the keyword argument that carries the attempt number (1, 2, …)


@dataclass(frozen=True)
class RetryPolicy:
    """Attempt ``n + 1`` runs ``backoff_seconds × factor ** (n - 1)`` after attempt ``n`` failed."""

    max_attempts: int
    backoff_seconds: float
    factor: float

    def delay(self, failed_attempt: int) -> datetime.timedelta:
        return datetime.timedelta(
            seconds=self.backoff_seconds * self.factor ** (failed_attempt - 1)
        )


@dataclass(frozen=True)
class BackgroundTask:
    """What the registry knows of a task: the django-tasks ``Task``, its label, its retries."""

    task: Task
    label: str
    max_attempts: int | None
    backoff_seconds: float | None

    @property
    def policy(self) -> RetryPolicy:
        return RetryPolicy(
            max_attempts=self.max_attempts or settings.TASK_MAX_ATTEMPTS,
            backoff_seconds=(
                settings.TASK_RETRY_BACKOFF_SECONDS
                if self.backoff_seconds is None
                else self.backoff_seconds
            ),
            factor=settings.TASK_RETRY_BACKOFF_FACTOR,
        )


REGISTRY: dict[str, BackgroundTask] = {}


def background_task(
    *,
    label,
    max_attempts: int | None = None,
    backoff_seconds: float | None = None,
    priority: int = 0,
    queue_name: str = "default",
) -> Callable[[Callable], Task]:
    """Make ``func`` a django-tasks task with retries, a failure record and log context.

    ``label`` says in the admin report what failed ("PDF edition"); ``max_attempts`` and
    ``backoff_seconds`` default to ``settings.TASK_MAX_ATTEMPTS`` and
    ``settings.TASK_RETRY_BACKOFF_SECONDS``.
    """

    def decorate(func: Callable) -> Task:
        @functools.wraps(func)  # keeps the module path, so workers import the Task by it
        def run(*args, **kwargs):
            attempt = int(kwargs.pop(ATTEMPT, 1))
            return _run(REGISTRY[registered_path], func, args, kwargs, attempt)

        django_task = task(priority=priority, queue_name=queue_name)(run)
        registered_path = django_task.module_path
        REGISTRY[registered_path] = BackgroundTask(
            django_task, label, max_attempts, backoff_seconds
        )
        return django_task

    return decorate


def registered(task_path: str) -> BackgroundTask | None:
    return REGISTRY.get(task_path)


def subject(func: Callable, args, kwargs) -> tuple[int | None, str]:
    """The ``issue_id`` and ``language`` arguments of a call, where the task has them."""
    try:
        bound = inspect.signature(func).bind_partial(*args, **kwargs).arguments
    except TypeError:
        return None, ""
    issue_id = bound.get("issue_id")
    return (int(issue_id) if issue_id is not None else None), str(bound.get("language") or "")


def _run(entry: BackgroundTask, func: Callable, args, kwargs, attempt: int):
    issue_id, language = subject(func, args, kwargs)
    name = entry.task.name
    with task_context(task=name, issue_id=issue_id, language=language, attempt=attempt):
        logger.info("Task %s started (attempt %d)", name, attempt)
        try:
            result = func(*args, **kwargs)
        except Exception as error:
            _after_failure(entry, args, kwargs, attempt, issue_id, language, error)
            raise  # the backend marks this attempt failed
        _resolve_open_failures(entry, issue_id, language)
        logger.info("Task %s done", name)
        return result


def _after_failure(entry, args, kwargs, attempt, issue_id, language, error) -> None:
    policy = entry.policy
    backend = entry.task.get_backend()
    if attempt < policy.max_attempts and backend.supports_defer:
        run_after = timezone.now() + policy.delay(attempt)
        try:
            entry.task.using(run_after=run_after).enqueue(*args, **{**kwargs, ATTEMPT: attempt + 1})
        except Exception:
            logger.exception("Task %s could not be queued again", entry.task.name)
        else:
            logger.warning(
                "Task %s failed (attempt %d of %d): %s; next attempt at %s",
                entry.task.name,
                attempt,
                policy.max_attempts,
                _one_line(error),
                run_after.isoformat(),
            )
            return
    record_failure(entry, args, kwargs, attempt, issue_id, language, error)


def record_failure(entry, args, kwargs, attempts, issue_id, language, error) -> None:
    """Write the failure for the admin report (never raises: logging is the last resort)."""
    from issues.models import BackgroundFailure, IssuePage

    logger.error(
        "Task %s failed for good after %d attempt(s): %s",
        entry.task.name,
        attempts,
        _one_line(error),
        exc_info=error,
    )
    try:
        if issue_id is not None and not IssuePage.objects.filter(pk=issue_id).exists():
            issue_id = None  # deleted meanwhile: keep the record, without the issue
        BackgroundFailure.objects.create(
            task_path=entry.task.module_path,
            issue_id=issue_id,
            language=language,
            arguments={"args": list(args), "kwargs": kwargs},
            attempts=attempts,
            error=_one_line(error),
            traceback="".join(traceback.format_exception(error)),
        )
    except Exception:
        logger.exception("Could not record the failure of task %s", entry.task.name)


def _resolve_open_failures(entry: BackgroundTask, issue_id, language) -> None:
    from issues.models import BackgroundFailure

    try:
        BackgroundFailure.objects.open().filter(
            task_path=entry.task.module_path, issue_id=issue_id, language=language
        ).update(resolved_at=timezone.now())
    except Exception:
        logger.exception("Could not resolve earlier failures of task %s", entry.task.name)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def enqueue(django_task: Task, *args, **kwargs) -> bool:
    """Queue a task; a broken queue is logged, never raised into the caller's request."""
    try:
        django_task.enqueue(*args, **kwargs)
    except Exception:
        path = getattr(django_task, "module_path", django_task)
        logger.exception("Could not queue task %s with %s %s", path, args, kwargs)
        return False
    return True


def enqueue_on_commit(django_task: Task, *args, **kwargs) -> None:
    """Queue a task once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(partial(enqueue, django_task, *args, **kwargs), robust=True)


def retry_failure(failure, user=None) -> None:
    """Queue the failed task afresh (attempt 1) and mark the failure resolved by ``user``."""
    entry = registered(failure.task_path)
    if entry is None:
        raise LookupError(f"Unknown task {failure.task_path}")
    arguments = failure.arguments or {}
    with transaction.atomic():
        type(failure).objects.filter(pk=failure.pk).update(
            resolved_at=timezone.now(), retried_by=user
        )
        entry.task.enqueue(*arguments.get("args", []), **arguments.get("kwargs", {}))
