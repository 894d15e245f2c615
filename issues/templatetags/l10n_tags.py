"""Dates and numbers in templates, in the reader's language (calendar, month names, digits).

Every template formats through these, never with ``date`` or ``strftime``: they read the active
language and the publication settings (Arabic digits, extra calendars) of the request's site.
"""

from datetime import date

from django import template
from django.utils import translation
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

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
def year_options(context, years, selected) -> SafeString:
    """The ``<option>`` of each year (the archive's filter), labelled in the reader's digits,
    ``selected`` marked: one tag for a list some fifty years long."""
    language = _active_language()
    latin_digits = _options(context, language)["latin_digits"]
    return format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (
                year,
                mark_safe(" selected") if year == selected else "",
                localize_digits(year, language, latin_digits=latin_digits),
            )
            for year in years
        ),
    )


@register.simple_tag(takes_context=True)
def issue_meta(context, issue) -> SafeString:
    """An issue's number and week, as its card and a search result show them.

    One tag instead of a template of its own: a list page shows a dozen of them.
    """
    language = _active_language()
    number = localize_digits(
        issue.number, language, latin_digits=_options(context, language)["latin_digits"]
    )
    return format_html(
        '<p class="issue-card__meta">\n'
        '  <span class="issue-card__number">{}</span>\n'
        '  <span class="issue-card__week">{}</span>\n'
        "</p>",
        _("Issue %(number)s") % {"number": number},
        week_range(context, issue.week_start, issue.week_end),
    )


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
