"""Template context every public page needs."""

from django.utils import translation

from csrs import languages


def language(request):
    """The active ``Language`` (code, direction, fonts …) and the list of all four."""
    return {
        "current_language": languages.get_language(translation.get_language()),
        "site_languages": languages.LANGUAGES,
    }
