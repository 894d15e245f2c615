"""What the WordPress import remembers: which old post became what, and the old URLs.

``WordPressPost`` makes a re-import idempotent (the same post is recognised by its site language
and post id) and tells an edited draft from one nobody touched since the import (the revision the
import saved). ``LegacyRedirect`` answers the old site's URLs with one indexed lookup
(``issues/redirects/middleware.py``).
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from issues.models.pdfs import LANGUAGE_CHOICES


class WordPressPost(models.Model):
    """One imported WordPress post (``post_id`` is unique per old site, one site per language)."""

    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    post_id = models.PositiveIntegerField(_("WordPress post id"))
    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="wordpress_posts",
    )
    position = models.PositiveSmallIntegerField(_("analysis position"), default=0)
    content_hash = models.CharField(_("SHA-256 of the imported content"), max_length=64)
    revision_id = models.PositiveIntegerField(_("revision the import saved"), null=True)
    imported_at = models.DateTimeField(_("imported at"), auto_now=True)

    class Meta:
        verbose_name = _("imported WordPress post")
        verbose_name_plural = _("imported WordPress posts")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "post_id"], name="unique_wordpress_post_per_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.language} #{self.post_id}"


class LegacyRedirect(models.Model):
    """An old URL (normalised by ``issues.redirects.keys.legacy_key``) and where it now lives.

    Either an issue in a language (its URL is worked out when asked, so a changed slug still
    redirects correctly) or a fixed path on this site (the archive filtered by a topic).
    """

    old_key = models.CharField(_("old URL"), max_length=500, unique=True)
    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="legacy_redirects",
    )
    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    topic_slug = models.CharField(_("topic"), max_length=100, blank=True)

    class Meta:
        verbose_name = _("old WordPress URL")
        verbose_name_plural = _("old WordPress URLs")

    def __str__(self) -> str:
        return self.old_key


class WordPressAttachment(models.Model):
    """A file attached to an imported post, kept in the CMS: a PDF as the issue's original PDF
    in that language (a Wagtail document), an image as a Wagtail image."""

    language = models.CharField(_("language"), max_length=8, choices=LANGUAGE_CHOICES)
    attachment_id = models.PositiveIntegerField(_("WordPress attachment id"))
    issue = models.ForeignKey(
        "issues.IssuePage",
        verbose_name=_("issue"),
        on_delete=models.CASCADE,
        related_name="wordpress_attachments",
    )
    url = models.URLField(_("old URL"), max_length=500)
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("imported WordPress attachment")
        verbose_name_plural = _("imported WordPress attachments")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "attachment_id"],
                name="unique_wordpress_attachment_per_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.language} attachment #{self.attachment_id}"

    @property
    def is_original_pdf(self) -> bool:
        return self.document_id is not None
