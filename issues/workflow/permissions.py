"""One rule for every admin door: Wagtail's page permissions, narrowed to the workflow's roles.

Every Wagtail page view — edit, delete, unpublish, move, copy, lock, privacy, revisions,
bulk actions (which load base ``Page`` rows: ``Page.permissions_for_user`` then asks the
specific class), the admin API's page actions — asks ``page.permissions_for_user(user)``. Our
page models answer with this tester, so no hook has to guard each URL:

- editors (the ``Editors`` group) and superusers keep Wagtail's own rules and their group
  permissions;
- everyone else — translators and reviewers — may edit issues (the form then applies only
  their languages' fields, ``issues/workflow/forms.py``) and read their history, and nothing
  else: no add, delete, publish, unpublish, schedule, privacy, move, reorder, copy or lock.
  Wagtail's own rule would let anyone with ``change_page`` delete or move unpublished pages.

An issue is never copied, by anyone: its number is unique, so a copy cannot be saved.
"""

from __future__ import annotations

from wagtail.models import PagePermissionTester

from issues.workflow import roles


class WorkflowPagePermissionTester(PagePermissionTester):
    def _is_editor(self) -> bool:
        return roles.is_editor(self.user)

    def _is_issue(self) -> bool:
        from issues.models import IssuePage

        return issubclass(self.page.specific_class or type(self.page), IssuePage)

    def can_edit(self):
        if self._is_editor():
            return super().can_edit()
        return self._is_issue() and bool(roles.editable_languages(self.user)) and super().can_edit()

    def can_add_subpage(self):
        return self._is_editor() and super().can_add_subpage()

    def can_delete(self, ignore_bulk=False):
        return self._is_editor() and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self._is_editor() and super().can_unpublish()

    def can_publish(self):
        # Also decides privacy (can_set_view_restrictions) and scheduling (can_unschedule).
        return self._is_editor() and super().can_publish()

    def can_publish_subpage(self):
        return self._is_editor() and super().can_publish_subpage()

    def can_submit_for_moderation(self):
        # Wagtail's moderation workflows are not used: review is the translation workflow's.
        return False

    def can_lock(self):
        return self._is_editor() and super().can_lock()

    def can_unlock(self):
        return (self._is_editor() or self.user_has_lock()) and super().can_unlock()

    def can_reorder_children(self):
        return self._is_editor() and super().can_reorder_children()

    def can_move(self):
        return self._is_editor() and super().can_move()

    def can_move_to(self, destination):
        return self._is_editor() and super().can_move_to(destination)

    def can_copy(self):
        return self._is_editor() and not self._is_issue() and super().can_copy()

    def can_copy_to(self, destination, recursive=False):
        return self.can_copy() and super().can_copy_to(destination, recursive=recursive)


class WorkflowPermissionsMixin:
    """For every page model of the site: Wagtail's views ask the workflow's tester."""

    def permissions_for_user(self, user):
        return WorkflowPagePermissionTester(user, self)
