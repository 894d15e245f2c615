"""The workbench's pieces cost no query per piece: the editor's query count does not grow."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from csrs import languages
from issues.workflow import actions
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

ALL = tuple(languages.CODES)


def queries_of(client, issue) -> int:
    url = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    client.get(url)  # the first visit subscribes the user to comments: a one-off write
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("role", ["translator", "editor"])
def test_editor_queries_do_not_grow_with_the_number_of_pieces(client, archive, make_user, role):
    small = build_issue(archive, number=741, codes=ALL, analyses=1, sections=1, references=1)
    large = build_issue(archive, number=742, codes=ALL, analyses=3, sections=6, references=15)
    user = make_user(role, "ps" if role == "translator" else None)
    for issue in (small, large):  # outdated translations: every piece's diff is looked up
        page = actions.latest_content(issue)
        page.standfirst_en = "A new standfirst"
        page.save_revision(user=user if role == "editor" else None)
        actions.detect_outdated(issue, None)
    client.force_login(user)
    small_count, small_html = queries_of(client, small)
    large_count, large_html = queries_of(client, large)
    assert large_html.count("data-piece-source=") > 4 * small_html.count("data-piece-source=")
    assert large_count == small_count
