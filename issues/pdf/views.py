"""``/<lang>/issues/<number>/pdf/``: the stored PDF edition, never rendered on request."""

from __future__ import annotations

from django.core.files.storage import default_storage
from django.http import FileResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from csrs import languages
from issues.pdf.storage import download_name

CACHE_SECONDS = 60 * 60


@require_safe
def issue_pdf(request, number: int):
    """Stream the issue's PDF in the URL's language as an attachment, with ETag/Last-Modified.

    404 (a translated page pointing to the issue and its other PDFs) when the issue is not
    readable (unpublished or private: then the page names no issue), not available in the
    language, or its PDF has not been built.
    """
    from issues.models import IssuePage, IssuePDF

    language = languages.get_language(translation.get_language())
    issue = IssuePage.objects.readable().filter(number=number).first()
    record = None
    if issue is not None and issue.is_available_in(language):
        record = (
            IssuePDF.objects.filter(issue=issue, language=language.code, size__gt=0)
            .exclude(file="")
            .first()
        )
    if record is None or not default_storage.exists(record.file.name):
        return _unavailable(request, issue, language)

    etag = f'"{record.checksum}"'
    last_modified = int(record.generated_at.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        response = FileResponse(
            default_storage.open(record.file.name, "rb"),
            as_attachment=True,
            filename=download_name(issue.number, language.code),
            content_type="application/pdf",
        )
        response["Content-Length"] = str(record.size)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


def _unavailable(request, issue, language):
    others = []
    if issue is not None:
        codes = set(issue.pdfs.filter(size__gt=0).values_list("language", flat=True))
        others = [lang for lang in issue.languages if lang.code in codes and lang != language]
    context = {
        "issue": issue,
        "issue_available": issue is not None and issue.is_available_in(language),
        "others": others,
    }
    return TemplateResponse(request, "pdf/unavailable.html", context, status=404)
