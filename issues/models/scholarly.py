"""What libraries and scholars rely on staying put: DOIs, exposure history and Crossref deposits.

``IssueLanguageRecord`` is created the first time an issue can be read in a language and is
never deleted: it keeps the DOI assigned then, and whether the issue-language is still exposed,
so OAI-PMH can report it as deleted once it is unpublished, made private or withdrawn
(issues/scholarly/exposure.py keeps it in step with publishing).
"""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from csrs import languages

LANGUAGE_CHOICES = [(lang.code, lang.name) for lang in languages.LANGUAGES]


class IssueLanguageRecord(models.Model):
    """One issue in one language, from the first time readers could see it."""

    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,  # a deleted issue is still reported (as deleted) by OAI-PMH
        related_name="language_records",
    )
    number = models.PositiveIntegerField(_("issue number"))
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    doi = models.CharField(_("DOI"), max_length=200, blank=True, default="")
    doi_assigned_at = models.DateTimeField(_("DOI assigned at"), null=True, blank=True)
    exposed = models.BooleanField(_("readable now"), default=True)
    first_exposed_at = models.DateTimeField(_("first readable at"))
    # The OAI-PMH datestamp: the last publish of the issue in this language, or its withdrawal.
    datestamp = models.DateTimeField(_("last changed"), db_index=True)
    # The OAI sets the record belonged to when last exposed (a deleted record keeps them).
    set_specs = models.CharField(_("OAI sets"), max_length=1000, blank=True, default="")

    class Meta:
        verbose_name = _("issue-language record")
        verbose_name_plural = _("issue-language records")
        constraints = [
            models.UniqueConstraint(fields=["number", "language"], name="unique_record_language"),
            models.UniqueConstraint(fields=["doi"], condition=~Q(doi=""), name="unique_doi"),
        ]

    def __str__(self) -> str:
        return f"{self.number} {self.language}: {self.doi or '-'}"


class CrossrefDeposit(models.Model):
    """One deposit of an issue's DOIs with Crossref, and how it went."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        SUCCEEDED = "succeeded", _("sent")
        FAILED = "failed", _("failed")

    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="crossref_deposits",
    )
    number = models.PositiveIntegerField(_("issue number"))
    batch_id = models.CharField(_("batch id"), max_length=100, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    http_status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    response = models.TextField(_("response or error"), blank=True)
    xml = models.TextField(_("deposited XML"))
    created_at = models.DateTimeField(_("queued at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("Crossref deposit")
        verbose_name_plural = _("Crossref deposits")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.batch_id}: {self.status}"
