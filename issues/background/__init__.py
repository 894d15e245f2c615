"""Background work of the site: django-tasks with retries, backoff, failure records and logs.

Everything that may happen after a request lives in the module of its concern as a task made
with :func:`issues.background.queue.background_task` (PDF builds in ``issues/pdf/tasks.py``,
notification mails in ``issues/workflow/notifications.py``, CDN purges in
``issues/cache_purge.py``, search updates in ``issues/search/indexing.py``). A new kind of work
(share cards, a newsletter) follows the same three steps::

    from django.utils.translation import gettext_lazy as _
    from issues.background.queue import background_task, enqueue_on_commit

    @background_task(label=_("Share card"))          # retries and backoff from settings
    def render_share_card(issue_id: int, language: str) -> dict:
        ...                                           # raise to fail; return JSON-able data

    enqueue_on_commit(render_share_card, issue.pk, "ps")   # from a signal or a view

- Name the parameters ``issue_id`` and ``language`` (a code): the failure record, the admin
  report ("Background failures") and every log line of the task carry them.
- Arguments must be JSON-serialisable (ids and codes, never model instances): the database
  backend stores them, a worker process loads them.
- Make the task idempotent: a retry runs it again from the start.
- ``settings.TASKS`` picks the backend: the ImmediateBackend runs tasks in the web process
  (``make run``, tests; no retries, as it cannot defer), ``django_tasks_db.DatabaseBackend``
  queues them in PostgreSQL for ``manage.py db_worker`` (production, docker/compose.yml).
"""
