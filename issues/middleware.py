"""HTTP caching of public pages for anonymous readers.

Readers on slow connections (and any proxy or CDN in front of the site) may keep a public page
for a few minutes, then revalidate it cheaply: Django's ``ConditionalGetMiddleware`` adds an
``ETag`` and answers ``304 Not Modified``. Nothing is marked public that could differ per person:
signed-in users (the Wagtail user bar, previews), the admin, pages carrying a CSRF token (forms),
responses setting cookies, and anything that already says how it may be cached.
"""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_cache_control

PUBLIC_MAX_AGE = 5 * 60  # seconds; a new issue appears within five minutes


class PublicCacheMiddleware:
    """Send ``Cache-Control: public, max-age=…`` on public pages served to anonymous readers."""

    excluded_prefixes = ("/admin/", "/documents/", "/language/")

    def __init__(self, get_response):
        self.get_response = get_response
        self.max_age = getattr(settings, "PUBLIC_CACHE_MAX_AGE", PUBLIC_MAX_AGE)

    def __call__(self, request):
        response = self.get_response(request)
        if self.is_cacheable(request, response):
            patch_cache_control(response, public=True, max_age=self.max_age)
        return response

    def is_cacheable(self, request, response) -> bool:
        user = getattr(request, "user", None)
        return (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not request.path.startswith(self.excluded_prefixes)
            and not (user is not None and user.is_authenticated)
            and not response.has_header("Cache-Control")
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
        )
