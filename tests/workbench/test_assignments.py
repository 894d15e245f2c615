"""An editor assigns a language to a named translator and reviewer, with a due date."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from csrs import languages
from issues.models import TranslationAssignment
from issues.workbench import assignments
from issues.workflow import actions
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

PS = languages.BY_CODE["ps"]
YESTERDAY = datetime.date.today() - datetime.timedelta(days=1)


def assign_url(issue, code="ps") -> str:
    return reverse("csrs_translation_assign", args=(issue.pk, code))


def test_editor_assigns_and_everyone_sees_who_has_what(client, archive, make_user):
    issue = build_issue(archive, number=760, codes=("en",))
    editor, translator = make_user("editor"), make_user("translator", "ps")
    reviewer = make_user("reviewer", "ps")
    actions.transition(issue, PS, "ready", editor)
    client.force_login(editor)
    response = client.post(
        assign_url(issue),
        {
            "assign-ps-translator": translator.pk,
            "assign-ps-reviewer": reviewer.pk,
            "assign-ps-due": YESTERDAY.isoformat(),
        },
    )
    assert response.status_code == 302
    assignment = TranslationAssignment.objects.get(issue=issue, language="ps")
    assert (assignment.translator, assignment.reviewer, assignment.due) == (
        translator,
        reviewer,
        YESTERDAY,
    )
    status = client.get(reverse("csrs_translation_status", args=(issue.pk,))).content.decode()
    card = status.split('data-language="ps"')[1].split("</section>")[0]
    assert "Translator" in card and "Reviewer" in card and "data-overdue" in card

    # The translator's "My work": their assigned issue first, marked overdue.
    other = build_issue(archive, number=761, codes=("en",))
    actions.transition(other, PS, "ready", editor)
    client.force_login(translator)
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    work = home.split('class="translation-my-work"')[1].split("</ul>")[0]
    assert work.index("#760") < work.index("#761")
    assert "data-assigned-to-me" in work and "data-overdue" in work


def test_unassigned_colleagues_still_see_the_work_without_it_being_theirs(
    client, archive, make_user, django_user_model
):
    issue = build_issue(archive, number=762, codes=("en",))
    editor, translator = make_user("editor"), make_user("translator", "ps")
    actions.transition(issue, PS, "ready", editor)
    assignments.assign(issue, PS, editor, translator=translator)
    colleague = django_user_model.objects.create_user("colleague", "c@example.org", "pw")
    colleague.groups.add(*translator.groups.all())
    client.force_login(colleague)
    work = client.get(reverse("wagtailadmin_home")).content.decode()
    work = work.split('class="translation-my-work"')[1].split("</ul>")[0]
    assert "#762" in work and "data-assigned-to-me" not in work


def test_only_editors_assign_and_only_members_of_the_language(client, archive, make_user):
    issue = build_issue(archive, number=763, codes=("en",))
    translator, arabic = make_user("translator", "ps"), make_user("translator", "ar")
    client.force_login(translator)
    response = client.post(assign_url(issue), {"assign-ps-translator": translator.pk})
    assert response.status_code in (302, 403)  # Wagtail redirects a refusal with a message
    assert not TranslationAssignment.objects.exists()
    with pytest.raises(PermissionDenied):
        assignments.assign(issue, PS, translator, translator=translator)
    editor = make_user("editor")
    with pytest.raises(PermissionDenied):
        assignments.assign(issue, PS, editor, translator=arabic)
    # Through the form, an Arabic translator for Pashto is refused with a message.
    client.force_login(editor)
    response = client.post(assign_url(issue), {"assign-ps-translator": arabic.pk}, follow=True)
    assert "Nothing was assigned" in response.content.decode()
    assert not TranslationAssignment.objects.exists()
