"""Anything refused is named by its label in the user's language, never by its column."""

from __future__ import annotations

import pytest
from django.utils import translation

from issues.models import IssuePage
from issues.workbench.labels import form_field_label
from tests.factories import build_issue
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db


def test_fields_are_named_as_people_see_them():
    assert form_field_label(IssuePage, "title_en") == "Title (English)"
    assert form_field_label(IssuePage, "standfirst_fa_af") == "Standfirst (Dari)"
    assert form_field_label(IssuePage, "number") == "Issue number"
    with translation.override("ps"):
        label = form_field_label(IssuePage, "title_en")
    assert "title_en" not in label and "Title" not in label


def test_a_pashto_translators_refused_changes_are_named_by_label_and_their_own_kept(
    client, archive, make_user
):
    issue = build_issue(archive, number=720, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    data = edit_form(client, issue, ("en",))
    data["title_ps"] = "زما سرلیک"
    data["title_en"] = "Changed by the wrong person"
    data["number"] = "9720"
    response = client.post(edit_url(issue), data)
    assert response.status_code == 302
    message = client.get(response["Location"]).content.decode()
    assert "Title (English)" in message and "Issue number" in message
    assert "title_en" not in message.split("These changes were not saved")[1][:200]
    after = latest(issue)
    assert after.title_ps == "زما سرلیک"  # nothing typed in their own language is lost
    assert after.title_en == "Analysis #720" and after.number == 720
