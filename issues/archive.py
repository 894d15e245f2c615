"""Filters of the archive: by topic, country/region and year, each offering only what exists.

The choices come from the issues a reader can read in their language, so no filter leads to an
empty list. Three queries build the choices whatever the number of issues; they, and the number
of issues a filter lists, change only when what readers see changes, so they are kept in the
cache under the page cache's generation (:mod:`issues.page_cache`), which publishing,
unpublishing and topic/region edits move on.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils.http import urlencode

from csrs import languages
from issues.l10n.calendars import solar_hijri_year, solar_hijri_year_bounds

logger = logging.getLogger(__name__)
CHOICES_TIMEOUT = 10 * 60  # seconds; a publish moves the generation on long before


@dataclass
class ArchiveFilters:
    """The reader's chosen filters and the choices offered."""

    topic: str = ""
    region: str = ""
    year: int | None = None
    topics: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    years: list[int] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return bool(self.topic or self.region or self.year)

    @property
    def query_string(self) -> str:
        """The filters as a query string, for pagination links (empty when none is chosen)."""
        params = {"topic": self.topic, "region": self.region, "year": self.year or ""}
        return urlencode({key: value for key, value in params.items() if value})


# Eastern digits a reader may type or paste into ``?year=`` (۱۴۰۴, ١٤٠٤): the same year as 1404.
_TO_ASCII_DIGITS = str.maketrans(
    languages.PERSIAN_DIGITS + languages.ARABIC_INDIC_DIGITS, languages.LATIN_DIGITS * 2
)


def _year(value: str | None) -> int | None:
    value = (value or "").strip().translate(_TO_ASCII_DIGITS)
    return int(value) if value.isascii() and value.isdigit() and len(value) == 4 else None


def _years(issues: QuerySet, language_code: str) -> list[int]:
    """The years the archive offers, newest first, in the language's own calendar: Solar Hijri
    on Pashto and Dari pages (an issue belongs to the year its week starts in), else Gregorian."""
    if languages.get_language(language_code).calendar == "solar_hijri":
        # A Solar Hijri year starts in March: the distinct days decide, not Gregorian years.
        days = issues.dates("week_start", "day", order="DESC")
        return sorted({solar_hijri_year(day) for day in days}, reverse=True)
    return [d.year for d in issues.dates("week_start", "year", order="DESC")]


def year_filter(year: int, language_code: str) -> Q:
    """The issues whose week starts in ``year`` of the language's calendar (``?year=1404`` on a
    Dari page: 21 March 2025 to 20 March 2026)."""
    if languages.get_language(language_code).calendar == "solar_hijri":
        try:
            first, last = solar_hijri_year_bounds(year)
        except ValueError:  # a year no calendar can hold: nothing matches
            return Q(pk__in=[])
        return Q(week_start__range=(first, last))
    return Q(week_start__year=year)


def _choices(issues: QuerySet, language_code: str) -> tuple[list, list, list[int]]:
    from issues.models import Region, Topic

    return (
        list(Topic.objects.filter(issues__in=issues).distinct()),
        list(Region.objects.filter(issues__in=issues).distinct()),
        _years(issues, language_code),
    )


def _content_cached(name: str, compute):
    """``compute()``, kept in the cache until what readers see changes.

    The key holds the page cache's generation (:mod:`issues.page_cache`), which publishing,
    unpublishing and topic/region edits move on at once: a publish is never hidden. Without a
    working cache, ``compute()`` runs every time.
    """
    from issues import page_cache

    key = None
    try:
        key = f"archive:{page_cache.current_generation()}:{name}"
        cached = page_cache._cache().get(key)
    except Exception:
        logger.warning("Cache unavailable: %s from the database", name, exc_info=True)
        cached = None
    if cached is not None:
        return cached
    value = compute()
    if key is not None:
        try:
            page_cache._cache().set(key, value, CHOICES_TIMEOUT)
        except Exception:
            logger.warning("Could not cache %s", name, exc_info=True)
    return value


def archive_choices(issues: QuerySet, language_code: str) -> tuple[list, list, list[int]]:
    """(topics, regions, years) of ``issues``, the live issues readable in ``language_code``
    (three queries, or none while nothing readers see has changed)."""
    return _content_cached(f"choices:{language_code}", lambda: _choices(issues, language_code))


def archive_count(issues: QuerySet, language_code: str, filters: ArchiveFilters) -> int:
    """How many issues the archive lists for ``filters``: counting every row of a long archive
    on each page view costs more than the page, and it changes only with a publish."""
    digest = hashlib.sha256(filters.query_string.encode()).hexdigest()[:32]  # reader's input
    return _content_cached(f"count:{language_code}:{digest}", lambda: issues.count())


def filter_archive(issues: QuerySet, params, language_code: str) -> tuple[QuerySet, ArchiveFilters]:
    """Apply ``params`` (``topic``, ``region``, ``year``) to ``issues`` (the live issues in
    ``language_code``) and list the choices."""
    filters = ArchiveFilters(
        topic=(params.get("topic") or "")[:100],
        region=(params.get("region") or "")[:100],
        year=_year(params.get("year")),
    )
    filters.topics, filters.regions, filters.years = archive_choices(issues, language_code)
    if filters.topic:
        issues = issues.filter(topics__slug=filters.topic)
    if filters.region:
        issues = issues.filter(regions__slug=filters.region)
    if filters.year:
        issues = issues.filter(year_filter(filters.year, language_code))
    return issues, filters
