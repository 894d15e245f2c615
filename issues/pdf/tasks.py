"""The PDF build as a background task (issues/background/: retries, failure record, log context).

``settings.TASKS`` chooses where tasks run: Django's ``ImmediateBackend`` (in the web process,
after the publishing transaction commits) in development and tests, the database queue and
``manage.py db_worker`` in production. Either way publishing never waits for a PDF nor fails
because of one.
"""

from __future__ import annotations

from dataclasses import asdict

from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.background.queue import background_task, enqueue
from issues.pdf.build import build_issue_pdf


class PDFBuildError(RuntimeError):
    """Raised after a failure has been recorded on the IssuePDF row, so the task is retried."""


@background_task(label=_("PDF edition"))
def build_issue_pdf_task(issue_id: int, language: str) -> dict:
    """Build the PDF of the live issue ``issue_id`` in the language ``language`` (a code)."""
    from issues.models import IssuePage

    issue = IssuePage.objects.live().filter(pk=issue_id).first()
    if issue is None:  # unpublished or deleted since the task was queued
        return {"issue_id": issue_id, "language": language, "ok": False, "skipped": True}
    result = build_issue_pdf(issue, languages.get_language(language))
    if not result.ok:
        raise PDFBuildError(f"Issue {result.issue_number} ({language}): {result.error}")
    return asdict(result)


def enqueue_issue_pdf(issue_id: int, code: str) -> None:
    """Queue one build; a broken queue is logged, never raised into the publishing request."""
    enqueue(build_issue_pdf_task, issue_id, code)
