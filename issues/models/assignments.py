"""Who translates and who reviews one language of one issue, and by when."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class TranslationAssignment(models.Model):
    """An editor's assignment of one language of one issue to a named translator and reviewer.

    Unassigned work stays visible to the whole language group; an assignment puts the work
    first in the assignee's "My work", with its due date.
    """

    issue = models.ForeignKey(
        "issues.IssuePage", on_delete=models.CASCADE, related_name="translation_assignments"
    )
    language = models.CharField(_("language"), max_length=8)
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("translator"),
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewer"),
    )
    due = models.DateField(_("due date"), null=True, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("translation assignment")
        verbose_name_plural = _("translation assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "language"], name="one_assignment_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.language}"

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.due is not None and self.due < today
