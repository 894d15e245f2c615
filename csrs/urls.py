"""URLs: the admin and helpers outside the language prefix, every public page inside it."""

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from csrs import benchmark_floor
from csrs.health import health, ready
from issues import citation_views, feeds, sitemaps, views
from issues.pdf import views as pdf_views
from issues.search import views as search_views
from issues.sharecards import views as card_views

# Error pages that still answer when the database does not (csrs/errors.py).
handler404 = "csrs.errors.page_not_found"
handler500 = "csrs.errors.server_error"

urlpatterns = [
    path("healthz", health, name="healthz"),
    path("readyz", ready, name="readyz"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("language/<str:code>/", views.choose_language, name="choose_language"),
    path("fonts.css", views.font_stylesheet, name="font_stylesheet"),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps.SITEMAPS}, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    # For libraries and scholars: OAI-PMH and the read-only JSON API (language as a parameter).
    path("", include("issues.scholarly.urls")),
]
# Bounce and complaint webhooks of a mail provider, when django-anymail is configured
# (production settings, ANYMAIL_ESP): issues/newsletter/tracking.py listens to them.
if "anymail" in settings.INSTALLED_APPS:
    urlpatterns += [path("anymail/", include("anymail.urls"))]
# /bench/floor exists only for benchmarks/run.py (CSRS_BENCHMARK_FLOOR=1).
urlpatterns += benchmark_floor.urlpatterns()

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.SERVE_MEDIA:
    # Uploaded images, DEBUG or not: the demo (make run) shows them too. Not for servers.
    urlpatterns += [
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# "/" and any path without a prefix are redirected by LocaleMiddleware to the reader's language:
# the language cookie first, then Accept-Language, then English.
urlpatterns += i18n_patterns(
    # Reader views that are not pages come before Wagtail's catch-all.
    path("search/", search_views.search, name="search"),
    path("feeds/rss/", feeds.IssueRssFeed(), name="feed_rss"),
    path("feeds/atom/", feeds.IssueAtomFeed(), name="feed_atom"),
    path(
        "issues/<int:number>/cite.<str:extension>",
        citation_views.download_citation,
        name="issue_citation",
    ),
    path("issues/<int:number>/pdf/", pdf_views.issue_pdf, name="issue_pdf"),
    path("issues/<int:number>/card.png", card_views.issue_share_card, name="issue_share_card"),
    path("", include("issues.newsletter.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
