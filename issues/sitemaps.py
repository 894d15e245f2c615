"""``/sitemap.xml``: every public page in every language it exists in, with hreflang alternates.

Django's sitemap framework writes one ``<url>`` per page and language and, with ``alternates``,
an ``xhtml:link`` for each language of that page. ``get_languages_for_item`` limits both to the
languages an issue is really available in, so the alternates of each URL are exactly the other
URLs of the same issue (reciprocal, as search engines require). ``x-default`` is the
language-neutral address (``/issues/455/``), which sends a reader to their own language; it is
given where the issue exists in the default language (Django's rule).
"""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


class _PageSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def location(self, item):
        # Called with the item's language active: the path carries its prefix (/ps/issues/455/).
        return item.get_url_parts()[2]

    def lastmod(self, item):
        return item.last_published_at


class SectionSitemap(_PageSitemap):
    """The home page and the archive, in every language."""

    changefreq = "weekly"
    priority = 0.8

    def items(self):
        from issues.models import HomePage, IssueIndexPage
        from issues.models.pages import live_and_public

        return [
            *live_and_public(HomePage.objects.all()),
            *live_and_public(IssueIndexPage.objects.all()),
        ]


class IssueSitemap(_PageSitemap):
    """Each readable issue (live and public), in the languages it is available in."""

    changefreq = "monthly"
    priority = 0.6

    def items(self):
        from issues.models import IssuePage

        return list(IssuePage.objects.readable().exclude(available_languages="").newest_first())

    def get_languages_for_item(self, item):
        return [lang.code for lang in item.languages]


SITEMAPS = {"sections": SectionSitemap, "issues": IssueSitemap}


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def robots_txt(request):
    """``/robots.txt``: public pages may be crawled, the admin may not; where the sitemap is."""
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /*/search/",
        "",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
