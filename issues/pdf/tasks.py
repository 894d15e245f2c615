"""The PDF build as a background task (Wagtail 8's django-tasks integration).

``settings.TASKS`` chooses where tasks run: Django's ``ImmediateBackend`` (in the web process,
after the publishing transaction commits) in development and tests, a worker backend in
production. Either way publishing never waits for a PDF nor fails because of one.
"""

from __future__ import annotations

import logging
from dataclasses import asdict

from django_tasks import task

from csrs import languages
from issues.pdf.build import build_issue_pdf

logger = logging.getLogger(__name__)


class PDFBuildError(RuntimeError):
    """Raised after a failure has been recorded, so the task backend marks the task failed."""


@task()
def build_issue_pdf_task(issue_id: int, code: str) -> dict:
    """Build the PDF of the live issue ``issue_id`` in the language ``code``."""
    from issues.models import IssuePage

    issue = IssuePage.objects.live().filter(pk=issue_id).first()
    if issue is None:  # unpublished or deleted since the task was queued
        return {"issue_id": issue_id, "language": code, "ok": False, "skipped": True}
    result = build_issue_pdf(issue, languages.get_language(code))
    if not result.ok:
        raise PDFBuildError(f"Issue {result.issue_number} ({code}): {result.error}")
    return asdict(result)


def enqueue_issue_pdf(issue_id: int, code: str) -> None:
    """Queue one build; a broken queue is logged, never raised into the publishing request."""
    try:
        build_issue_pdf_task.enqueue(issue_id, code)
    except Exception:
        logger.exception("Could not queue the PDF of issue %s in %s", issue_id, code)
