"""What exists of the PDF edition: one record per issue and language (issues/pdf/ makes them)."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from csrs import languages

LANGUAGE_CHOICES = [(lang.code, lang.name) for lang in languages.LANGUAGES]


class IssuePDF(models.Model):
    """The stored PDF of one issue in one language, and the outcome of its last build.

    A failed rebuild keeps the previous file (readers still get the last good edition) and
    records the error; ``error`` is empty after a successful build.
    """

    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        on_delete=models.CASCADE,
        related_name="pdfs",
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    file = models.FileField(_("file"), max_length=255, blank=True)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    checksum = models.CharField(_("SHA-256 of the file"), max_length=64, blank=True)
    generated_at = models.DateTimeField(_("generated at"), null=True, blank=True)
    source_revision_id = models.PositiveIntegerField(
        _("built from revision"), null=True, blank=True
    )
    error = models.TextField(_("error of the last build"), blank=True)
    failed_at = models.DateTimeField(_("last failure"), null=True, blank=True)

    class Meta:
        verbose_name = _("issue PDF")
        verbose_name_plural = _("issue PDFs")
        constraints = [
            models.UniqueConstraint(fields=["issue", "language"], name="unique_issue_pdf_language")
        ]

    def __str__(self) -> str:
        return f"{self.issue_id} {self.language}: {self.file.name or '-'}"

    @property
    def is_available(self) -> bool:
        """True when a file has been stored for readers."""
        return bool(self.file.name) and self.size > 0
