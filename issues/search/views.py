"""The search page: ``/<lang>/search/?q=…``."""

from __future__ import annotations

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from csrs import languages
from issues.search.highlight import highlight, localise_site_numbers
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
        latin_digits = _date_options(request, language)["latin_digits"]
        context["results_page"] = results_page
        context["results"] = [
            {
                "issue": issue,
                "snippet": highlight(
                    localise_site_numbers(
                        issue.search_text or "", language, latin_digits=latin_digits
                    ),
                    marked,
                ),
            }
            for issue in issues_for_hits(
                language, list(results_page.object_list), request, outcome.texts
            )
        ]
        context["page_query"] = urlencode({"q": query.text})
        context["partial"] = outcome.partial
        context["suggestion"] = outcome.suggestion
        context["suggestion_query"] = urlencode({"q": outcome.suggestion})
    return TemplateResponse(request, "pages/search.html", context)


def _date_options(request, language) -> dict[str, bool]:
    """The site's digit and calendar options for ``language`` (what the page's numbers use)."""
    from issues.models import PublicationSettings

    return PublicationSettings.for_request(request).date_options(language)
