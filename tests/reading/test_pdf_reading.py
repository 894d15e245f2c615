"""The PDF edition as native readers open it (issue 18): viewers open right-to-left editions
from the right, every page but the cover names the issue in the language's digits, quotations
carry the language's marks, and sub-heading numbers are in the language's digits."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from csrs import languages
from issues.pdf.render import render_issue_pdf
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

NUMBERS = {"en": "455", "ps": "۴۵۵", "fa-af": "۴۵۵", "ar": "٤٥٥"}
ONE = {"en": "1.", "ps": "۱.", "fa-af": "۱.", "ar": "١."}
# One-word titles: text extraction gives right-to-left words in visual order.
TITLES = {"en": "Karez", "ps": "کاریزونه", "fa-af": "کاریزها", "ar": "الأفلاج"}


@pytest.fixture
def issue(archive):
    issue = build_issue(archive, number=455, codes=languages.CODES, analyses=2, sections=3)
    for code, title in TITLES.items():
        setattr(issue, languages.get_language(code).field("title"), title)
    return issue


@pytest.mark.parametrize("code", languages.CODES)
def test_pdf_direction_running_header_quotes_and_digits(issue, code):
    language = languages.get_language(code)
    reader = PdfReader(io.BytesIO(render_issue_pdf(issue, language)))

    preferences = reader.trailer["/Root"].get("/ViewerPreferences")
    if language.is_rtl:
        assert preferences["/Direction"] == "/R2L"
    else:
        assert preferences is None or preferences.get("/Direction") != "/R2L"

    pages = [page.extract_text() for page in reader.pages]
    assert len(pages) > 2
    for text in pages[1:]:  # the cover has its own masthead
        assert NUMBERS[code] in text and TITLES[code] in text, text[-200:]
    body = " ".join(pages[1:])
    opening, closing = language.quotes
    assert f"{opening}q{closing}" in body.replace(" ", "")  # the factory's quotation is "q"
    assert ONE[code] in body  # the sub-heading number the editor typed as "1"
