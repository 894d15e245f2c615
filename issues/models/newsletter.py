"""The Weekly Analysis by email: subscribers, their languages, mailings and deliveries.

Behaviour lives in ``issues/newsletter/``; these are the rows it keeps.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .pdfs import LANGUAGE_CHOICES


class Subscriber(models.Model):
    """One address. Nothing is sent to it before it is confirmed (double opt-in)."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    UNSUBSCRIBED = "unsubscribed"
    SUPPRESSED = "suppressed"  # bounced or complained: never mailed again
    STATUS_CHOICES = [
        (PENDING, _("Waiting for confirmation")),
        (CONFIRMED, _("Confirmed")),
        (UNSUBSCRIBED, _("Unsubscribed")),
        (SUPPRESSED, _("Suppressed (bounce or complaint)")),
    ]

    email = models.EmailField(_("email address"), max_length=254, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=STATUS_CHOICES, default=PENDING, db_index=True
    )
    # The language the reader subscribed in: confirmation and notices are written in it.
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    consent_text = models.TextField(_("consent given"), blank=True)
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    suppressed_reason = models.CharField(_("suppressed because"), max_length=64, blank=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def language_codes(self) -> list[str]:
        return [row.language for row in self.languages.all()]


class SubscriberLanguage(models.Model):
    """One language a subscriber receives the Weekly Analysis in."""

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)

    class Meta:
        verbose_name = _("subscribed language")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "language"], name="newsletter_one_row_per_language"
            )
        ]
        # A mailing walks one language's subscribers in id order (keyset pagination).
        indexes = [models.Index(fields=["language", "subscriber"], name="newsletter_lang_sub")]

    def __str__(self):
        return self.language


class Mailing(models.Model):
    """One issue in one language sent to that language's confirmed subscribers."""

    QUEUED = "queued"
    SENDING = "sending"
    PAUSED = "paused"
    SENT = "sent"
    STATUS_CHOICES = [
        (QUEUED, _("Queued")),
        (SENDING, _("Sending")),
        (PAUSED, _("Paused")),
        (SENT, _("Sent")),
    ]
    ON_PUBLISH = "on_publish"  # created when the language went live: at most one
    AGAIN = "again"  # an editor's "send again"
    REASON_CHOICES = [(ON_PUBLISH, _("Language published")), (AGAIN, _("Sent again by an editor"))]

    issue = models.ForeignKey("issues.IssuePage", on_delete=models.CASCADE, related_name="mailings")
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    reason = models.CharField(_("reason"), max_length=16, choices=REASON_CHOICES)
    status = models.CharField(_("status"), max_length=16, choices=STATUS_CHOICES, default=QUEUED)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ["-created_at"]
        constraints = [
            # Publishing again, or republishing, never mails readers a second time.
            models.UniqueConstraint(
                fields=["issue", "language"],
                condition=Q(reason="on_publish"),
                name="newsletter_one_mailing_per_issue_language",
            )
        ]

    def __str__(self):
        return f"#{self.issue.number} {self.language} ({self.created_at:%Y-%m-%d})"


class MailingBatch(models.Model):
    """A slice of a mailing's recipients (subscriber ids ``first_id``..``last_id``): one task."""

    QUEUED = "queued"
    SENT = "sent"
    PAUSED = "paused"
    FAILED = "failed"  # the last attempt failed; the task retries, the report can retry
    STATUS_CHOICES = [
        (QUEUED, _("Queued")),
        (SENT, _("Sent")),
        (PAUSED, _("Paused")),
        (FAILED, _("Failed")),
    ]

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="batches")
    first_id = models.BigIntegerField()
    last_id = models.BigIntegerField()
    size = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default=QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["first_id"]

    def __str__(self):
        return f"{self.first_id}–{self.last_id}"


class Delivery(models.Model):
    """One message of a mailing to one subscriber: a retry never sends it twice."""

    SENT = "sent"
    FAILED = "failed"
    BOUNCED = "bounced"
    COMPLAINED = "complained"
    STATUS_CHOICES = [
        (SENT, _("Sent")),
        (FAILED, _("Failed")),
        (BOUNCED, _("Bounced")),
        (COMPLAINED, _("Complaint")),
    ]

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    status = models.CharField(max_length=16, choices=STATUS_CHOICES, default=SENT)
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    error = models.CharField(max_length=255, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mailing", "subscriber"], name="newsletter_one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return self.status
