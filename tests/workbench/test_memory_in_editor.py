"""The issue editor fetches translation memory matches only for the languages the user may edit.

The editor's source panes carry the URL of the memory's JSON (one per language tab,
static/js/admin-workbench.js fetches it when the tab is shown); the endpoint itself keeps
refusing users of other languages.
"""

import pytest
from django.urls import reverse

from tests.memory.conftest import approved_issue, editor, new_issue  # noqa: F401

pytestmark = pytest.mark.django_db


def test_the_editor_gives_the_translator_her_own_languages_memory_url(
    approved_issue,  # noqa: F811
    new_issue,  # noqa: F811
    client,
    make_user,
):
    client.force_login(make_user("translator", "ps"))
    html = client.get(reverse("wagtailadmin_pages:edit", args=(new_issue.pk,))).content.decode()
    mine = reverse("csrs_memory_matches", args=(new_issue.pk, "ps"))
    theirs = reverse("csrs_memory_matches", args=(new_issue.pk, "fa-af"))
    assert f'data-memory-url="{mine}"' in html
    assert theirs not in html


def test_the_matches_endpoint_refuses_translators_of_another_language(
    approved_issue,  # noqa: F811
    new_issue,  # noqa: F811
    client,
    make_user,
):
    url = reverse("csrs_memory_matches", args=(new_issue.pk, "ps"))
    client.force_login(make_user("translator", "fa-af"))
    refused = client.get(url)
    assert refused.status_code == 403 and b"matches" not in refused.content
    client.force_login(make_user("translator", "ps"))
    allowed = client.get(url)
    assert allowed.status_code == 200
    title = next(p for p in allowed.json()["pieces"] if p["id"] == "title")
    assert title["matches"]
