"""One review system: Wagtail's stock moderation is gone, and review happens in the editor.

Wagtail's migrations create a "Moderators" group and a "Moderators approval" workflow on the
root page; migration 0009 removes them (issues/workflow/stock_moderation.py) and
``WAGTAIL_WORKFLOW_ENABLED = False`` keeps them from coming back. The issue editor's footer
offers Submit for review, Approve and Send back, per language, to who may take them.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

from issues.models import TranslationEvent, TranslationStatus
from issues.workflow import roles
from issues.workflow.action_menu import ACTION_FIELD, COMMENT_FIELD
from issues.workflow.states import TranslationState
from issues.workflow.stock_moderation import MODERATORS, remove_stock_moderation
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db

STOCK_SUBMIT = "Submit to Moderators approval"


def state_of(issue, code) -> str | None:
    status = TranslationStatus.objects.filter(issue=issue, language=code).first()
    return status.state if status else None


# --- Wagtail's stock moderation -------------------------------------------------------------


def test_the_migrations_leave_no_moderators_group_and_no_active_workflow():
    assert not Group.objects.filter(name=MODERATORS).exists()
    assert not Workflow.objects.filter(active=True).exists()
    assert not WorkflowPage.objects.exists()


def test_wagtails_editors_group_is_ours(workflow_groups):
    """Wagtail's stock "Editors" and ours are one row: it keeps media rights and gains ours."""
    editors = Group.objects.filter(name=roles.EDITORS)
    assert editors.count() == 1
    codenames = set(editors.get().permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_image", "add_document"} <= codenames
    page_codenames = set(
        editors.get().page_permissions.values_list("permission__codename", flat=True)
    )
    assert {"publish_page", "change_page", "lock_page"} <= page_codenames


def test_recreating_our_groups_never_brings_moderators_back(workflow_groups):
    roles.create_groups()
    assert not Group.objects.filter(name=MODERATORS).exists()
    assert set(roles.all_group_names()) <= set(Group.objects.values_list("name", flat=True))


def stock_workflow_on_root():
    """What Wagtail's migrations leave on a site (as on one migrated before 0009)."""
    moderators = Group.objects.create(name=MODERATORS)
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.add(moderators)
    workflow = Workflow.objects.create(name="Moderators approval", active=True)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())
    return workflow


@override_settings(WAGTAIL_WORKFLOW_ENABLED=True)
def test_removing_stock_moderation_cancels_it_and_unlocks_the_issue(issue_en_ps, make_user, client):
    workflow = stock_workflow_on_root()
    translator = make_user("translator", "ps")
    state = workflow.start(issue_en_ps, translator)
    assert issue_en_ps.get_workflow() == workflow

    remove_stock_moderation()

    state.refresh_from_db()
    assert state.status == "cancelled"
    workflow.refresh_from_db()
    assert not workflow.active
    assert not WorkflowPage.objects.exists()
    assert not Group.objects.filter(name=MODERATORS).exists()
    issue_en_ps.refresh_from_db()
    assert issue_en_ps.get_workflow() is None
    assert issue_en_ps.current_workflow_state is None


@pytest.mark.parametrize("role", ["translator", "reviewer", "editor"])
def test_the_editor_footer_offers_no_stock_moderation(role, issue_en_ps, make_user, client):
    stock_workflow_on_root()  # even with the stock workflow attached again
    client.force_login(make_user(role, "ps" if role != "editor" else None))
    html = client.get(edit_url(issue_en_ps)).content.decode()
    assert STOCK_SUBMIT not in html
    assert "Submit for moderation" not in html
    assert 'name="action-submit"' not in html


# --- Review from the editor's footer --------------------------------------------------------


def footer(client, issue) -> str:
    return client.get(edit_url(issue)).content.decode()


def press(client, issue, value, comment="", **changes):
    data = edit_form(client, issue, ("en", "ps"))
    data.update(changes)
    data[ACTION_FIELD] = value
    data[COMMENT_FIELD] = comment
    return client.post(edit_url(issue), data)


def test_a_translator_submits_from_the_footer_after_saving(issue_en_ps, make_user, client):
    client.force_login(make_user("translator", "ps"))
    html = footer(client, issue_en_ps)
    assert 'value="submit:ps"' in html
    assert 'value="approve:ps"' not in html and 'value="send_back:ps"' not in html
    assert 'value="submit:fa-af"' not in html, "only their own language"

    response = press(client, issue_en_ps, "submit:ps", title_ps="عنوان نوی")
    assert response.status_code == 302
    assert latest(issue_en_ps).title_ps == "عنوان نوی", "the form was saved first"
    assert state_of(issue_en_ps, "ps") == TranslationState.SUBMITTED


def test_a_reviewer_sends_back_with_a_comment_then_approves(issue_en_ps, make_user, client):
    translator = make_user("translator", "ps")
    client.force_login(translator)
    press(client, issue_en_ps, "submit:ps", title_ps="عنوان نوی")
    reviewer = make_user("reviewer", "ps")
    client.force_login(reviewer)
    html = footer(client, issue_en_ps)
    assert 'value="approve:ps"' in html and 'value="send_back:ps"' in html

    without_comment = press(client, issue_en_ps, "send_back:ps")
    assert without_comment.status_code == 302
    assert state_of(issue_en_ps, "ps") == TranslationState.SUBMITTED, "a comment is required"

    press(client, issue_en_ps, "send_back:ps", comment="Check the second heading")
    assert state_of(issue_en_ps, "ps") == TranslationState.IN_PROGRESS
    event = TranslationEvent.objects.filter(issue=issue_en_ps, language="ps").first()
    assert event.comment == "Check the second heading"

    client.force_login(translator)
    press(client, issue_en_ps, "submit:ps")
    client.force_login(reviewer)
    press(client, issue_en_ps, "approve:ps")
    assert state_of(issue_en_ps, "ps") == TranslationState.APPROVED


@pytest.mark.parametrize("value", ["approve:ps", "send_back:ps", "submit:fa-af"])
def test_a_forged_footer_action_is_refused_and_saves_nothing(value, issue_en_ps, make_user, client):
    client.force_login(make_user("translator", "ps"))
    press(client, issue_en_ps, "submit:ps", title_ps="عنوان نوی")
    revisions = issue_en_ps.revisions.count()

    response = press(client, issue_en_ps, value, title_ps="بل عنوان")
    assert response.status_code == 403
    assert state_of(issue_en_ps, "ps") == TranslationState.SUBMITTED
    assert issue_en_ps.revisions.count() == revisions
    assert latest(issue_en_ps).title_ps == "عنوان نوی"
