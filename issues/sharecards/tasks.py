"""Building share cards as a background task, queued on publish like the PDF edition."""

from __future__ import annotations

import logging

from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.background.queue import background_task, enqueue
from issues.sharecards import storage

logger = logging.getLogger(__name__)


def build_card(issue, language) -> str:
    """Render and store the card of ``issue`` in ``language``; returns the stored name."""
    from issues.sharecards.render import render_card  # Pillow only where cards are built

    return storage.save_card(issue.number, language.code, render_card(issue, language))


@background_task(label=_("Share card"))
def build_share_card_task(issue_id: int, language: str) -> dict:
    """Build the card of the live issue ``issue_id`` in ``language`` (a code)."""
    from issues.models import IssuePage

    issue = IssuePage.objects.live().filter(pk=issue_id).first()
    if issue is None:  # unpublished or deleted since the task was queued
        return {"issue_id": issue_id, "language": language, "skipped": True}
    name = build_card(issue, languages.get_language(language))
    return {"issue_id": issue_id, "language": language, "file": name}


def enqueue_share_card(issue_id: int, code: str) -> None:
    """Queue one card; a broken queue is logged, never raised into the publishing request."""
    enqueue(build_share_card_task, issue_id, code)
