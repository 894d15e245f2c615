"""Public views that are not Wagtail pages."""

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from csrs import languages


@require_GET
def choose_language(request, code: str):
    """Remember the reader's choice of language in a cookie, then go to ``next``.

    The language switcher links here, so ``/`` sends a returning reader to the language they
    chose last. ``next`` must be a local path under the chosen language's prefix.
    """
    language = languages.BY_CODE.get(code)
    if language is None or not check_for_language(language.code):
        raise Http404("Unknown language")
    target = request.GET.get("next", "")
    prefix = f"/{language.code}/"
    if not (
        target.startswith(prefix)
        and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    ):
        target = prefix
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language.code,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=False,
    )
    return response


@require_GET
@cache_control(public=True, max_age=24 * 60 * 60)
def font_stylesheet(request):
    """``@font-face`` rules and per-language font stacks, written from csrs/languages.py."""
    faces = {}
    for language in languages.LANGUAGES:
        for face in language.font_faces:
            faces[face.path] = {"face": face, "url": static(face.path)}
    css = render_to_string(
        "css/fonts.css", {"faces": faces.values(), "languages": languages.LANGUAGES}
    )
    return HttpResponse(css, content_type="text/css; charset=utf-8")
