"""Background work that failed for good: recorded by issues/background/, listed in the admin."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pdfs import LANGUAGE_CHOICES


class BackgroundFailureQuerySet(models.QuerySet):
    def open(self):
        """Failures nobody has retried and no later run of the same work has made good."""
        return self.filter(resolved_at__isnull=True)


class BackgroundFailure(models.Model):
    """One task that failed on its last attempt: what, for which issue and language, and why.

    ``task_path`` and ``arguments`` are what re-queues it ("retry" in the report). A later
    successful run of the same task for the same issue and language, or a retry, sets
    ``resolved_at``.
    """

    task_path = models.CharField(_("task"), max_length=255)
    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        on_delete=models.CASCADE,
        related_name="background_failures",
        null=True,
        blank=True,
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES, blank=True)
    arguments = models.JSONField(_("arguments"), default=dict)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=1)
    error = models.TextField(_("error"))
    traceback = models.TextField(_("traceback"), blank=True)
    failed_at = models.DateTimeField(_("failed at"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    retried_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("retried by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = BackgroundFailureQuerySet.as_manager()

    class Meta:
        verbose_name = _("background failure")
        verbose_name_plural = _("background failures")
        ordering = ["-failed_at", "-pk"]
        indexes = [
            models.Index(
                fields=["task_path", "issue", "language"],
                condition=models.Q(resolved_at__isnull=True),
                name="background_failure_open_idx",
            )
        ]

    def __str__(self) -> str:
        return f"{self.task_path} {self.issue_id or '-'} {self.language or '-'}: {self.error}"
