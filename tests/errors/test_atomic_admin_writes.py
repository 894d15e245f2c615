"""An editor's save is written whole or not at all: an error page means nothing was saved.

The database is lost after Wagtail has written and published the revision and before the
translation workflow's hook has told the translations that their published source changed (the
hook's first query raises ``OperationalError``, as psycopg's lost connection does).
"""

from __future__ import annotations

from unittest import mock

import pytest
from django.db import OperationalError
from django.http import HttpResponse
from wagtail.models import PageLogEntry, Revision

from csrs.errors import AtomicAdminWritesMiddleware
from issues.models import TranslationStatus
from issues.workflow import actions
from issues.workflow.states import TranslationState
from tests.factories import build_issue
from tests.workflow.conftest import edit_form, edit_url

pytestmark = pytest.mark.django_db

LOST = OperationalError("server closed the connection unexpectedly")


def saved_state(issue):
    issue.refresh_from_db()
    return (
        Revision.objects.filter(object_id=str(issue.pk)).count(),
        issue.latest_revision_id,
        PageLogEntry.objects.filter(page=issue, action="wagtail.publish").count(),
        issue.standfirst_en,
        sorted(TranslationStatus.objects.filter(issue=issue).values_list("language", "state")),
    )


def test_a_save_cut_short_by_a_lost_database_leaves_nothing_half_written(admin_client, archive):
    issue = build_issue(archive, number=613, codes=("en", "ps", "fa-af"))
    data = edit_form(admin_client, issue, ("en", "ps", "fa-af"))
    data["standfirst_en"] = "A sharper standfirst about the corridor"
    data["action-publish"] = "action-publish"  # a published source change outdates translations
    before = saved_state(issue)

    with mock.patch.object(actions, "detect_outdated", side_effect=LOST):
        response = admin_client.post(edit_url(issue), data)
    assert response.status_code == 503
    assert "Traceback" not in response.content.decode()
    assert saved_state(issue) == before  # no draft without its workflow update

    # The same save once the database is back: draft, history and workflow together.
    assert admin_client.post(edit_url(issue), data).status_code == 302
    revisions, latest, publishes, standfirst, statuses = saved_state(issue)
    assert (revisions, publishes) == (before[0] + 1, before[2] + 1)
    assert standfirst == "A sharper standfirst about the corridor"
    assert statuses == [
        ("fa-af", TranslationState.NEEDS_UPDATE),
        ("ps", TranslationState.NEEDS_UPDATE),
    ]


@pytest.mark.parametrize(
    ("method", "path", "wrapped"),
    [("POST", "/admin/pages/5/edit/", True), ("GET", "/admin/pages/5/edit/", False)]
    + [("GET", "/en/issues/1/", False), ("POST", "/en/search/", False)],
)
def test_only_admin_posts_are_one_transaction(rf, method, path, wrapped):
    with mock.patch("csrs.errors.transaction") as transaction:
        middleware = AtomicAdminWritesMiddleware(lambda request: HttpResponse(status=500))
        assert middleware(rf.generic(method, path)).status_code == 500
    assert transaction.atomic.called is wrapped
    assert transaction.set_rollback.called is wrapped  # an error page: nothing kept
