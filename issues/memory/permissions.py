"""Who may manage the glossary: Wagtail snippet permissions given to the workflow's groups.

Editors add, change and delete terms; translators may only add, and what they add is a
proposal (issues/memory/admin_hooks.py hides the status from them).
"""

from __future__ import annotations

EDITOR_CODENAMES = ("add_glossaryterm", "change_glossaryterm", "delete_glossaryterm")
TRANSLATOR_CODENAMES = ("add_glossaryterm",)


def grant_glossary_permissions(apps=None) -> None:
    """Give the glossary permissions to Editors and every Translators group (idempotent)."""
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    from issues.workflow import roles

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    glossary_type, _ = ContentType.objects.get_or_create(app_label="issues", model="glossaryterm")

    def permission(codename: str):
        found, _ = Permission.objects.get_or_create(
            content_type=glossary_type,
            codename=codename,
            defaults={"name": codename.replace("_", " ")},
        )
        return found

    from csrs import languages

    for name, codenames in [
        (roles.EDITORS, EDITOR_CODENAMES),
        *[
            (roles.translator_group_name(lang), TRANSLATOR_CODENAMES)
            for lang in languages.LANGUAGES
        ],
    ]:
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*[permission(codename) for codename in codenames])
