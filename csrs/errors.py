"""Error pages that never need the database: 404 (degrading), 500, and 503 for database outages.

The normal 404 page extends base.html, whose context processors read the publication settings
from the database. When PostgreSQL is unreachable that would turn every 404 into a crash, so
:func:`page_not_found` falls back to ``errors/static_page.html``: a page in the reader's
language and direction (from the URL prefix) that reads nothing from the database. 500 and 503
always use that page. :class:`DatabaseUnavailableMiddleware` turns a lost database into a 503
with ``Retry-After``; with ``CONN_HEALTH_CHECKS`` Django drops the broken connection and opens a
fresh one on a later request, so the site recovers without a restart once PostgreSQL is back.
:class:`AtomicAdminWritesMiddleware` makes an editor's save all or nothing, so such an error page
never hides a half-written save.
"""

from __future__ import annotations

import logging
import sys

from django.db import InterfaceError, OperationalError, transaction
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from django.views import defaults

from csrs import languages

logger = logging.getLogger(__name__)

DATABASE_OUTAGES = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30

# (title, message) per status, translated when the page is rendered in the reader's language.
TEXTS = {
    404: (
        gettext_noop("Page not found"),
        gettext_noop(
            "There is no page at this address. It may have moved, or the link may be mistyped."
        ),
    ),
    500: (
        gettext_noop("Server error"),
        gettext_noop("Something went wrong on our side. Please try again in a few minutes."),
    ),
    503: (
        gettext_noop("Temporarily unavailable"),
        gettext_noop("The site is briefly unavailable. Please try again in a few minutes."),
    ),
}


def reader_language(request) -> languages.Language:
    """The reader's language from the URL prefix (/ps/…), else English. No database, no cookie."""
    code = translation.get_language_from_path(request.path_info) if request else None
    return languages.get_language(code)


def static_error_page(request, status: int) -> HttpResponse:
    """The database-free error page for ``status`` (404, 500, 503) in the reader's language."""
    language = reader_language(request)
    title, message = TEXTS[status]
    with translation.override(language.code):
        # No request passed: context processors (which read site settings) never run.
        html = loader.render_to_string(
            "errors/static_page.html",
            {"language": language, "title": _(title), "message": _(message)},
        )
    response = HttpResponse(html, status=status, content_type="text/html; charset=utf-8")
    response["Content-Language"] = language.code
    return response


def database_unavailable(request) -> HttpResponse:
    """503 with Retry-After: the database is down; nothing half-done was saved."""
    response = static_error_page(request, 503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def page_not_found(request, exception):
    """Django's 404 page with the site's frame; the static page when the database is down."""
    try:
        return defaults.page_not_found(request, exception)
    except DATABASE_OUTAGES:
        logger.warning("404 page rendered without the database (it is unreachable)")
        return static_error_page(request, 404)


def server_error(request):
    """500, or 503 when the error being handled is a lost database (raised in a middleware)."""
    if isinstance(sys.exc_info()[1], DATABASE_OUTAGES):
        return database_unavailable(request)
    return static_error_page(request, 500)


class DatabaseUnavailableMiddleware:
    """Turn ``OperationalError``/``InterfaceError`` from a view into the translated 503 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_OUTAGES):
            logger.error("Database unavailable: %s", exception, exc_info=exception)
            return database_unavailable(request)
        return None


class AtomicAdminWritesMiddleware:
    """Each POST to the admin is one transaction, rolled back if it ends in a server error.

    Wagtail writes a page and its revision in a transaction of its own, but what runs after it
    in the same request writes separately: the translation workflow's hooks (outdated detection,
    ``issues/workflow/admin_hooks.py``), messages, the session. A database lost in between left
    a saved draft whose translations were never told their source changed, behind a 503 page
    asking the editor to try again. Now an editor's save is written whole or not at all, and an
    error page means nothing was written. Readers' pages (GET) are not wrapped.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method != "POST" or not request.path_info.startswith("/admin/"):
            return self.get_response(request)
        # Opening the transaction needs the database: if it is down, the error becomes the 503.
        with transaction.atomic():
            response = self.get_response(request)
            if response.status_code >= 500:
                # An error page (a lost database turned into a 503 by the middleware above).
                transaction.set_rollback(True)
        return response
