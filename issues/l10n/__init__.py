"""Localised dates and numbers for every output: web pages, feeds, PDFs and emails.

Pure functions, no database and no Django: templates, feeds and the PDF renderer call these and
never ``strftime`` or ``str()`` a date or a number themselves.
"""

from issues.l10n.calendars import CalendarDate, to_gregorian, to_hijri, to_solar_hijri
from issues.l10n.dates import RangeParts, format_date, format_week_range, week_range_parts
from issues.l10n.digits import localize_digits, localize_number

__all__ = [
    "CalendarDate",
    "format_date",
    "format_week_range",
    "localize_digits",
    "localize_number",
    "RangeParts",
    "week_range_parts",
    "to_gregorian",
    "to_hijri",
    "to_solar_hijri",
]
