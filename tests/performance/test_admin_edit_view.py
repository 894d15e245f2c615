"""The issue editor's cost does not grow with the issue: queries per GET and per draft save.

Tests count queries, not milliseconds (times depend on the machine; the figures are in the
performance report). The editor has, per language, a status panel and a source-text panel per
field; those share what they read instead of querying once per panel.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from csrs import languages
from issues.workflow import actions
from tests.factories import build_issue, language_content
from tests.foundation.admin_forms import language_form_data

pytestmark = pytest.mark.django_db

ALL = tuple(languages.CODES)
SMALL = {"analyses": 1, "sections": 1, "references": 1}
LARGE = {"analyses": 3, "sections": 6, "references": 15}


def edit_url(issue) -> str:
    return reverse("wagtailadmin_pages:edit", args=(issue.pk,))


def edit_view_queries(client, issue) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(edit_url(issue))
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def outdate_translations(issue, user) -> None:
    """Change the English source after approval: the other languages now need an update."""
    page = issue.get_latest_revision_as_object()
    page.standfirst_en = "A new standfirst"
    page.save_revision(user=user)
    assert set(actions.detect_outdated(issue, user)) == set(ALL) - {"en"}


@pytest.fixture
def small_and_large(archive, admin_user, admin_client):
    """Two issues in four languages, one short, one long, both with outdated translations.

    Each is opened once first: Wagtail subscribes a user to a page's comments on their
    first visit, a one-off write that is not part of the editor's cost.
    """
    small = build_issue(archive, number=801, codes=ALL, **SMALL)
    large = build_issue(archive, number=802, codes=ALL, **LARGE)
    for issue in (small, large):
        outdate_translations(issue, admin_user)
        admin_client.get(edit_url(issue))
    return small, large


def test_edit_view_queries_do_not_grow_with_the_issue(admin_client, small_and_large):
    small, large = small_and_large
    small_queries = edit_view_queries(admin_client, small)
    large_queries = edit_view_queries(admin_client, large)
    assert len(large_queries) == len(small_queries)


def test_the_workflow_panels_read_the_translation_statuses_once(admin_client, small_and_large):
    _small, large = small_and_large
    html = admin_client.get(edit_url(large)).content.decode()
    # Four status panels and twelve source panels (three languages translate from English)…
    assert html.count('class="translation-language-status"') == 4
    assert html.count('class="translation-source"') == 3 * 5
    assert html.count('class="translation-outdated"') == 3  # each language's standfirst
    # …and one query for the statuses they all show.
    queries = edit_view_queries(admin_client, large)
    assert sum('FROM "issues_translationstatus"' in sql for sql in queries) == 1


def draft_form(client, issue, size: dict) -> dict:
    """The edit form as the browser posts it, with every language's content at ``size``."""
    page = client.get(edit_url(issue)).content.decode()
    data = querydict_from_html(page, form_id="page-edit-form").dict()
    for language in languages.LANGUAGES:
        content = language_content(language.code, number=issue.number, **size)
        data.update(language_form_data(language.field_suffix, content))
    data["standfirst_en"] = "Another standfirst"
    return data


def test_saving_a_draft_costs_the_same_queries_for_a_long_issue(admin_client, small_and_large):
    counts = []
    for issue, size in zip(small_and_large, (SMALL, LARGE), strict=True):
        data = draft_form(admin_client, issue, size)
        with CaptureQueriesContext(connection) as captured:
            response = admin_client.post(edit_url(issue), data)
        assert response.status_code == 302
        issue.refresh_from_db()
        latest = issue.get_latest_revision_as_object()
        assert latest.standfirst_en == "Another standfirst"
        assert len(latest.analyses_ar) == size["analyses"]
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1]
