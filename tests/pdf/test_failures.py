"""Publishing never waits for or fails because of the PDF: failures are recorded and logged."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from django.core.files.storage import default_storage

from csrs import languages
from issues.models import IssuePage, IssuePDF
from issues.pdf import render, tasks
from issues.workflow import actions
from tests.pdf.conftest import create_issue

pytestmark = pytest.mark.django_db


def broken_render(issue, language):
    raise RuntimeError("pango exploded")


def test_a_render_error_does_not_break_publishing_and_is_recorded(
    archive, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    monkeypatch.setattr(render, "render_issue_pdf", broken_render)
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 470, ("en", "ps"))
    assert IssuePage.objects.get(pk=issue.pk).live
    records = {r.language: r for r in IssuePDF.objects.filter(issue=issue)}
    assert set(records) == {"en", "ps"}
    for record in records.values():
        assert "RuntimeError: pango exploded" in record.error
        assert record.failed_at is not None and not record.file.name
    assert "PDF of issue 470 in ps failed" in caplog.text


def test_a_failed_rebuild_keeps_the_previous_pdf(
    archive, django_capture_on_commit_callbacks, monkeypatch, client
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 471, ("en",))
    good = IssuePDF.objects.get(issue=issue, language="en")
    monkeypatch.setattr(render, "render_issue_pdf", broken_render)
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision().publish()
    record = IssuePDF.objects.get(issue=issue, language="en")
    assert "pango exploded" in record.error
    assert record.file.name == good.file.name and record.checksum == good.checksum
    assert default_storage.exists(record.file.name)
    assert client.get("/en/issues/471/pdf/").status_code == 200


def test_a_broken_task_queue_does_not_break_publishing(
    archive, django_capture_on_commit_callbacks, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise ConnectionError("queue is down")

    monkeypatch.setattr(tasks, "build_issue_pdf_task", SimpleNamespace(enqueue=refuse))
    with caplog.at_level(logging.ERROR), django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 472, ("en",))
    assert IssuePage.objects.get(pk=issue.pk).live
    assert not IssuePDF.objects.filter(issue=issue).exists()
    assert "Could not queue task" in caplog.text


def test_a_withdrawn_language_loses_its_pdf(
    archive, django_capture_on_commit_callbacks, django_user_model
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 473, ("en", "ps"))
    ps_file = IssuePDF.objects.get(issue=issue, language="ps").file.name
    assert default_storage.exists(ps_file)
    editor = django_user_model.objects.create_superuser("pdf-editor", "e@example.org", "pw")
    with django_capture_on_commit_callbacks(execute=True):
        actions.unpublish_language(issue, languages.get_language("ps"), editor)
    assert set(IssuePDF.objects.filter(issue=issue).values_list("language", flat=True)) == {"en"}
    assert not default_storage.exists(ps_file)


def test_unpublishing_removes_the_pdfs(archive, django_capture_on_commit_callbacks, client):
    with django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 474, ("en",))
    name = IssuePDF.objects.get(issue=issue).file.name
    with django_capture_on_commit_callbacks(execute=True):
        issue.unpublish()
    assert not IssuePDF.objects.filter(issue=issue).exists()
    assert not default_storage.exists(name)
    assert client.get("/en/issues/474/pdf/").status_code == 404
