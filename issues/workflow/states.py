"""States of one language of one issue, and the transitions each role may make."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationState(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    READY = "ready", _("Ready for translation")
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted for review")
    APPROVED = "approved", _("Approved")
    NEEDS_UPDATE = "needs_update", _("Needs update")


# The role that may make each manual transition (editors may make all of them).
TRANSLATOR, REVIEWER, EDITOR = "translator", "reviewer", "editor"

TRANSITIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    # action: (states it may start from, state it leads to, lowest role allowed)
    "ready": (
        (
            TranslationState.NOT_STARTED,
            TranslationState.IN_PROGRESS,
            TranslationState.SUBMITTED,
            TranslationState.APPROVED,
            TranslationState.NEEDS_UPDATE,
        ),
        TranslationState.READY,
        EDITOR,
    ),
    "submit": (
        (TranslationState.READY, TranslationState.IN_PROGRESS, TranslationState.NEEDS_UPDATE),
        TranslationState.SUBMITTED,
        TRANSLATOR,
    ),
    "approve": ((TranslationState.SUBMITTED,), TranslationState.APPROVED, REVIEWER),
    "send_back": (
        (TranslationState.SUBMITTED, TranslationState.APPROVED),
        TranslationState.IN_PROGRESS,
        REVIEWER,
    ),
}

ACTION_LABELS = {
    "ready": _("Ready for translation"),
    "submit": _("Submit for review"),
    "approve": _("Approve"),
    "send_back": _("Send back"),
    "publish": _("Publish this language"),
    "unpublish": _("Unpublish this language"),
    "outdate": _("Mark as needing an update"),
}

# States in which a translator's save moves the language to "in progress".
STARTABLE = (TranslationState.NOT_STARTED, TranslationState.READY)
