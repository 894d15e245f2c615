"""The search page: ``/<lang>/search/?q=…``."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from csrs import languages
from issues.search.highlight import highlight
from issues.search.query import MAX_QUERY_LENGTH, issues_for_hits, parse_query
from issues.search.query import search as run_search

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
        outcome = run_search(language, query, request.GET.get("page"), SEARCH_PAGE_SIZE)
        results_page = outcome.page
        marked = query.highlight_terms(language)
        context["results_page"] = results_page
        context["results"] = [
            {"issue": issue, "snippet": highlight(issue.search_text or "", marked)}
            for issue in issues_for_hits(language, list(results_page.object_list))
        ]
        context["page_query"] = urlencode({"q": query.text})
        context["partial"] = outcome.partial
        context["suggestion"] = outcome.suggestion
        context["suggestion_query"] = urlencode({"q": outcome.suggestion})
    return TemplateResponse(request, "pages/search.html", context)
