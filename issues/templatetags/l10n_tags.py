"""Dates and numbers in templates, in the reader's language (calendar, month names, digits).

Every template formats through these, never with ``date`` or ``strftime``: they read the active
language and the publication settings (Arabic digits, extra calendars) of the request's site.
"""

from datetime import date

from django import template
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from csrs import languages
from csrs.languages import Language
from issues.l10n import format_date, localize_digits, week_range_parts
from issues.l10n.bidi import latin_runs

NBSP = "\u00a0"

register = template.Library()


def _options(context, language) -> dict[str, bool]:
    """The formatting options the site's settings ask for (cached per request by Wagtail)."""
    from issues.models import PublicationSettings

    request = context.get("request")
    if request is None:
        return {"latin_digits": False, "show_gregorian": False, "show_hijri": False}
    # Asked for every number and date of a page (an archive page: some seventy): once per request.
    known = request.__dict__.setdefault("_l10n_date_options", {})
    if language.code not in known:
        known[language.code] = PublicationSettings.for_request(request).date_options(language)
    return known[language.code]


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
def local_number_choices(context, values) -> list[tuple[object, str]]:
    """``(value, label)`` for each of ``values``, the label in the reader's digits: one lookup
    of the site's options for a whole list (the archive's years)."""
    language = _active_language()
    latin_digits = _options(context, language)["latin_digits"]
    return [
        (value, localize_digits(value, language, latin_digits=latin_digits)) for value in values
    ]


@register.simple_tag(takes_context=True)
def local_date(context, value: date) -> str:
    """``<time datetime="YYYY-MM-DD">`` with the date in the reader's calendar and digits."""
    if not value:
        return ""
    language = _active_language()
    text = format_date(value, language, **_options(context, language))
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), unbreakable(text))


def unbreakable(text: str) -> str:
    """A date whose day, month and year never part at a line end (no-break spaces)."""
    return text.replace(" ", NBSP)


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
        return format_html(
            '<time datetime="{}">{}</time>', end.isoformat(), unbreakable(parts.last)
        )
    return format_html(
        '{}<time datetime="{}">{}</time>{}<time datetime="{}">{}</time>{}',
        parts.prefix,
        start.isoformat(),
        unbreakable(parts.first),
        parts.between,
        end.isoformat(),
        unbreakable(parts.last),
        parts.extra,
    )


def isolate_latin(text, language: Language) -> SafeString:
    """Plain ``text`` as HTML; on right-to-left pages each Latin run (names, titles, web
    addresses) is a ``<bdi lang="en" dir="ltr">`` of its own, so it keeps the line's reading
    order and screen readers read it with an English voice. Left-to-right pages: escaped only."""
    text = "" if text is None else str(text)
    if not language.is_rtl:
        return conditional_escape(text)
    return mark_safe(  # noqa: S308 - every piece is escaped here
        "".join(
            format_html('<bdi lang="en" dir="ltr">{}</bdi>', piece)
            if is_latin
            else conditional_escape(piece)
            for piece, is_latin in latin_runs(text)
        )
    )


@register.filter
def bidi_runs(text) -> SafeString:
    """``{{ value.title|bidi_runs }}``: :func:`isolate_latin` in the active language."""
    return isolate_latin(text, _active_language())


@register.simple_tag
def separator() -> str:
    """What joins parts of a reference or an attribution: «، » in RTL languages, ", " else."""
    return _active_language().separator
