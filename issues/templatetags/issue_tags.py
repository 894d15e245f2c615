"""Template helpers for public pages: language-aware links and numbering."""

from django import template
from django.urls import reverse, translate_url
from django.utils.http import urlencode

from csrs import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, code: str) -> str:
    """The current page's URL in the language ``code`` (same issue, same archive page)."""
    request = context["request"]
    return translate_url(request.path, code)


@register.simple_tag(takes_context=True)
def switch_language_url(context, code: str) -> str:
    """A link that remembers ``code`` as the reader's choice, then shows this page in it."""
    target = url_in_language(context, code)
    return f"{reverse('choose_language', args=[code])}?{urlencode({'next': target})}"


@register.filter
def language(code: str):
    """The ``Language`` for a code: ``{{ "ps"|language }}``."""
    return languages.get_language(code)
