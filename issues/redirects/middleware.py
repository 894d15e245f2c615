"""Permanent redirects for the old WordPress sites' URLs.

Two moments, so pages that are not redirected pay nothing:

- a request whose query string carries a WordPress parameter (``?p=1546``, ``/ar/?p=1546``) is
  looked up *before* the view: these URLs land on real pages of the new site (the home page),
  so waiting for a 404 would never redirect them;
- any other request is looked up only when the site answers 404 (``/2019/03/05/slug/``,
  ``/wp-content/uploads/…``).

Each lookup is one query on a unique index (constant time whatever the number of redirects).
The target is worked out when asked, through ``IssuePage.objects.readable(language)``: an issue
unpublished since the import is not revealed by its old URL (the request goes on to the normal
page or 404). This middleware sits just inside ``LocaleMiddleware``: it sees the 404 before
that middleware turns an unprefixed path into a redirect to ``/<language>/…``.
"""

from __future__ import annotations

from django.db import DatabaseError
from django.http import HttpResponsePermanentRedirect
from django.utils import translation

from csrs import languages
from issues.redirects.keys import has_wordpress_query, legacy_key


def redirect_target(key: str, request) -> str | None:
    """The new URL for the old URL ``key``, or None (unknown, or no longer readable)."""
    from issues.models import IssueIndexPage, IssuePage, LegacyRedirect

    found = LegacyRedirect.objects.filter(old_key=key).values_list(
        "issue_id", "language", "topic_slug"
    )
    row = next(iter(found), None)
    if row is None:
        return None
    issue_id, code, topic = row
    if code not in languages.CODES:
        return None
    with translation.override(code):
        if issue_id is not None:
            page = IssuePage.objects.readable(code).filter(pk=issue_id).first()
            return page.get_url(request=request) if page else None
        archive = IssueIndexPage.objects.live().public().order_by("path").first()
        if archive is None:
            return None
        url = archive.get_url(request=request)
        return f"{url}?topic={topic}" if url and topic else url


class LegacyRedirectMiddleware:
    """Answers old WordPress URLs with a 301 to the issue or archive they now are."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and has_wordpress_query(
            request.META.get("QUERY_STRING", "")
        ):
            target = redirect_target(legacy_key(request.path, request.GET), request)
            if target:
                return HttpResponsePermanentRedirect(target)
        response = self.get_response(request)
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            try:
                target = redirect_target(legacy_key(request.path), request)
            except DatabaseError:
                return response  # the 404 page already answered without the database
            if target:
                return HttpResponsePermanentRedirect(target)
        return response
