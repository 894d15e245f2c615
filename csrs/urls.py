"""URLs: the admin and helpers outside the language prefix, every public page inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from issues import views
from issues.pdf import views as pdf_views

urlpatterns = [
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
    path("issues/<int:number>/pdf/", pdf_views.issue_pdf, name="issue_pdf"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
