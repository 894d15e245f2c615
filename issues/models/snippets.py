"""Taxonomy snippets managed in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Topic(models.Model):
    """A subject an issue covers ("Regional diplomacy", "Economy"); its name is translated."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name or self.slug


class Region(models.Model):
    """A country or region an issue concerns ("Afghanistan", "Central Asia"); name translated."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=False)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("country or region")
        verbose_name_plural = _("countries and regions")

    def __str__(self) -> str:
        return self.name or self.slug
