"""Attached PDFs become the language's original PDF, images Wagtail images, from the uploads."""

from __future__ import annotations

import pytest
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from issues.importers.wordpress.run import local_upload
from issues.models import IssuePage, WordPressAttachment

from .helpers import export, run_import

pytestmark = pytest.mark.django_db


def test_the_attached_pdf_is_kept_as_the_original_pdf_of_the_language(archive, uploads):
    report = run_import("english", "en", uploads_dir=uploads)
    assert not report.failed
    record = WordPressAttachment.objects.get(language="en", attachment_id=1547)
    assert record.issue == IssuePage.objects.get(number=301)
    assert record.is_original_pdf
    assert record.document.file.read().startswith(b"%PDF-1.4")
    # importing again keeps the one document
    run_import("english", "en", uploads_dir=uploads)
    assert get_document_model().objects.count() == 1


def test_an_attached_image_becomes_a_wagtail_image(archive, uploads, tmp_path):
    image = get_test_image_file(filename="map.png")
    (uploads / "2019" / "03" / "map.png").write_bytes(image.file.getvalue())
    text = (
        export("english")
        .read_text(encoding="utf-8")
        .replace("wa-301-en.pdf]]></wp:attachment_url>", "map.png]]></wp:attachment_url>")
    )
    changed = tmp_path / "with-image.xml"
    changed.write_text(text, encoding="utf-8")
    run_import(changed, "en", uploads_dir=uploads)
    record = WordPressAttachment.objects.get(attachment_id=1547)
    assert record.image is not None and record.document is None
    assert get_image_model().objects.get().width > 0


def test_a_missing_file_is_reported_and_the_issue_still_imported(archive, tmp_path):
    report = run_import("english", "en", uploads_dir=tmp_path)
    post = next(p for p in report.posts if p.post_id == 1546)
    assert "attachment_file_missing" in post.warnings
    assert IssuePage.objects.filter(number=301).exists()
    assert not WordPressAttachment.objects.exists()


def test_without_the_uploads_folder_the_report_says_the_files_were_not_copied(archive):
    report = run_import("english", "en")
    post = next(p for p in report.posts if p.post_id == 1546)
    assert "attachments_not_copied" in post.warnings


def test_an_attachment_url_cannot_reach_outside_the_uploads_folder(uploads, tmp_path):
    (tmp_path / "secret.pdf").write_bytes(b"%PDF secret")
    url = "https://old.csrs.example/wp-content/uploads/../secret.pdf"
    assert local_upload(url, uploads) is None
    assert (
        local_upload("https://old.csrs.example/wp-content/uploads/2019/03/wa-301-en.pdf", uploads)
        == (uploads / "2019" / "03" / "wa-301-en.pdf").resolve()
    )
