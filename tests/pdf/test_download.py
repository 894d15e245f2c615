"""/<lang>/issues/<number>/pdf/: the stored file with caching headers, or a translated 404."""

from __future__ import annotations

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from csrs import languages
from issues.models import IssuePDF
from issues.pdf.links import format_file_size

pytestmark = pytest.mark.django_db


def test_the_pdf_is_served_as_a_named_attachment_with_caching_headers(publish_issue, client):
    issue = publish_issue(480, ("en", "ps"))
    record = IssuePDF.objects.get(issue=issue, language="ps")
    response = client.get("/ps/issues/480/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="csrs-weekly-analysis-480-ps.pdf"'
    )
    body = b"".join(response.streaming_content)
    assert body.startswith(b"%PDF-") and len(body) == record.size
    assert response["ETag"] == f'"{record.checksum}"'
    assert "Last-Modified" in response and "max-age=3600" in response["Cache-Control"]
    again = client.get("/ps/issues/480/pdf/", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    # Never rendered on request: the English file is a different, stored one.
    english = client.get("/en/issues/480/pdf/")
    assert english["Content-Disposition"].endswith('csrs-weekly-analysis-480-en.pdf"')


def test_a_language_without_content_answers_a_translated_404(publish_issue, client):
    publish_issue(481, ("en", "ps"))
    response = client.get("/ar/issues/481/pdf/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ar" and soup.html["dir"] == "rtl"
    assert soup.h1.get_text(strip=True) == "لا توجد نسخة PDF من هذا العدد بهذه اللغة"
    links = {a["hreflang"]: a["href"] for a in soup.select("ul.available-languages a")}
    assert links == {"en": "/en/issues/481/pdf/", "ps": "/ps/issues/481/pdf/"}
    assert client.get("/en/issues/9999/pdf/").status_code == 404


def test_the_issue_page_links_the_pdf_with_its_size_in_the_readers_digits(publish_issue, client):
    issue = publish_issue(482, ("en", "ps"))
    size = IssuePDF.objects.get(issue=issue, language="ps").size
    soup = BeautifulSoup(client.get("/ps/issues/482/").content, "html.parser")
    link = soup.select_one("a.pdf-download__link")
    assert link["href"] == "/ps/issues/482/pdf/"
    assert link.get_text(strip=True) == "د PDF نسخه ښکته کړئ"
    size_text = soup.select_one(".pdf-download__size").get_text(strip=True)
    assert re.fullmatch(r"\(PDF، [۰-۹]+ کیلوبایټ\)", size_text), size_text
    assert str(round(size / 1024)).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in (
        size_text
    )


def test_the_pdf_link_adds_no_query_to_the_issue_page(publish_issue, archive, client):
    from tests.factories import build_issue

    publish_issue(483, ("en",))
    build_issue(archive, number=484)  # published without running its PDF task: no PDF
    for path in ("/en/issues/483/", "/en/issues/484/"):
        client.get(path)  # warm the site-root and PDF caches, as a running server has them
    counts = []
    for path in ("/en/issues/483/", "/en/issues/484/"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts.append(len(queries))
        assert ("pdf-download__link" in response.content.decode()) is path.endswith("483/")
    assert counts == [1, 1]  # the issue's row; the PDF sizes are one cached index


def test_file_sizes_read_in_each_language():
    with translation.override("ps"):
        assert format_file_size(1_258_291, languages.PASHTO) == "۱٫۲ مېګابایټ"
    with translation.override("ar"):
        assert format_file_size(860_000, languages.ARABIC) == "٨٤٠ كيلوبايت"
        assert format_file_size(860_000, languages.ARABIC, latin_digits=True) == "840 كيلوبايت"
    assert format_file_size(2_621_440, languages.ENGLISH) == "2.5 MB"
