"""Taxonomy snippets managed in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslatedTaxonomy(models.Model):
    """A translated name with a stable ASCII slug (the archive filters use the slug)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)

    class Meta:
        abstract = True
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name or self.slug


class Topic(TranslatedTaxonomy):
    """A subject an issue covers ("Regional diplomacy", "Economy"); its name is translated."""

    class Meta(TranslatedTaxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Region(TranslatedTaxonomy):
    """A country or region an issue concerns ("Afghanistan", "Central Asia"); name translated."""

    class Meta(TranslatedTaxonomy.Meta):
        verbose_name = _("country or region")
        verbose_name_plural = _("countries and regions")
