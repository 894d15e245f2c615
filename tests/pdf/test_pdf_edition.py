"""The PDF edition of an issue in each language: built on publish, readable, navigable."""

from __future__ import annotations

import re

import pytest
from django.core.files.storage import default_storage
from django.utils import translation

from csrs import languages
from issues.models import IssuePDF
from issues.outline import build_outline
from tests.pdf.conftest import normalise, read_pdf
from tests.pdf.content import REFERENCE_URLS, TITLES

pytestmark = pytest.mark.django_db

PUBLISHER = {
    "en": "Center for Strategic and Regional Studies",
    "ps": "د ستراتیژیکو او سیمه‌ییزو څېړنو مرکز",
    "fa-af": "مرکز مطالعات استراتژیک و منطقوی",
    "ar": "مركز الدراسات الاستراتيجية والإقليمية",
}


def stored_pdf(issue, code):
    record = IssuePDF.objects.get(issue=issue, language=code)
    with default_storage.open(record.file.name) as handle:
        return record, handle.read()


@pytest.mark.parametrize("code", languages.CODES)
def test_publishing_stores_the_pdf_of_the_language(publish_issue, code):
    issue = publish_issue(455, (code,))
    record, data = stored_pdf(issue, code)
    assert record.file.name == f"pdfs/csrs-weekly-analysis-455-{code}.pdf"
    assert record.size == len(data) > 10_000
    assert record.error == "" and record.generated_at is not None
    assert record.source_revision_id == issue.live_revision_id
    assert data.startswith(b"%PDF-")

    pdf = read_pdf(data)
    assert 4 <= len(pdf.pages) <= 10
    text = normalise(" ".join(page.extract_text() for page in pdf.pages))
    assert normalise(TITLES[code]) in text
    meta = pdf.metadata
    assert meta.title == TITLES[code]
    assert meta.author == PUBLISHER[code]
    language = languages.get_language(code)
    number = (
        "455" if code == "en" else "455".translate(str.maketrans("0123456789", language.digits))
    )
    assert number in meta.subject
    assert pdf.trailer["/Root"]["/Lang"] == code


@pytest.mark.parametrize("code", languages.CODES)
def test_pdf_has_working_links_embedded_fonts_and_a_true_table_of_contents(publish_issue, code):
    issue = publish_issue(456, (code,))
    _, data = stored_pdf(issue, code)
    pdf = read_pdf(data)
    language = languages.get_language(code)

    # References: clickable URI annotations.
    uris, internal = set(), 0
    for page in pdf.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            action = annotation.get("/A") or {}
            if action.get("/URI"):
                uris.add(action["/URI"])
            elif action.get("/D") is not None or annotation.get("/Dest") is not None:
                internal += 1
    assert set(REFERENCE_URLS) <= uris
    with translation.override(code):
        entries = build_outline(issue).entries
    assert internal >= len(entries)  # every TOC line is a link to its section

    # Fonts: complete TrueType programs embedded, from the language's PDF font stack.
    embedded = set()
    for page in pdf.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts") or []:
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, descriptor["/FontName"]
                embedded.add(str(descriptor["/FontName"]).split("+", 1)[1])
    first_family = language.pdf_font_stack[0].replace(" ", "-")
    assert any(name.startswith(f"PDF-{first_family}") for name in embedded), embedded

    # "In this issue": each printed page number is the page where that heading starts.
    texts = [page.extract_text() for page in pdf.pages]
    pages = [normalise(text) for text in texts]
    toc_lines = [
        normalise(line)
        for line in texts[0].splitlines()
        if re.search(rf"[{language.digits}]\s*$", line)  # a TOC line ends with its page
    ]
    labels = [label for _, label, _ in entries]
    unique = [label for label in labels if labels.count(label) == 1]
    assert len(unique) >= 7
    digit_value = {d: i for i, d in enumerate(language.digits)}
    for label in unique:
        line = next(line for line in toc_lines if normalise(label) in line)
        printed = re.search(rf"([{language.digits}]+)\s*$", line)
        assert printed, (label, line)
        printed_page = int("".join(str(digit_value[d]) for d in printed.group(1)))
        actual = next(i for i, text in enumerate(pages[1:], start=2) if normalise(label) in text)
        assert printed_page == actual, (label, printed_page, actual)
