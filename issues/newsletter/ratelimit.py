"""Limits on the subscribe form: per client address and per email address.

Counted in the cache (Redis in production) in fixed windows, as ``issues/scholarly/ratelimit.py``
does for the API. Over the per-client limit the form answers 429; over the per-address limit
the answer is the usual "check your inbox" and no mail goes out, so the limit tells nobody
anything about the address. A cache outage lets requests through rather than refusing everyone.
"""

from __future__ import annotations

import hashlib
import logging
import time

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

WINDOW = 3600  # seconds


def _count(key: str) -> int:
    window = int(time.time() // WINDOW)
    key = f"newsletter-rate:{key}:{window}"
    try:
        if cache.add(key, 1, timeout=WINDOW + 5):
            return 1
        return cache.incr(key)
    except Exception:
        logger.warning("Newsletter rate limit unavailable: letting the request through")
        return 0


def retry_after() -> int:
    return WINDOW - int(time.time()) % WINDOW


def client_over_limit(request) -> bool:
    """Count this subscribe request of the client; True once it is past the hourly limit."""
    limit = getattr(settings, "NEWSLETTER_RATE_LIMIT_PER_IP", 10)
    return limit > 0 and _count(f"ip:{get_client_ip_address(request)}") > limit


def address_over_limit(email: str) -> bool:
    """Count a request for ``email``; True once it is past the hourly limit (no mail then)."""
    limit = getattr(settings, "NEWSLETTER_RATE_LIMIT_PER_ADDRESS", 3)
    digest = hashlib.sha256(email.lower().encode("utf-8")).hexdigest()
    return limit > 0 and _count(f"address:{digest}") > limit
