"""The address links in mail point to: the site's configured one, or in development the request's.

Notification mails link back into the admin. On a server the address is fixed and comes from
``WAGTAILADMIN_BASE_URL``: a request's ``Host`` header must never choose where links in mail point.
A developer's server, though, runs wherever they start it (``make run ADDR=127.0.0.1:8106``,
``localhost`` or ``127.0.0.1``): there :class:`RequestBaseURLMiddleware` (only in
``csrs.settings.dev`` and ``csrs.settings.demo``) records the address of the request being served,
and :func:`admin_base_url` returns it while that request runs, including the transaction's
``on_commit`` callbacks that send the mail. Outside a request (management commands, workers) the
setting applies everywhere.
"""

from __future__ import annotations

from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost

_request_base_url: ContextVar[str | None] = ContextVar("request_base_url", default=None)


def admin_base_url() -> str:
    """Scheme, host and port, without a trailing slash, for absolute links in mail."""
    return (_request_base_url.get() or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


class RequestBaseURLMiddleware:
    """Development only: links built while a request is served follow that request's address.

    Put it first in ``MIDDLEWARE`` so it also covers the ``on_commit`` callbacks of the admin's
    transaction (``csrs.errors.AtomicAdminWritesMiddleware``), which send the workflow's mail.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            base_url = f"{request.scheme}://{request.get_host()}"
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers it with a 400
        token = _request_base_url.set(base_url)
        try:
            return self.get_response(request)
        finally:
            _request_base_url.reset(token)
