"""Browsers that name our languages with other codes still land on them.

Windows announces Dari as ``prs`` or ``prs-AF`` and some systems Pashto as ``pbt``/``pbu``:
Django knows none of these, so such readers were sent to English. The aliases live with the
languages (``Language.accept_aliases`` in :mod:`csrs.languages`); this middleware rewrites them in
``Accept-Language`` before ``LocaleMiddleware`` reads it. ``ps-AF``, ``fa-AF`` and ``ar-*`` need no
help: Django falls back from a regional variant to the language itself.
"""

from __future__ import annotations

import re

from csrs.languages import LANGUAGES

ALIASES: dict[str, str] = {
    alias: language.code for language in LANGUAGES for alias in language.accept_aliases
}
# A language tag's primary subtag (before "-" or "_"), as it starts an Accept-Language entry.
_TAG = re.compile(r"(^|,)\s*([A-Za-z]{2,8})(?=[-_;,\s]|$)([-_][A-Za-z0-9]{1,8})*")


def normalise_accept_language(header: str) -> str:
    """``header`` with every alias replaced by our code: ``"prs-AF,en;q=0.5"`` ->
    ``"fa-af,en;q=0.5"``. Other entries and their weights are kept as they are."""

    def replace(match: re.Match) -> str:
        code = ALIASES.get(match.group(2).lower())
        return f"{match.group(1)}{code}" if code else match.group(0)

    return _TAG.sub(replace, header)


class AcceptLanguageAliasMiddleware:
    """Rewrite ``Accept-Language`` aliases (``prs`` -> ``fa-af``); goes before LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.META.get("HTTP_ACCEPT_LANGUAGE")
        if header:
            request.META["HTTP_ACCEPT_LANGUAGE"] = normalise_accept_language(header)
        return self.get_response(request)
