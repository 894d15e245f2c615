"""``{% newsletter_form %}``: the subscribe form, in the page's language, with no CSRF token.

A token in the markup would make every page private to one reader and defeat the page cache;
``issues/newsletter/views.py`` explains how the POST is protected instead.
"""

from django import template
from django.utils import translation

from csrs import languages
from issues.newsletter.forms import SubscribeForm

register = template.Library()


@register.inclusion_tag("components/newsletter_form.html", takes_context=True)
def newsletter_form(context, form=None, with_token=False, standalone=False):
    language = languages.get_language(translation.get_language())
    return {
        "form": form or SubscribeForm(page_language=language.code),
        "with_token": with_token,
        "standalone": standalone,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token") if with_token else None,
    }
