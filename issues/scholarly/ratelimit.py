"""At most ``SCHOLARLY_RATE_LIMIT`` requests a minute per client to ``/api/`` and ``/oai/``.

It sits before the page cache, so cached answers count too: a harvester or script that asks too
fast gets ``429 Too Many Requests`` with ``Retry-After``, in the reader's language. The client
address is the one django-axes resolves (the same proxy settings as the login lockout). A cache
outage lets requests through rather than refusing everyone.
"""

from __future__ import annotations

import logging
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache
from django.http import JsonResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

WINDOW = 60  # seconds
LIMITED_PREFIXES = ("/api/", "/oai/")


class ScholarlyRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(LIMITED_PREFIXES):
            limit = settings.SCHOLARLY_RATE_LIMIT
            if limit > 0 and self.count(request) > limit:
                return self.too_many()
        return self.get_response(request)

    def count(self, request) -> int:
        """This client's requests in the current window, this one included."""
        window = int(time.time() // WINDOW)
        key = f"scholarly-rate:{get_client_ip_address(request)}:{window}"
        try:
            if cache.add(key, 1, timeout=WINDOW + 5):
                return 1
            return cache.incr(key)
        except Exception:
            logger.warning("Rate limit unavailable: letting the request through", exc_info=True)
            return 0

    @staticmethod
    def too_many():
        retry_after = WINDOW - int(time.time()) % WINDOW
        message = _("Too many requests: please wait %(seconds)s seconds and try again.") % {
            "seconds": retry_after
        }
        response = JsonResponse({"error": message}, status=429)
        response["Retry-After"] = str(retry_after)
        response["Cache-Control"] = "no-store"
        return response
