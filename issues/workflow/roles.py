"""Who may do what in which language: the Wagtail groups of the translation workflow.

Group names are a contract with the people who run the site (and with the data migration):
``Editors``, ``Translators: <Language>``, ``Reviewers: <Language>``, one pair per language in
csrs/languages.py, named with the language's English name.
"""

from __future__ import annotations

from csrs import languages
from csrs.languages import Language

EDITORS = "Editors"


def translator_group_name(language: Language) -> str:
    return f"Translators: {language.name}"


def reviewer_group_name(language: Language) -> str:
    return f"Reviewers: {language.name}"


def all_group_names() -> list[str]:
    names = [EDITORS]
    for language in languages.LANGUAGES:
        names += [translator_group_name(language), reviewer_group_name(language)]
    return names


# Wagtail page permissions per kind of group, granted on the issue archive (or, for editors,
# the home page). Translators and reviewers edit; only editors publish, delete or lock.
EDITOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
TRANSLATOR_PAGE_PERMISSIONS = ("change_page",)


def _group_names(user) -> set[str]:
    cached = getattr(user, "_workflow_group_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True)) if user.is_authenticated else set()
        user._workflow_group_names = cached
    return cached


def is_editor(user) -> bool:
    """Editors (and superusers) may change everything in every language and publish."""
    return bool(user.is_authenticated and user.is_active) and (
        user.is_superuser or EDITORS in _group_names(user)
    )


def translator_languages(user) -> list[Language]:
    """The languages ``user`` translates into (every language for an editor)."""
    if is_editor(user):
        return list(languages.LANGUAGES)
    names = _group_names(user)
    return [lang for lang in languages.LANGUAGES if translator_group_name(lang) in names]


def reviewer_languages(user) -> list[Language]:
    """The languages ``user`` may approve or send back (every language for an editor)."""
    if is_editor(user):
        return list(languages.LANGUAGES)
    names = _group_names(user)
    return [lang for lang in languages.LANGUAGES if reviewer_group_name(lang) in names]


def editable_languages(user) -> list[Language]:
    """Languages whose fields ``user`` may change: translators' and reviewers' own languages."""
    codes = {lang.code for lang in translator_languages(user) + reviewer_languages(user)}
    return [lang for lang in languages.LANGUAGES if lang.code in codes]


def may_edit_language(user, language: Language) -> bool:
    return any(lang.code == language.code for lang in editable_languages(user))


def may_translate(user, language: Language) -> bool:
    return any(lang.code == language.code for lang in translator_languages(user))


def may_review(user, language: Language) -> bool:
    return any(lang.code == language.code for lang in reviewer_languages(user))


def is_workflow_member(user) -> bool:
    """Anyone with a translator, reviewer or editor role."""
    return is_editor(user) or bool(editable_languages(user))


def create_groups(apps=None) -> None:
    """Create the groups and their Wagtail permissions (idempotent; used by the migration).

    Called with the migration's ``apps`` or, in tests that flush tables, with none.
    """
    if apps is None:
        from django.apps import apps as global_apps

        apps = global_apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")

    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    page_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="page")

    def page_permission(codename: str):
        permission, _ = Permission.objects.get_or_create(
            content_type=page_type, codename=codename, defaults={"name": codename.replace("_", " ")}
        )
        return permission

    # Permissions are granted at the tree's root page, so they cover the archive whatever its id
    # (Wagtail checks ancestors): the site's only content is the weekly analysis.
    root = Page.objects.filter(depth=1).first()
    for name in all_group_names():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        codenames = EDITOR_PAGE_PERMISSIONS if name == EDITORS else TRANSLATOR_PAGE_PERMISSIONS
        if root is None:
            continue
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=page_permission(codename)
            )
    # The glossary's snippet permissions (issues/memory/permissions.py) go with the groups.
    from issues.memory.permissions import grant_glossary_permissions

    grant_glossary_permissions(apps)
