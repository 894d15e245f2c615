"""manage.py build_pdfs: progress, a summary, per-issue-and-language failures, exit status."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from issues.models import IssuePDF
from issues.pdf import render
from tests.pdf.conftest import create_issue

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("build_pdfs", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_builds_one_issue_in_one_language(archive):
    issue = create_issue(archive, 490, ("en", "ps"))  # published; its tasks not run
    out, err = run("--issue", "490", "--language", "ps")
    assert "1 built, 0 failed" in out
    assert "PDFs" in err  # the progress bar
    assert list(IssuePDF.objects.filter(issue=issue).values_list("language", flat=True)) == ["ps"]


def test_by_default_builds_only_what_is_missing(archive):
    create_issue(archive, 491, ("en",))
    out, _ = run("--no-progress")
    assert "1 built, 0 failed" in out
    out, _ = run("--no-progress")
    assert "Nothing to build" in out


def test_a_failure_is_reported_per_issue_and_language_and_the_others_are_built(
    archive, monkeypatch
):
    create_issue(archive, 492, ("en", "ps"))
    create_issue(archive, 493, ("en",))
    real = render.render_issue_pdf

    def fail_in_pashto(issue, language):
        if language.code == "ps":
            raise RuntimeError("no shaping today")
        return real(issue, language)

    monkeypatch.setattr(render, "render_issue_pdf", fail_in_pashto)
    err = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("build_pdfs", "--all", "--no-progress", stdout=io.StringIO(), stderr=err)
    assert raised.value.returncode == 1
    assert "2 built, 1 failed" in str(raised.value) and "492 (ps)" in str(raised.value)
    assert "FAILED  issue 492 (ps): RuntimeError: no shaping today" in err.getvalue()
    built = IssuePDF.objects.exclude(file="").values_list("issue__number", "language")
    assert sorted(built) == [(492, "en"), (493, "en")]


def test_unknown_issue_or_language_is_a_clear_error(archive):
    create_issue(archive, 494, ("en",))
    with pytest.raises(CommandError, match="No published issue number 999"):
        run("--issue", "999")
    with pytest.raises(CommandError, match="not available in ar"):
        run("--issue", "494", "--language", "ar")
