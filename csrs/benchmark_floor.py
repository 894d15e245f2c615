"""The benchmark's floor: the cheapest Django view, to measure every page against.

Routed at ``/bench/floor`` only when the environment variable ``CSRS_BENCHMARK_FLOOR=1`` is
set (benchmarks/run.py sets it for its own server); a normal deployment has no such URL.
"""

from __future__ import annotations

import os

from django.http import HttpResponse
from django.urls import path

ENV_VARIABLE = "CSRS_BENCHMARK_FLOOR"
BODY = b"floor\n"


def floor(request):
    """A fixed response: no template, no database, no session."""
    return HttpResponse(BODY, content_type="text/plain")


def urlpatterns() -> list:
    """The floor's URL when the benchmark asked for it, else nothing."""
    if os.environ.get(ENV_VARIABLE) == "1":
        return [path("bench/floor", floor, name="benchmark_floor")]
    return []
