"""Downloads of an issue's citation: ``/<lang>/issues/<number>/cite.bib`` and ``cite.ris``."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_GET

from csrs import languages
from issues import citation

FORMATS = {
    "bib": ("application/x-bibtex; charset=utf-8", citation.bibtex),
    "ris": ("application/x-research-info-systems; charset=utf-8", citation.ris),
}


def issue_citation_data(request, issue, language) -> citation.CitationData:
    """The citation data of ``issue`` in ``language``, with its absolute permalink."""
    from issues.models import PublicationSettings
    from issues.scholarly.dois import doi_for

    url = request.build_absolute_uri(issue.get_url(request=request))
    publication = PublicationSettings.for_request(request)
    return citation.citation_data(issue, language, publication, url, doi=doi_for(issue, language))


@require_GET
def download_citation(request, number: int, extension: str):
    """The citation file of a readable issue in the reader's language; 404 where it is not."""
    from issues.models import IssuePage

    if extension not in FORMATS:
        raise Http404("Unknown citation format")
    language = languages.get_language(translation.get_language())
    issue = IssuePage.objects.readable(language).with_doi(language).filter(number=number).first()
    if issue is None:
        raise Http404("No such issue in this language")
    content_type, render = FORMATS[extension]
    data = issue_citation_data(request, issue, language)
    response = HttpResponse(render(data), content_type=content_type)
    filename = f"{citation.citation_key(data)}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
