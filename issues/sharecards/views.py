"""``/<lang>/issues/<number>/card.png``: the stored share card, never drawn on request."""

from __future__ import annotations

import hashlib

from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.views.decorators.http import require_safe

from csrs import languages
from issues.sharecards.storage import storage_path

CACHE_SECONDS = 60 * 60
FALLBACK = "img/og-image.png"  # the publication's generic card, while an issue's is being built


@require_safe
def issue_share_card(request, number: int):
    """The card of a readable issue in the URL's language (404 when readers may not see it)."""
    from issues.models import IssuePage

    language = languages.get_language(translation.get_language())
    issue = IssuePage.objects.readable(language).filter(number=number).first()
    if issue is None:
        raise Http404("No such issue in this language")
    path = storage_path(issue.number, language.code)
    if not default_storage.exists(path):
        return HttpResponseRedirect(static(FALLBACK))
    with default_storage.open(path, "rb") as handle:
        data = handle.read()
    etag = f'"{hashlib.sha256(data).hexdigest()[:32]}"'
    response = get_conditional_response(request, etag=etag)
    if response is None:
        response = HttpResponse(data, content_type="image/png")
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response
