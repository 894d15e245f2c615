"""The translation workflow's records: one status per issue and language, and its history."""

from __future__ import annotations

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from issues.workflow.states import TranslationState


class TranslationStatus(models.Model):
    """Where one language of one issue stands.

    Only a language's **approved** text is ever public (issues/workflow/publishing.py): every
    publish puts ``approved_content`` on the live page for this language, whatever the
    published draft holds. No row, or a row never approved, means nothing of the language is
    live; ``withdrawn_at`` takes an approved language offline without unpublishing the issue.
    """

    issue = models.ForeignKey(
        "issues.IssuePage", on_delete=models.CASCADE, related_name="translation_statuses"
    )
    language = models.CharField(_("language"), max_length=8)
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=TranslationState.choices,
        default=TranslationState.NOT_STARTED,
    )
    # When the language was first approved: from then on readers may see it (once published).
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    # {field: {"fingerprint": sha256, "text": plain text}} of the SOURCE language at approval.
    approved_source = models.JSONField(default=dict, blank=True)
    approved_source_language = models.CharField(max_length=8, blank=True, default="")
    # {field: raw value} of THIS language's fields at its last approval: what readers see.
    approved_content = models.JSONField(default=dict, blank=True, encoder=DjangoJSONEncoder)
    # Taken offline by an editor ("Unpublish this language"); "Publish this language" clears it.
    withdrawn_at = models.DateTimeField(_("unpublished at"), null=True, blank=True)
    # Source fields changed since approval: what the translator must update.
    outdated_fields = models.JSONField(default=list, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("translation status")
        verbose_name_plural = _("translation statuses")
        constraints = [
            models.UniqueConstraint(fields=["issue", "language"], name="one_status_per_language")
        ]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.language}: {self.state}"

    @property
    def is_released(self) -> bool:
        return self.approved_at is not None

    @property
    def is_public(self) -> bool:
        """Whether the language's approved text goes live when the issue is published."""
        return bool(self.approved_content) and self.withdrawn_at is None


class TranslationEvent(models.Model):
    """One transition of one language of one issue: who, when, from, to, and why."""

    issue = models.ForeignKey(
        "issues.IssuePage", on_delete=models.CASCADE, related_name="translation_events"
    )
    language = models.CharField(_("language"), max_length=8)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    from_state = models.CharField(max_length=16, choices=TranslationState.choices)
    to_state = models.CharField(max_length=16, choices=TranslationState.choices)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("translation event")
        verbose_name_plural = _("translation events")

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.language}: {self.from_state} → {self.to_state}"
