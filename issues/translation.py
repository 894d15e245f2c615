"""What modeltranslation translates: one column per language for each field named here."""

from modeltranslation.translator import TranslationOptions, register

from issues.models import (
    GlossaryTerm,
    HomePage,
    IssueIndexPage,
    IssuePage,
    PublicationSettings,
    Region,
    Topic,
)

# No fallback for an issue's own text: a Pashto page must never borrow English paragraphs.
NO_FALLBACK = {"default": ()}


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("introduction",)


@register(IssueIndexPage)
class IssueIndexPageTranslation(TranslationOptions):
    fields = ("introduction",)


@register(IssuePage)
class IssuePageTranslation(TranslationOptions):
    fields = ("standfirst", "analyses", "recommendations", "references")
    fallback_languages = NO_FALLBACK


@register(Topic)
class TopicTranslation(TranslationOptions):
    fields = ("name",)


@register(Region)
class RegionTranslation(TranslationOptions):
    fields = ("name",)


@register(PublicationSettings)
class PublicationSettingsTranslation(TranslationOptions):
    fields = ("publisher_name", "publication_name", "blurb", "about")
    fallback_languages = NO_FALLBACK


@register(GlossaryTerm)
class GlossaryTermTranslation(TranslationOptions):
    fields = ("term", "forbidden")
    fallback_languages = NO_FALLBACK
