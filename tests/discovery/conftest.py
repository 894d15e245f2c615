"""Builders for discovery tests: issues with chosen words in chosen languages."""

from __future__ import annotations

import pytest

from csrs import languages
from issues.models import IssuePage
from issues.workflow import actions
from tests.factories import build_issue


def publish_with_text(issue: IssuePage, code: str, *, title: str | None = None, standfirst=None):
    """Set one language's title and/or standfirst of ``issue`` and publish the change."""
    language = languages.get_language(code)
    if title is not None:
        setattr(issue, language.field("title"), title)
    if standfirst is not None:
        setattr(issue, language.field("standfirst"), standfirst)
    revision = issue.save_revision()
    if code != issue.original_language:
        # Only approved translations go live: approve the new text as an editor would.
        actions.approve(issue, language, comment="Test content")
    revision.publish()
    issue.refresh_from_db()
    return issue


@pytest.fixture
def make_issue(archive):
    """``make_issue(number, codes, title=…, standfirst={code: text})``."""

    def make(number, codes=("en",), *, titles=None, standfirsts=None, publish=True):
        issue = build_issue(archive, number=number, codes=tuple(codes), publish=publish)
        for code in codes:
            title = (titles or {}).get(code)
            standfirst = (standfirsts or {}).get(code)
            if title is not None or standfirst is not None:
                if publish:
                    publish_with_text(issue, code, title=title, standfirst=standfirst)
                else:
                    language = languages.get_language(code)
                    if title is not None:
                        setattr(issue, language.field("title"), title)
                    if standfirst is not None:
                        setattr(issue, language.field("standfirst"), standfirst)
                    issue.save_revision()
        return issue

    return make
