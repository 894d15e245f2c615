"""Filters of the archive: by topic, country/region and year, each offering only what exists.

The choices come from the issues a reader can read in their language, so no filter leads to an
empty list. Three queries build the choices whatever the number of issues.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils.http import urlencode


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


def _year(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() and len(value) == 4 else None


def filter_archive(issues: QuerySet, params) -> tuple[QuerySet, ArchiveFilters]:
    """Apply ``params`` (``topic``, ``region``, ``year``) to ``issues`` and list the choices."""
    from issues.models import Region, Topic

    filters = ArchiveFilters(
        topic=(params.get("topic") or "")[:100],
        region=(params.get("region") or "")[:100],
        year=_year(params.get("year")),
    )
    filters.topics = list(Topic.objects.filter(issues__in=issues).distinct())
    filters.regions = list(Region.objects.filter(issues__in=issues).distinct())
    filters.years = [d.year for d in issues.dates("week_start", "year", order="DESC")]
    if filters.topic:
        issues = issues.filter(topics__slug=filters.topic)
    if filters.region:
        issues = issues.filter(regions__slug=filters.region)
    if filters.year:
        issues = issues.filter(week_start__year=filters.year)
    return issues, filters
