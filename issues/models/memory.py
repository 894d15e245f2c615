"""The translation memory and the glossary of names (issues/memory/ uses them)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class MemoryEntry(models.Model):
    """One approved translation of one piece: a source text and its target, for a language pair.

    ``source_key`` is the source's text as search normalises it (issues/search/normalise.py):
    exact matches compare keys, so Arabic-script variants and digit systems match.
    ``*_markup`` hold the text with the XLIFF export's protected codes (``{1}…{/1}``), so a
    match put into a rich text piece keeps bold, italic and links where they fit.
    """

    ORIGINS = [("approval", _("approved translation")), ("tmx", _("TMX import"))]

    source_language = models.CharField(_("source language"), max_length=8)
    target_language = models.CharField(_("target language"), max_length=8)
    source_text = models.TextField(_("source"))
    source_key = models.TextField()
    key_hash = models.CharField(max_length=40)
    source_markup = models.TextField(blank=True, default="")
    target_text = models.TextField(_("translation"))
    target_markup = models.TextField(blank=True, default="")
    target_hash = models.CharField(max_length=40)
    issue = models.ForeignKey(
        "issues.IssuePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    unit_id = models.CharField(max_length=400, blank=True, default="")
    origin = models.CharField(max_length=16, choices=ORIGINS, default="approval")
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved at"), default=timezone.now)

    class Meta:
        verbose_name = _("translation memory entry")
        verbose_name_plural = _("translation memory entries")
        indexes = [
            models.Index(
                fields=["source_language", "target_language", "key_hash"], name="memory_pair_key"
            ),
            models.Index(fields=["issue", "target_language"], name="memory_issue"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["source_language", "target_language", "key_hash", "target_hash"],
                name="one_memory_entry_per_translation",
            )
        ]

    def __str__(self) -> str:
        return f"{self.source_language}→{self.target_language}: {self.source_text[:60]}"


class GlossaryTerm(models.Model):
    """A name or standing phrase with its approved form in each language.

    ``term`` is translated (one column per language, modeltranslation): for a pair, the source
    language's column is what to look for and the target language's the approved form.
    ``forbidden`` (also per language) lists variants that must not be used, one a line — the
    Iranian spelling where the Afghan one is wanted. Editors approve; translators propose.
    """

    KINDS = [
        ("person", _("person")),
        ("place", _("place")),
        ("organisation", _("organisation")),
        ("other", _("other")),
    ]
    PROPOSED, APPROVED = "proposed", "approved"
    STATUSES = [(PROPOSED, _("proposed")), (APPROVED, _("approved"))]

    term = models.CharField(_("term"), max_length=200, blank=True, default="")
    forbidden = models.TextField(
        _("forbidden variants"),
        blank=True,
        default="",
        help_text=_("One variant a line: spellings that must not be used in this language."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=KINDS, default="other")
    note = models.TextField(_("note"), blank=True, default="")
    status = models.CharField(_("status"), max_length=16, choices=STATUSES, default=PROPOSED)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary")
        ordering = ["term_en"]

    def __str__(self) -> str:
        from csrs import languages

        for language in languages.LANGUAGES:
            value = getattr(self, language.field("term"), "")
            if value:
                return value
        return str(self.pk)

    def form_in(self, language) -> str:
        """The approved form in ``language`` ("" if none)."""
        return (getattr(self, language.field("term"), "") or "").strip()

    def forbidden_in(self, language) -> list[str]:
        """The forbidden variants in ``language``."""
        text = getattr(self, language.field("forbidden"), "") or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class MemoryInsertion(models.Model):
    """A piece filled from the memory (one click or "pre-translate"), until it is approved.

    The page shows these pieces as "from memory, to be reviewed" and the XLIFF/PO export marks
    them as needing review; approving the language clears them (issues/memory/store.py).
    """

    issue = models.ForeignKey("issues.IssuePage", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    unit_id = models.CharField(max_length=400)
    score = models.PositiveSmallIntegerField()
    pretranslated = models.BooleanField(default=False)
    entry = models.ForeignKey(MemoryEntry, null=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "language", "unit_id"], name="one_insertion_per_piece"
            )
        ]

    def __str__(self) -> str:
        return f"{self.issue_id}/{self.language}: {self.unit_id} ({self.score}%)"
