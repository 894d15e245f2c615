"""Site-wide settings: what stays the same every week (blurb, about, contact, logo)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField

from csrs import languages
from csrs.languages import Language
from issues.richtext.validation import RichTextValidator
from issues.site_cache import CachedSiteSettingMixin


@register_setting(icon="site")
class PublicationSettings(CachedSiteSettingMixin, BaseSiteSetting):
    """The standing text of the publication. Translated fields are filled per language."""

    # Empty by default: templates fall back to the interface's translated name, so an unfilled
    # language never shows English.
    publisher_name = models.CharField(_("publisher name"), max_length=255, blank=True)
    publication_name = models.CharField(_("publication name"), max_length=100, blank=True)
    blurb = models.TextField(
        _("standing blurb"),
        blank=True,
        help_text=_("What the Weekly Analysis is and in which languages it appears."),
    )
    about = RichTextField(_("about CSRS"), blank=True, features=["bold", "italic", "link"])
    contact_email = models.EmailField(_("contact email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    arabic_latin_digits = models.BooleanField(
        _("Latin digits on Arabic pages"),
        default=False,
        help_text=_("Arabic pages use ٠١٢٣٤٥٦٧٨٩ unless this is ticked, then 0123456789."),
    )
    show_gregorian_date = models.BooleanField(
        _("add the Gregorian date on Pashto and Dari pages"),
        default=False,
        help_text=_("Shown in parentheses after the Solar Hijri date."),
    )
    show_hijri_date = models.BooleanField(
        _("add the Hijri date on Arabic pages"),
        default=False,
        help_text=_("The Umm al-Qura date, in parentheses after the Gregorian date."),
    )

    # Plain names: wagtail-modeltranslation expands each translated one into four panels.
    panels = [
        FieldPanel("publisher_name"),
        FieldPanel("publication_name"),
        FieldPanel("blurb"),
        FieldPanel("about"),
        FieldPanel("contact_email"),
        FieldPanel("website"),
        FieldPanel("phone"),
        FieldPanel("logo"),
        FieldPanel("arabic_latin_digits"),
        FieldPanel("show_gregorian_date"),
        FieldPanel("show_hijri_date"),
    ]

    class Meta:
        verbose_name = _("publication settings")

    def clean(self):
        """Each language's "about" text holds only what its editor can write."""
        super().clean()
        validate = RichTextValidator(self._meta.get_field("about").features)
        errors = {}
        for lang in languages.LANGUAGES:
            try:
                validate(getattr(self, lang.field("about"), "") or "")
            except ValidationError as error:
                errors[lang.field("about")] = error
        if errors:
            raise ValidationError(errors)

    def date_options(self, language: Language) -> dict[str, bool]:
        """Keyword options of issues.l10n's formatters for ``language``, from these settings."""
        return {
            "latin_digits": language.code == "ar" and self.arabic_latin_digits,
            "show_gregorian": language.calendar == "solar_hijri" and self.show_gregorian_date,
            "show_hijri": language.code == "ar" and self.show_hijri_date,
        }
