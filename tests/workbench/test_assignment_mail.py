"""An editor assigning a language mails each newly assigned person, in their admin language."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from csrs import languages
from issues.workbench import assignments
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

PS = languages.BY_CODE["ps"]


def test_assigned_translator_and_reviewer_are_mailed_in_their_own_language(
    client, archive, make_user, django_capture_on_commit_callbacks
):
    issue = build_issue(archive, number=771, codes=("en",))
    editor = make_user("editor")
    translator = make_user("translator", "ps", preferred_language="ps")
    reviewer = make_user("reviewer", "ps")  # no preference: the site's default, English
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("csrs_translation_assign", args=(issue.pk, "ps")),
            {
                "assign-ps-translator": translator.pk,
                "assign-ps-reviewer": reviewer.pk,
                "assign-ps-due": "2026-12-10",
            },
        )
    assert response.status_code == 302
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {translator.email, reviewer.email}
    to_translator = by_address[translator.email]
    assert to_translator.extra_headers["Content-Language"] == "ps"
    assert "۷۷۱" in to_translator.subject or "771" in to_translator.subject
    assert "ژباړې" in to_translator.subject or "وژباړئ" in to_translator.subject
    assert f"/admin/translation/{issue.pk}/" in to_translator.body
    to_reviewer = by_address[reviewer.email]
    assert "review the Pashto translation" in to_reviewer.subject
    assert "Due: 10 December 2026" in to_reviewer.body


def test_nobody_is_mailed_again_for_what_they_already_had(
    archive, make_user, django_capture_on_commit_callbacks
):
    issue = build_issue(archive, number=772, codes=("en",))
    editor, translator = make_user("editor"), make_user("translator", "ps")
    with django_capture_on_commit_callbacks(execute=True):
        assignments.assign(issue, PS, editor, translator=translator)
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assignments.assign(issue, PS, editor, translator=translator, due=datetime.date(2027, 1, 4))
    assert len(mail.outbox) == 1
