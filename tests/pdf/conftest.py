"""Fixtures of the PDF tests: issues published with their on-commit tasks really run."""

from __future__ import annotations

import datetime
import io

import pytest
from pypdf import PdfReader

from csrs import languages
from issues.models import IssuePage
from issues.workflow import actions
from tests.pdf.content import long_issue_content


def create_issue(archive, number: int, codes: tuple[str, ...], *, publish: bool = True):
    issue = IssuePage(
        number=number,
        week_start=datetime.date(2024, 12, 2),
        week_end=datetime.date(2024, 12, 6),
        original_language=codes[0],
    )
    if languages.DEFAULT_LANGUAGE.code not in codes:
        # Wagtail needs a default-language title; without analyses it is not a reading language.
        setattr(issue, languages.DEFAULT_LANGUAGE.field("title"), "Issue without English text")
    for code in codes:
        language = languages.get_language(code)
        for name, value in long_issue_content(code).items():
            setattr(issue, language.field(name), value)
    archive.add_child(instance=issue)
    revision = issue.save_revision()
    if publish:
        # Only approved translations go live: approved as an editor would.
        for code in codes[1:]:
            actions.approve(issue, languages.get_language(code), comment="Test content")
        revision.publish()
    issue.refresh_from_db()
    return issue


@pytest.fixture
def publish_issue(archive, django_capture_on_commit_callbacks):
    """Publish an issue in ``codes``, running what publishing queues after commit (the
    ImmediateBackend then builds the PDFs in-process, as in development)."""

    def publish(number: int, codes: tuple[str, ...]):
        with django_capture_on_commit_callbacks(execute=True):
            return create_issue(archive, number, codes)

    return publish


def read_pdf(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def normalise(text: str) -> str:
    """Text for comparisons: single spaces (zero-width non-joiners are kept: they are text)."""
    return " ".join(text.split())
