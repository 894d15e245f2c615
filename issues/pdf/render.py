"""An issue in one language -> the bytes of its PDF edition (WeasyPrint, Debian's pango).

The PDF is laid out from the same content and block templates as the web page
(``templates/pdf/issue.html`` includes them) with a print stylesheet
(``static/css/pdf-issue.css``). Dates and numbers go through :mod:`issues.l10n`; fonts are the
complete files of the language's ``pdf_font_stack`` (:mod:`issues.pdf.fonts`).
"""

from __future__ import annotations

import mimetypes
from functools import partial
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pydyf
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse

from csrs.languages import Language
from issues.l10n import localize_digits, week_range_parts
from issues.outline import build_outline
from issues.pdf import fonts, zwnj

# Copied and extracted text keeps Dari and Pashto ZWNJ (see issues/pdf/zwnj.py).
zwnj.install()

STYLESHEET = "css/pdf-issue.css"
TEMPLATE = "pdf/issue.html"


class LocalOnlyFetcher(URLFetcher):
    """Resolve the site's /static/ and /media/ URLs locally; fetch nothing from the network.

    Links (references, contact) are only written into the PDF, never fetched; images and
    stylesheets come from the static finders and the media storage (S3 included).
    """

    def __init__(self, root_url: str, allowed_files: set[Path]):
        super().__init__(allowed_protocols={"file", "http", "https", "data"})
        self.root = urlsplit(root_url)
        self.allowed_files = allowed_files

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme == "file":
            path = Path(unquote(parts.path))
            if path not in self.allowed_files:
                raise ValueError(f"Local file not allowed in a PDF: {path}")
            return URLFetcherResponse(url, body=path.read_bytes(), headers=_type(path.name))
        if parts.scheme == "data":
            return super().fetch(url, headers)
        if parts.netloc == self.root.netloc:
            path = unquote(parts.path)
            if path.startswith(settings.STATIC_URL):
                found = finders.find(path.removeprefix(settings.STATIC_URL))
                if found:
                    body = Path(found).read_bytes()
                    return URLFetcherResponse(url, body=body, headers=_type(path))
            if path.startswith(settings.MEDIA_URL):
                with default_storage.open(path.removeprefix(settings.MEDIA_URL)) as handle:
                    return URLFetcherResponse(url, body=handle.read(), headers=_type(path))
        raise ValueError(f"Not fetched while rendering a PDF: {url}")


def _type(name: str) -> dict[str, str]:
    return {"Content-Type": mimetypes.guess_type(name)[0] or "application/octet-stream"}


def _reader_request(issue, language: Language, site):
    """A stand-in request for the block templates' tags (site settings, the active language)."""
    request = RequestFactory().get(
        f"/{language.code}/issues/{issue.number}/", HTTP_HOST=site.hostname
    )
    request._wagtail_site = site
    request.LANGUAGE_CODE = language.code
    return request


def issue_context(issue, language: Language) -> dict:
    """What ``templates/pdf/issue.html`` needs, with every date and number localised."""
    from issues.models import PublicationSettings

    site = issue.get_site()
    request = _reader_request(issue, language, site)
    publication = PublicationSettings.for_request(request)
    options = publication.date_options(language)
    latin = options["latin_digits"]
    logo_url = ""
    if publication.logo_id:
        logo_url = site.root_url + publication.logo.get_rendition("max-800x240").url
    return {
        "request": request,
        "page": issue,
        "language": language,
        "publication": publication,
        "outline": build_outline(issue),
        "number": localize_digits(issue.number, language, latin_digits=latin),
        "week": str(week_range_parts(issue.week_start, issue.week_end, language, **options)),
        "page_counter_style": "decimal" if latin else language.list_style,
        "logo_url": logo_url,
        "root_url": site.root_url,
    }


def render_issue_html(issue, language: Language) -> tuple[str, str]:
    """(HTML, base URL) of the PDF edition of ``issue`` in ``language``."""
    with translation.override(language.code):
        context = issue_context(issue, language)
        html = render_to_string(TEMPLATE, context, request=context["request"])
    return html, context["root_url"] + "/"


def render_issue_pdf(issue, language: Language) -> bytes:
    """The PDF edition of ``issue`` in ``language``, as bytes (raises on any failure)."""
    html, base_url = render_issue_html(issue, language)
    stylesheet = finders.find(STYLESHEET)
    if not stylesheet:
        raise FileNotFoundError(f"PDF stylesheet not found: static/{STYLESHEET}")
    font_paths = {f.path for f in fonts.files_for(language)}
    fetcher = LocalOnlyFetcher(base_url, allowed_files=font_paths)
    font_config = FontConfiguration()
    css = [
        CSS(filename=stylesheet, font_config=font_config, url_fetcher=fetcher),
        CSS(string=fonts.font_face_css(language), font_config=font_config, url_fetcher=fetcher),
    ]
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    # Tagged PDF: text is extracted in reading order and screen readers can follow it.
    return document.write_pdf(
        stylesheets=css,
        font_config=font_config,
        pdf_tags=True,
        finisher=partial(_viewer_preferences, language),
    )


def _viewer_preferences(language: Language, document, pdf) -> None:
    """Right-to-left editions open right to left: two-page spreads and page order follow the
    reading direction in viewers that honour ``/ViewerPreferences /Direction`` (PDF 1.3)."""
    if language.is_rtl:
        pdf.catalog["ViewerPreferences"] = pydyf.Dictionary({"Direction": "/R2L"})
