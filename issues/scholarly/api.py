"""A read-only JSON API of published issues, per language: ``/api/v2/issues/``.

``GET /api/v2/issues/?language=ps[&topic=slug][&year=2024][&number=455][&offset=0][&limit=20]``
lists the issues readable in that language, newest first; ``GET /api/v2/issues/<id>/?language=ps``
gives one issue with its structured content. Both list only ``IssuePage.objects.readable``: no
draft, no private issue, no language that is not approved. Answers are public and cached like
pages (issues/page_cache.py); /api/ is rate-limited (issues/scholarly/ratelimit.py). A list costs
three queries and a detail two, whatever the size of the issues.
"""

from __future__ import annotations

from contextlib import nullcontext

from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from wagtail.rich_text import expand_db_html

from csrs import languages
from csrs.languages import Language
from issues.scholarly.dois import doi_for, doi_url
from issues.scholarly.links import issue_url, pdf_url


class BadRequest(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


def _language(params) -> Language:
    code = (params.get("language") or languages.DEFAULT_LANGUAGE.code).strip().lower()
    if code.replace("_", "-") not in languages.BY_CODE:
        raise BadRequest(
            "language",
            _("Unknown language “%(code)s”: use one of %(codes)s.")
            % {"code": code[:20], "codes": ", ".join(languages.CODES)},
        )
    return languages.get_language(code)


def _positive(params, name: str, *, default: int | None = None, maximum: int | None = None):
    value = params.get(name)
    if value in (None, ""):
        return default
    if not value.isdigit() or len(value) > 9:
        raise BadRequest(name, _("“%(name)s” must be a whole number.") % {"name": name})
    number = int(value)
    if maximum is not None and number > maximum:
        raise BadRequest(
            name, _("“%(name)s” may be at most %(max)s.") % {"name": name, "max": maximum}
        )
    return number


def _messages_language(request, language: Language):
    """Messages in the requested ``language``; without one, in the reader's (Accept-Language)."""
    if request.GET.get("language"):
        return translation.override(language.code)
    return nullcontext()


def _error(error: BadRequest) -> JsonResponse:
    return JsonResponse({"error": {error.field: error.message}}, status=400)


def _not_found(request) -> JsonResponse:
    """A JSON 404. LocaleMiddleware would turn any 404 outside the language prefix into a
    redirect to ``/en/…`` (Wagtail's catch-all matches it): with the API's own URLconf on the
    request it sees no language-prefixed patterns and leaves the answer alone."""
    request.urlconf = "issues.scholarly.urls"
    return JsonResponse(
        {"error": {"id": _("There is no published issue with this id in this language.")}},
        status=404,
    )


def _summary(issue, language: Language, request) -> dict:
    doi = doi_for(issue, language)
    detail = reverse("api_issue_detail", kwargs={"pk": issue.pk})
    return {
        "id": issue.pk,
        "number": issue.number,
        "language": language.code,
        "title": (getattr(issue, language.field("title"), "") or "").strip(),
        "standfirst": (getattr(issue, language.field("standfirst"), "") or "").strip(),
        "week_start": issue.week_start.isoformat(),
        "week_end": issue.week_end.isoformat(),
        "first_published_at": _iso(issue.first_published_at),
        "last_published_at": _iso(issue.last_published_at),
        "url": issue_url(issue, language, request),
        "pdf_url": pdf_url(issue, language, request) or None,
        "doi": doi or None,
        "doi_url": doi_url(doi) or None,
        "topics": [{"slug": topic.slug, "name": topic.name} for topic in issue.topics.all()],
        "languages": [lang.code for lang in issue.languages],
        "detail_url": request.build_absolute_uri(
            f"{detail}?{urlencode({'language': language.code})}"
        ),
    }


def _iso(value) -> str | None:
    return value.isoformat() if value else None


@require_GET
def issue_list(request):
    from issues.models import IssuePage

    try:
        language = _language(request.GET)
        with _messages_language(request, language):
            year = _positive(request.GET, "year")
            number = _positive(request.GET, "number")
            offset = _positive(request.GET, "offset", default=0)
            limit = _positive(
                request.GET,
                "limit",
                default=settings.API_PAGE_SIZE,
                maximum=settings.API_MAX_PAGE_SIZE,
            )
    except BadRequest as error:
        return _error(error)
    limit = max(limit, 1)
    issues = IssuePage.objects.readable(language)
    topic = (request.GET.get("topic") or "").strip()
    if topic:
        issues = issues.filter(topics__slug=topic)
    if year is not None:
        issues = issues.filter(week_start__year=year)
    if number is not None:
        issues = issues.filter(number=number)
    total = issues.count()
    rows = (
        issues.newest_first()
        .for_listing()
        .with_doi(language)
        .prefetch_related("topics")[offset : offset + limit]
    )
    with translation.override(language.code):
        items = [_summary(issue, language, request) for issue in rows]
    return JsonResponse(
        {
            "meta": {
                "total_count": total,
                "language": language.code,
                "offset": offset,
                "limit": limit,
                "next": _page_url(request, offset + limit, limit)
                if offset + limit < total
                else None,
                "previous": _page_url(request, max(offset - limit, 0), limit) if offset else None,
            },
            "items": items,
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _page_url(request, offset: int, limit: int) -> str:
    params = request.GET.copy()
    params["offset"] = str(offset)
    params["limit"] = str(limit)
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


@require_GET
def issue_detail(request, pk: int):
    from issues.models import IssuePage

    try:
        language = _language(request.GET)
    except BadRequest as error:
        return _error(error)
    issue = (
        IssuePage.objects.readable(language)
        .for_reading(language)
        .with_doi(language)
        .prefetch_related("topics")
        .filter(pk=pk)
        .first()
    )
    if issue is None:
        with _messages_language(request, language):
            return _not_found(request)
    with translation.override(language.code):
        data = _summary(issue, language, request)
        data["analyses"] = analyses_data(getattr(issue, language.field("analyses")) or [])
        data["recommendations"] = [
            {"number": position, "html": _html(block.value)}
            for position, block in enumerate(
                getattr(issue, language.field("recommendations")) or [], 1
            )
        ]
        data["references"] = [
            reference_data(position, block.value)
            for position, block in enumerate(getattr(issue, language.field("references")) or [], 1)
        ]
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})


def _html(value) -> str:
    if value is None:
        return ""
    return expand_db_html(getattr(value, "source", str(value)))


def analyses_data(stream) -> list[dict]:
    """The analyses (an import's unplaced text is never published), sections and blocks."""
    return [
        {
            "title": block.value["title"],
            "introduction": _html(block.value["introduction"]),
            "sections": [
                {
                    "heading": section["heading"],
                    "body": [_section_block(child) for child in section["body"]],
                }
                for section in block.value["sections"]
            ],
            "conclusion": _html(block.value.get("conclusion")),
        }
        for block in stream
        if block.block_type == "analysis"
    ]


def _section_block(child) -> dict:
    kind, value = child.block_type, child.value
    if kind == "subheading":
        return {"type": kind, "number": value.get("number") or "", "text": value["text"]}
    if kind == "quotation":
        return {
            "type": kind,
            "quote": value["quote"],
            "attribution": value["attribution"],
            "role": value.get("role") or "",
        }
    if kind in ("bulleted_list", "numbered_list"):
        return {"type": kind, "items": [_html(item) for item in value]}
    return {"type": kind, "html": _html(value)}


def reference_data(position: int, value) -> dict:
    date = value.get("date")
    return {
        "number": position,
        "outlet": value.get("outlet") or "",
        "title": value.get("title") or "",
        "date": date.isoformat() if date else None,
        "url": value.get("url") or None,
        "note": value.get("note") or "",
    }
