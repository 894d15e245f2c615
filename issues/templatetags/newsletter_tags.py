"""``{% newsletter_form %}``: the subscribe form, in the page's language, with no CSRF token.

A token in the markup would make every page private to one reader and defeat the page cache;
``issues/newsletter/views.py`` explains how the POST is protected instead.
"""

from django import template
from django.core.signals import setting_changed
from django.template.loader import get_template
from django.utils import translation

from csrs import languages
from issues.newsletter.forms import SubscribeForm

register = template.Library()

TEMPLATE = "components/newsletter_form.html"

# The footer's form is the same markup on every page of a language (no data, no errors, no
# token): rendering its widgets cost about a sixth of an uncached archive or search page.
# It is rendered once per language and process; settings changes (tests) forget it.
_FOOTER_FORMS: dict[str, str] = {}


def _forget_footer_forms(**kwargs) -> None:
    _FOOTER_FORMS.clear()


setting_changed.connect(_forget_footer_forms)


@register.simple_tag(takes_context=True)
def newsletter_form(context, form=None, with_token=False, standalone=False):
    """The subscribe form: ``form`` (bound, with its errors) on the subscribe page, else a
    fresh one with the page's language ticked."""
    language = languages.get_language(translation.get_language())
    footer = form is None and not with_token and not standalone
    if footer and language.code in _FOOTER_FORMS:
        return _FOOTER_FORMS[language.code]
    html = get_template(TEMPLATE).render(
        {
            "form": form or SubscribeForm(page_language=language.code),
            "with_token": with_token,
            "standalone": standalone,
            "csrf_token": context.get("csrf_token") if with_token else None,
        }
    )
    if footer:
        _FOOTER_FORMS[language.code] = html
    return html
