"""The search page: ``/<lang>/search/?q=…``."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from csrs import languages
from issues.search.highlight import highlight
from issues.search.query import (
    MAX_QUERY_LENGTH,
    issues_for_hits,
    page_of_hits,
    parse_query,
    search_hits,
)

SEARCH_PAGE_SIZE = 10


@require_GET
def search(request):
    """Search the issues published in the reader's language; only that language's text."""
    language = languages.get_language(translation.get_language())
    query = parse_query(request.GET.get("q"))
    context = {
        "query": query,
        "max_query_length": MAX_QUERY_LENGTH,
        "results_page": None,
        "results": [],
    }
    if query.is_searchable:
        results_page = page_of_hits(
            search_hits(language, query.terms), request.GET.get("page"), SEARCH_PAGE_SIZE
        )
        context["results_page"] = results_page
        context["results"] = [
            {"issue": issue, "snippet": highlight(issue.search_text or "", query.terms)}
            for issue in issues_for_hits(language, list(results_page.object_list))
        ]
        context["page_query"] = urlencode({"q": query.text})
    return TemplateResponse(request, "pages/search.html", context)
