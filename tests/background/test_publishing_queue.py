"""Publishing queues its background work in PostgreSQL; a worker does it afterwards."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection

from csrs import languages
from issues.models import BackgroundFailure, IssuePDF, IssueSearchText
from issues.pdf import render
from issues.workflow import actions
from tests.background.conftest import DATABASE_QUEUE, run_worker, tasks_by_name
from tests.pdf.conftest import create_issue

pytestmark = pytest.mark.django_db(transaction=True)

ALL = tuple(languages.CODES)


def publish(archive, number, codes, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return create_issue(archive, number, codes)


def test_publishing_queues_pdfs_and_search_without_running_them(
    database_queue, archive, django_capture_on_commit_callbacks
):
    issue = publish(archive, 600, ALL, django_capture_on_commit_callbacks)
    queued = tasks_by_name()
    pdfs = queued["build_issue_pdf_task"]
    assert sorted(row.args_kwargs["args"][1] for row in pdfs) == sorted(ALL)
    assert {row.args_kwargs["args"][0] for row in pdfs} == {issue.pk}
    assert [row.args_kwargs["args"] for row in queued["update_issue_search"]] == [[issue.pk]]
    assert {row.status for rows in queued.values() for row in rows} == {"READY"}
    assert not IssuePDF.objects.exists() and not IssueSearchText.objects.exists()


def test_a_worker_builds_the_pdfs_and_indexes_the_issue(
    database_queue, archive, django_capture_on_commit_callbacks
):
    issue = publish(archive, 601, ("en", "ps"), django_capture_on_commit_callbacks)
    run_worker()
    assert {row.status for rows in tasks_by_name().values() for row in rows} == {"SUCCESSFUL"}
    pdfs = IssuePDF.objects.filter(issue=issue)
    assert sorted(pdfs.values_list("language", flat=True)) == ["en", "ps"]
    assert all(record.is_available and not record.error for record in pdfs)
    assert set(IssueSearchText.objects.filter(page=issue).values_list("language", flat=True)) == {
        "en",
        "ps",
    }


def test_a_pdf_failing_every_attempt_is_recorded_for_its_language(
    database_queue, archive, django_capture_on_commit_callbacks, monkeypatch
):
    def broken_for_dari(issue, language):
        if language.code == "fa-af":
            raise RuntimeError("pango exploded")
        return original(issue, language)

    original = render.render_issue_pdf
    monkeypatch.setattr(render, "render_issue_pdf", broken_for_dari)
    issue = publish(archive, 602, ("en", "fa-af"), django_capture_on_commit_callbacks)
    run_worker()
    statuses = [row.status for row in tasks_by_name()["build_issue_pdf_task"]]
    assert statuses.count("SUCCESSFUL") == 1
    assert statuses.count("FAILED") == settings.TASK_MAX_ATTEMPTS
    failure = BackgroundFailure.objects.get()
    assert (failure.issue_id, failure.language) == (issue.pk, "fa-af")
    assert failure.task_path == "issues.pdf.tasks.build_issue_pdf_task"
    assert "pango exploded" in failure.error
    assert "pango exploded" in IssuePDF.objects.get(issue=issue, language="fa-af").error


def test_a_mail_server_that_refuses_is_retried_then_recorded(
    database_queue, settings, issue_in_all_languages, make_user
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2
    make_user("translator", "ps")
    editor = make_user("editor")
    assert (
        actions.notifications.notify_transition(
            issue_in_all_languages, languages.PASHTO, "ready", editor
        )
        == 1
    )
    run_worker()
    assert [r.status for r in tasks_by_name()["send_transition_mail"]] == ["FAILED"] * 4
    failure = BackgroundFailure.objects.get()
    assert failure.language == "ps" and failure.issue_id == issue_in_all_languages.pk
    assert "ConnectionRefusedError" in failure.error


def test_a_mail_queued_is_sent_by_the_worker_in_the_recipients_language(
    database_queue, issue_in_all_languages, make_user
):
    make_user("translator", "ps", preferred_language="ps")
    actions.notifications.notify_transition(issue_in_all_languages, languages.PASHTO, "ready")
    assert mail.outbox == []
    run_worker()
    assert len(mail.outbox) == 1 and mail.outbox[0].extra_headers["Content-Language"] == "ps"


def test_a_cdn_that_fails_to_purge_is_retried_then_recorded(
    database_queue, settings, archive, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",  # nothing listens: every PURGE fails
        }
    }
    settings.WAGTAILFRONTENDCACHE_LANGUAGES = list(languages.CODES)
    issue = publish(archive, 603, ("en",), django_capture_on_commit_callbacks)
    run_worker()
    purges = tasks_by_name()["purge_issue_from_cdn"]
    assert [row.status for row in purges] == ["FAILED"] * settings.TASK_MAX_ATTEMPTS
    failure = BackgroundFailure.objects.get(task_path="issues.cache_purge.purge_issue_from_cdn")
    assert failure.issue_id == issue.pk and failure.language == ""
    assert failure.error.startswith("CDNPurgeError: Couldn't purge")


def test_the_db_worker_command_does_the_work_in_its_own_process(
    database_queue, archive, django_capture_on_commit_callbacks, tmp_path
):
    issue = publish(archive, 604, ("ar",), django_capture_on_commit_callbacks)
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "csrs.settings.test",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}",
        "TASKS_BACKEND": DATABASE_QUEUE["default"]["BACKEND"],
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    }
    subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        timeout=300,
        capture_output=True,
    )
    record = IssuePDF.objects.get(issue=issue, language="ar")
    assert record.is_available and (settings.MEDIA_ROOT / record.file.name).is_file()
    assert IssueSearchText.objects.filter(page=issue, language="ar").exists()
