"""Fixtures for the libraries-and-scholars features: DOIs on, issues in chosen languages."""

from __future__ import annotations

import pytest
from wagtail.models import PageViewRestriction

from issues.models import TranslationStatus
from tests.factories import build_issue

DOI_PREFIX = "10.5555"


@pytest.fixture
def dois(settings):
    """DOIs on, with Crossref's test prefix and the default pattern."""
    settings.DOI_PREFIX = DOI_PREFIX
    settings.DOI_PATTERN = "{prefix}/csrs.wa.{number}.{language}"
    return settings


@pytest.fixture
def make_issue(archive):
    def make(number, codes=("en",), **kwargs):
        return build_issue(archive, number=number, codes=tuple(codes), **kwargs)

    return make


def publish_with_unapproved(archive, number: int, unapproved: str, codes=("en", "ps")):
    """An issue live in ``codes`` whose ``unapproved`` language is still under review."""
    issue = build_issue(archive, number=number, codes=codes, publish=False)
    TranslationStatus.objects.create(issue=issue, language=unapproved, state="submitted")
    issue.get_latest_revision().publish()
    issue.refresh_from_db()
    assert unapproved not in issue.available_languages.split()
    return issue


def make_private(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
