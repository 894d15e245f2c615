"""Editors see background failures in the admin and can retry them; nobody else can."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from issues.models import BackgroundFailure, IssuePDF
from issues.pdf import render
from tests.background.conftest import run_worker
from tests.pdf.conftest import create_issue

pytestmark = pytest.mark.django_db(transaction=True)

REPORT = "/admin/background-failures/"


def broken_render(issue, language):
    raise RuntimeError("pango exploded")


@pytest.fixture
def failed_pdf(database_queue, archive, django_capture_on_commit_callbacks, monkeypatch):
    """Issue 610 published in English and Pashto; the Pashto PDF failed every attempt."""
    original = render.render_issue_pdf

    def broken_for_pashto(issue, language):
        return (broken_render if language.code == "ps" else original)(issue, language)

    monkeypatch.setattr(render, "render_issue_pdf", broken_for_pashto)
    with django_capture_on_commit_callbacks(execute=True):
        issue = create_issue(archive, 610, ("en", "ps"))
    run_worker()
    monkeypatch.setattr(render, "render_issue_pdf", original)
    return BackgroundFailure.objects.get(issue=issue, language="ps")


def test_the_report_lists_which_issue_language_what_when_and_the_error(
    client, make_user, failed_pdf
):
    client.force_login(make_user("editor"))
    page = client.get(REPORT).content.decode()
    row = page[page.index(f'data-failure="{failed_pdf.pk}"') :].split("</tr>", 1)[0]
    assert ">610</a>" in row and "پښتو" in row
    assert "PDF edition" in row
    assert timezone.localtime(failed_pdf.failed_at).strftime("%Y-%m-%d %H:%M") in row
    assert "PDFBuildError: Issue 610 (ps): RuntimeError: pango exploded" in row
    assert reverse("csrs_background_failure_retry", args=(failed_pdf.pk,)) in row


def test_the_report_is_in_the_editors_admin_language(client, make_user, failed_pdf):
    client.force_login(make_user("editor", preferred_language="ar"))
    page = client.get(REPORT).content.decode()
    assert "إخفاقات العمل في الخلفية" in page and "نسخة PDF" in page


def test_the_menu_shows_the_report_to_editors_only(client, make_user, workflow_groups):
    client.force_login(make_user("editor"))
    assert REPORT in client.get("/admin/").content.decode()
    client.force_login(make_user("translator", "ps"))
    assert REPORT not in client.get("/admin/").content.decode()


def test_retry_queues_the_work_again_and_it_can_succeed(client, make_user, failed_pdf):
    client.force_login(make_user("editor"))
    url = reverse("csrs_background_failure_retry", args=(failed_pdf.pk,))
    assert client.get(url).status_code == 405, "retry changes state: POST only"
    ready_before = DBTaskResult.objects.ready().count()
    response = client.post(url, follow=True)
    assert "Queued again: PDF edition of issue 610." in response.content.decode()
    assert DBTaskResult.objects.ready().count() == ready_before + 1
    failed_pdf.refresh_from_db()
    assert failed_pdf.resolved_at is not None and failed_pdf.retried_by.username == "editor-all"
    assert f'data-failure="{failed_pdf.pk}"' not in client.get(REPORT).content.decode()
    run_worker()
    record = IssuePDF.objects.get(issue=failed_pdf.issue, language="ps")
    assert record.is_available and record.error == ""


def test_retry_needs_the_csrf_token(make_user, failed_pdf):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("editor"))
    url = reverse("csrs_background_failure_retry", args=(failed_pdf.pk,))
    assert client.post(url).status_code == 403
    failed_pdf.refresh_from_db()
    assert failed_pdf.resolved_at is None


@pytest.mark.parametrize("role", [("translator", "ps"), ("reviewer", "ps")])
def test_translators_and_reviewers_may_neither_see_nor_retry(client, make_user, failed_pdf, role):
    client.force_login(make_user(*role))
    assert client.get(REPORT).status_code == 403
    url = reverse("csrs_background_failure_retry", args=(failed_pdf.pk,))
    assert client.post(url).status_code == 403
    failed_pdf.refresh_from_db()
    assert failed_pdf.resolved_at is None
    assert DBTaskResult.objects.ready().count() == 0


def test_the_translation_status_page_shows_the_failed_pdf_of_its_language(
    client, failed_pdf, make_user
):  # failed_pdf first: the site tree exists before the groups get their page permissions
    client.force_login(make_user("editor"))
    page = client.get(reverse("csrs_translation_status", args=(failed_pdf.issue_id,)))
    assert page.status_code == 200
    html = page.content.decode()
    assert 'data-pdf-failed="ps"' in html and 'data-pdf-failed="en"' not in html
    assert "the PDF could not be built" in html and "pango exploded" in html
    assert REPORT in html, "editors are pointed at the report to retry it"
