"""Template helpers for public pages: language-aware links and numbering."""

from django import template
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import RichText, expand_db_html

from csrs import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def url_in_language(context, code: str) -> str:
    """The current page's URL in the language ``code`` (same issue, same archive page)."""
    request = context["request"]
    # Asked twice per language on a page (alternate links, language switcher): resolve once.
    known = request.__dict__.setdefault("_urls_in_language", {})
    if code not in known:
        known[code] = _in_language(request, code)
    return known[code]


def _in_language(request, code: str) -> str:
    """``translate_url(request.path, code)`` without resolving the path again: the request's
    own match is reversed in ``code`` (resolving walks every URL pattern before Wagtail's)."""
    match = request.resolver_match
    if match is None or match.url_name is None or request.path != request.path_info:
        return translate_url(request.path, code)
    name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
    with translation.override(code):
        try:
            return reverse(name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return request.path


@register.simple_tag(takes_context=True)
def switch_language_url(context, code: str) -> str:
    """A link that remembers ``code`` as the reader's choice, then shows this page in it."""
    target = url_in_language(context, code)
    return f"{reverse('choose_language', args=[code])}?{urlencode({'next': target})}"


@register.filter
def language(code: str):
    """The ``Language`` for a code: ``{{ "ps"|language }}``."""
    return languages.get_language(code)


@register.filter
def prose(value) -> SafeString:
    """Rich text (a block's ``RichText`` or stored HTML) as the reader's HTML.

    What ``{{ value }}`` gives, links expanded, minus Wagtail's one-line template around each
    piece (``{{ html|safe }}``): an issue has dozens of paragraphs and list items.
    """
    source = value.source if isinstance(value, RichText) else (value or "")
    return mark_safe(expand_db_html(source))  # noqa: S308 (the editor's sanitised rich text)
