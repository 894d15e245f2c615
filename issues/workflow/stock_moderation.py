"""Wagtail's stock moderation, switched off: the translation workflow is the only review system.

Wagtail's migrations attach a "Moderators approval" workflow to the root page and create a
"Moderators" group with add, edit, publish and lock rights on the whole tree. On this site that
is a second door: a translator's "Submit to Moderators approval" locked editors out of an issue,
and a Moderator's approval published an unreviewed translation. The data migration
``0009_remove_stock_moderation`` calls ``remove_stock_moderation``; ``WAGTAIL_WORKFLOW_ENABLED =
False`` (settings) keeps Wagtail from offering workflows again.

Wagtail's other stock group, "Editors", is the same row as our ``Editors`` (``roles.EDITORS``;
``roles.create_groups`` finds it by name): it keeps its image and document rights and gains ours.
"""

from __future__ import annotations

MODERATORS = "Moderators"
CANCELLED = "cancelled"
ACTIVE_STATES = ("in_progress", "needs_changes")


def remove_stock_moderation(apps=None) -> None:
    """Deactivate every Wagtail workflow and task, detach them from pages, cancel any moderation
    in progress, and delete the "Moderators" group (idempotent).

    The site uses no Wagtail workflow, so every one is switched off, not only the stock one.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    Task = apps.get_model("wagtailcore", "Task")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    TaskState.objects.filter(status__in=ACTIVE_STATES).update(status=CANCELLED)
    WorkflowState.objects.filter(status__in=ACTIVE_STATES).update(status=CANCELLED)
    WorkflowPage.objects.all().delete()
    Workflow.objects.update(active=False)
    Task.objects.update(active=False)
    Group.objects.filter(name=MODERATORS).delete()
