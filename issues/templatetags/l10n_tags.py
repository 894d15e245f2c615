"""Dates and numbers in templates, in the reader's language (calendar, month names, digits).

Every template formats through these, never with ``date`` or ``strftime``: they read the active
language and the publication settings (Arabic digits, extra calendars) of the request's site.
"""

from datetime import date

from django import template
from django.utils import translation
from django.utils.html import format_html

from csrs import languages
from issues.l10n import format_date, localize_digits, week_range_parts

register = template.Library()


def _options(context, language) -> dict[str, bool]:
    """The formatting options the site's settings ask for (cached per request by Wagtail)."""
    from issues.models import PublicationSettings

    request = context.get("request")
    if request is None:
        return {"latin_digits": False, "show_gregorian": False, "show_hijri": False}
    return PublicationSettings.for_request(request).date_options(language)


def _active_language():
    return languages.get_language(translation.get_language())


@register.simple_tag(takes_context=True)
def local_number(context, value) -> str:
    """A number (issue number, count, page) in the reader's digits."""
    language = _active_language()
    return localize_digits(
        value, language, latin_digits=_options(context, language)["latin_digits"]
    )


@register.simple_tag(takes_context=True)
def local_date(context, value: date) -> str:
    """``<time datetime="YYYY-MM-DD">`` with the date in the reader's calendar and digits."""
    if not value:
        return ""
    language = _active_language()
    text = format_date(value, language, **_options(context, language))
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


@register.simple_tag(takes_context=True)
def week_range(context, start: date, end: date) -> str:
    """The week of an issue, each end in its own ``<time datetime>`` element."""
    if not (start and end):
        return ""
    language = _active_language()
    try:
        parts = week_range_parts(start, end, language, **_options(context, language))
    except ValueError:
        return ""
    if not parts.first:
        return format_html('<time datetime="{}">{}</time>', end.isoformat(), parts.last)
    return format_html(
        '{}<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>{}',
        parts.prefix,
        start.isoformat(),
        parts.first,
        parts.between,
        end.isoformat(),
        parts.last,
        parts.extra,
    )
