"""The one page permission rule (issues/workflow/permissions.py), as Wagtail's views ask it.

Bulk actions and listings load base ``Page`` rows; ``Page.permissions_for_user`` then asks the
specific class, so the rule holds there too.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from issues.workflow import roles
from issues.workflow.permissions import WorkflowPagePermissionTester
from tests.factories import build_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model):
    roles.create_groups()

    def person(name, group):
        user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
        user.groups.add(Group.objects.get(name=group))
        return user

    return {
        "translator": person("translator", "Translators: Pashto"),
        "reviewer": person("reviewer", "Reviewers: Dari"),
        "editor": person("editor", roles.EDITORS),
    }


@pytest.fixture
def unpublished(archive):
    return build_issue(archive, number=480, publish=False)


@pytest.mark.parametrize("role", ["translator", "reviewer"])
def test_translators_and_reviewers_only_edit_issues(role, people, unpublished, site_tree):
    user = people[role]
    as_base_page = Page.objects.get(pk=unpublished.pk)  # what a bulk action holds
    tester = as_base_page.permissions_for_user(user)
    assert isinstance(tester, WorkflowPagePermissionTester)
    assert tester.can_edit()
    assert not tester.can_delete() and not tester.can_delete(ignore_bulk=True)
    assert not tester.can_publish() and not tester.can_unpublish()
    assert not tester.can_move() and not tester.can_move_to(site_tree[1])
    assert not tester.can_copy() and not tester.can_lock() and not tester.can_unlock()
    assert not tester.can_set_view_restrictions() and not tester.can_unschedule()
    assert not tester.can_submit_for_moderation()
    for page in site_tree:  # the home page and the archive
        tester = Page.objects.get(pk=page.pk).permissions_for_user(user)
        assert not tester.can_edit()
        assert not tester.can_add_subpage() and not tester.can_reorder_children()


def test_editors_keep_wagtails_rules(people, unpublished, site_tree):
    tester = Page.objects.get(pk=unpublished.pk).permissions_for_user(people["editor"])
    assert tester.can_edit() and tester.can_delete() and tester.can_publish()
    assert tester.can_lock() and tester.can_move()
    assert not tester.can_copy(), "an issue's number is unique: a copy could never be saved"
    assert site_tree[1].permissions_for_user(people["editor"]).can_add_subpage()


def test_someone_with_page_rights_but_no_role_may_do_nothing(
    django_user_model, people, unpublished
):
    """A group given page permissions by hand is not a role: no edit, delete or publish."""
    group = Group.objects.create(name="Careless")
    for codename in ("change_page", "publish_page", "bulk_delete_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(
                codename=codename, content_type__app_label="wagtailcore"
            ),
        )
    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "pw")
    outsider.groups.add(group)
    tester = Page.objects.get(pk=unpublished.pk).permissions_for_user(outsider)
    assert not tester.can_edit() and not tester.can_delete() and not tester.can_publish()
