"""URLs: the admin and helpers outside the language prefix, every public page inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from csrs.health import health, ready
from issues import views

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
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# "/" and any path without a prefix are redirected by LocaleMiddleware to the reader's language:
# the language cookie first, then Accept-Language, then English.
urlpatterns += i18n_patterns(
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
