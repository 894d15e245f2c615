"""Every admin door, tried by every role: translators and reviewers change nothing but drafts.

The doors come from Django's URL resolver (tests/security/admin_doors.py), not from a list:
bulk actions, the single-page views (delete, unpublish, move, copy, lock, privacy, revisions
revert, workflow actions), the admin API's page actions, snippets, settings, workflows, users,
groups, media. Each is instantiated with a published and an unpublished issue's ids and sent a
GET and a POST carrying every field those views read (the issue's full edit form with
"publish", a privacy choice, a copy destination, a move target, a bulk selection …), as each
translator and reviewer of each language, an editor, and an anonymous visitor.

For everyone but the editor, the database's structure must be as before each door: every page
still there, in its place, neither published nor unpublished, no new live revision, no lock,
no privacy restriction, no workflow, no snippet, setting, user, group or media change. The
editor's run proves the requests are real: the same POSTs delete, unpublish, lock, restrict,
copy and publish. Each door runs in a savepoint that is rolled back, so every door meets the
same starting state.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupPagePermission,
    Page,
    PageViewRestriction,
    Site,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import querydict_from_html

from csrs import languages
from issues.models import (
    BackgroundFailure,
    GlossaryTerm,
    IssuePDF,
    Mailing,
    PublicationSettings,
    Region,
    Topic,
)
from issues.workflow import roles
from tests.factories import build_issue, language_content
from tests.foundation.admin_forms import empty_language_form_data, language_form_data
from tests.security.admin_doors import Door, build_path, door_patterns

pytestmark = pytest.mark.django_db

ROLES = [
    *(f"{kind}:{code}" for code in languages.CODES for kind in ("translator", "reviewer")),
    "editor",
    "anonymous",
]

# The API's page actions (wagtail/admin/api/views.py) and the workflow actions of a task.
API_PAGE_ACTIONS = (
    "convert_alias",
    "copy",
    "delete",
    "publish",
    "unpublish",
    "move",
    "copy_for_translation",
    "create_alias",
    "revert_to_page_revision",
)
WORKFLOW_ACTIONS = ("approve", "reject")

# What the editor's run must manage to change: proof that the requests are real attacks.
EDITOR_MUST_CHANGE = {
    "wagtail_bulk_action:wagtailcore.page.delete",
    "wagtail_bulk_action:wagtailcore.page.unpublish",
    "wagtail_bulk_action:wagtailcore.page.publish",
    "wagtailadmin_pages:delete",
    "wagtailadmin_pages:unpublish",
    "wagtailadmin_pages:set_privacy",
    "wagtailadmin_pages:lock",
    "wagtailadmin_pages:move_confirm",
    "wagtailadmin_pages:edit",
    "wagtailadmin_pages:revisions_revert",
    "wagtailadmin_api:pages:action:delete",
    "wagtailadmin_api:pages:action:unpublish",
    "wagtailadmin_api:pages:action:publish",
    "csrs_translation_action",
}


# --- The starting state ---------------------------------------------------------------------


@pytest.fixture
def world(archive):
    """A published issue (English and Pashto), an unpublished one, and one of everything else."""
    roles.create_groups()
    live = build_issue(archive, number=455, codes=("en", "ps"))
    # A second revision, so that "revert to an earlier revision" has one to go back to.
    draft_of_live = live.get_latest_revision_as_object()
    draft_of_live.title_en = "A later draft title"
    draft_of_live.save_revision()
    unpublished = build_issue(archive, number=456, codes=("en",), publish=False)
    site = Site.objects.get(is_default_site=True)
    PublicationSettings.for_site(site)
    topic = Topic.objects.create(name_en="Water")
    region = Region.objects.create(name_en="Central Asia")
    glossary_term = GlossaryTerm.objects.create(term_en="Kabul", term_ps="کابل", status="approved")
    Redirect.objects.create(old_path="/old-issue", redirect_link="/en/")
    image = get_image_model().objects.create(title="Map", file=get_test_image_file())
    document = get_document_model().objects.create(
        title="Annex", file=ContentFile(b"annex", name="annex.txt")
    )
    workflow = Workflow.objects.order_by("pk").first() or Workflow.objects.create(
        name="Unused workflow", active=False
    )
    failure = BackgroundFailure.objects.create(
        task_path="issues.pdf.tasks.build_issue_pdf_task",
        issue=live,
        language="ps",
        arguments={"args": [live.pk, "ps"], "kwargs": {}},
        error="The PDF could not be built",
    )
    user_model = get_user_model()
    editor = user_model.objects.create_user("door-editor", "door-editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    return {
        "archive": archive,
        "live": live,
        "unpublished": unpublished,
        "site": site,
        "topic": topic,
        "region": region,
        "glossary_term": glossary_term,
        "redirect": Redirect.objects.get(old_path="/old-issue"),
        "image": image,
        "document": document,
        "workflow": workflow,
        "editor": editor,
        "editors_group": Group.objects.get(name=roles.EDITORS),
        "root_collection": Collection.get_first_root_node(),
        "background_failure": failure,
        "mailing": Mailing.objects.filter(issue=live).order_by("pk").first(),
    }


def user_for(role: str, world):
    if role == "anonymous":
        return None
    if role == "editor":
        return world["editor"]
    kind, code = role.split(":")
    language = languages.get_language(code)
    group = (
        roles.translator_group_name(language)
        if kind == "translator"
        else roles.reviewer_group_name(language)
    )
    user = get_user_model().objects.create_user(f"door-{kind}-{code}", f"{kind}{code}@x.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


# --- Instantiating the doors ----------------------------------------------------------------

PAGE_ARGS = {"page_id", "page_to_move_id", "page_pk", "issue_id"}


def _targets(pattern, world) -> list:
    names = set(pattern.kwargs)
    if names & PAGE_ARGS or (
        "pk" in names and (pattern.namespace.startswith("wagtailadmin_api") or pattern.name == "")
    ):
        return [world["live"], world["unpublished"]]
    return [None]


def _values(pattern, kwarg: str, target, world) -> list | None:
    """The values to try for one URL argument, or None if the test does not know it."""
    ns, name = pattern.namespace, pattern.short_name
    if kwarg in PAGE_ARGS or (kwarg == "pk" and target is not None):
        return [target.pk]
    if kwarg in {"parent_page_id", "destination_id"}:
        return [world["archive"].pk]
    if kwarg == "revision_id":
        return [target.revisions.order_by("pk").first().pk]
    if kwarg in {"task_state_id", "task_id", "workflow_state_id"}:
        return [999_999]  # our site has no Wagtail workflow, so there is no task to act on
    if kwarg == "action_name":
        return list(API_PAGE_ACTIONS if ns.startswith("wagtailadmin_api") else WORKFLOW_ACTIONS)
    if kwarg in {"content_type_app_name", "content_type_model_name"}:
        return ["issues" if kwarg.endswith("app_name") else "issuepage"]
    if ns == "wagtailsettings" and kwarg in {"app_name", "model_name", "pk"}:
        return {
            "app_name": ["issues"],
            "model_name": ["publicationsettings"],
            "pk": [world["site"].pk],
        }[kwarg]
    if ns == "wagtailadmin_workflows":
        if kwarg in {"pk", "workflow_pk"} and "task" not in name:
            return [world["workflow"].pk]
        if kwarg == "pk":
            task = Task.objects.order_by("pk").first()
            return [task.pk if task else 999_999]
        if kwarg in {"app_label", "model_name"}:
            return ["wagtailcore" if kwarg == "app_label" else "groupapprovaltask"]
    if kwarg == "pk":
        by_namespace = {
            "wagtailsnippets_issues_topic": world["topic"].pk,
            "wagtailsnippets_issues_region": world["region"].pk,
            "wagtailsnippets_issues_glossaryterm": world["glossary_term"].pk,
            "wagtailsites": world["site"].pk,
            "wagtailusers_users": world["editor"].pk,
            "wagtailusers_groups": world["editors_group"].pk,
            "wagtailadmin_collections": world["root_collection"].pk,
        }
        return [by_namespace[ns]] if ns in by_namespace else None
    simple = {
        "collection_id": world["root_collection"].pk,
        "redirect_id": world["redirect"].pk,
        "document_id": world["document"].pk,
        "doc_id": world["document"].pk,
        "image_id": world["image"].pk,
        "uploaded_file_id": 999_999,
        "failure_id": world["background_failure"].pk,
        "mailing_id": world["mailing"].pk,
        "code": "ps",
        "field": "analyses",
    }
    if kwarg in simple:
        return [simple[kwarg]]
    if pattern.name == "csrs_translation_action" and kwarg == "action":
        return ["publish"]
    return None


def _bulk_doors(pattern) -> list[tuple[dict, str]]:
    bulk_action_registry.get_bulk_actions_for_model("wagtailcore", "page")  # fills the registry
    doors = []
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            for action in actions:
                values = {"app_label": app_label, "model_name": model_name, "action": action}
                doors.append((values, f"{app_label}.{model_name}.{action}"))
    return doors


def instantiate(world) -> list[tuple[str, Door]]:
    """Every door with its URL filled in: (a key naming the door, the door)."""
    instances = []
    for pattern in door_patterns():
        if pattern.name == "wagtail_bulk_action":
            for values, suffix in _bulk_doors(pattern):
                door = Door(pattern, build_path(pattern.route, values))
                instances.append((f"{pattern.name}:{suffix}", door))
            continue
        for target in _targets(pattern, world):
            choices = {}
            missing = []
            for kwarg in pattern.kwargs:
                values = _values(pattern, kwarg, target, world)
                if values is None:
                    missing.append(kwarg)
                else:
                    choices[kwarg] = values
            if missing:
                instances.append((pattern.name, Door(pattern, missing=missing)))
                continue
            combos = [{}]
            for kwarg, values in choices.items():
                combos = [{**combo, kwarg: value} for combo in combos for value in values]
            for combo in combos:
                key = pattern.name or pattern.route
                if "action_name" in combo and pattern.namespace.startswith("wagtailadmin_api"):
                    key = f"{key}:{combo['action_name']}"
                path = build_path(pattern.route, combo)
                target_pk = target.pk if target is not None else None
                instances.append((key, Door(pattern, path, target_pk=target_pk)))
    return instances


# --- What must not change -------------------------------------------------------------------

PAGE_STRUCTURE = (
    "pk",
    "path",
    "depth",
    "numchild",
    "url_path",
    "slug",
    "content_type_id",
    "live",
    "live_revision_id",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "locked",
    "locked_by_id",
    "owner_id",
    "alias_of_id",
)


def database_structure() -> dict:
    """Everything a translator or reviewer must never change (their drafts are not here)."""
    user_model = get_user_model()
    state = {"pages": list(Page.objects.order_by("pk").values_list(*PAGE_STRUCTURE))}
    for model in (
        PageViewRestriction,
        CollectionViewRestriction,
        Collection,
        Site,
        Workflow,
        WorkflowPage,
        WorkflowState,
        Task,
        GroupPagePermission,
        Group,
        Topic,
        Region,
        PublicationSettings,
        Redirect,
        IssuePDF,
        BackgroundFailure,
        get_image_model(),
        get_document_model(),
    ):
        state[model.__name__] = list(model.objects.order_by("pk").values())
    state["users"] = list(
        user_model.objects.order_by("pk").values_list(
            "pk", "username", "email", "password", "is_active", "is_staff", "is_superuser"
        )
    )
    state["user_groups"] = sorted(user_model.groups.through.objects.values_list("user", "group"))
    state["user_permissions"] = sorted(
        user_model.user_permissions.through.objects.values_list("user", "permission")
    )
    state["group_permissions"] = sorted(
        Group.permissions.through.objects.values_list("group", "permission")
    )
    state["permissions"] = Permission.objects.count()
    # Translators may propose glossary terms, never approve or change one.
    state["approved_glossary"] = list(
        GlossaryTerm.objects.filter(status=GlossaryTerm.APPROVED).order_by("pk").values()
    )
    return state


def changed_parts(before: dict, after: dict) -> list[str]:
    return sorted(key for key in before if before[key] != after[key])


def hostile_payload(world) -> dict[int, dict]:
    """Per target page: its full edit form (as an editor's browser posts it) plus every field
    the other doors read, set to do harm."""
    editor = Client()
    editor.force_login(world["editor"])
    extra = {
        "action-publish": "action-publish",
        "restriction_type": "login",
        "password": "door-password",
        "groups": str(world["editors_group"].pk),
        "new_title": "A copy",
        **{f"new_title_{lang.field_suffix}": "A copy" for lang in languages.LANGUAGES},
        "new_slug": "a-copy",
        "new_parent_page": str(world["archive"].pk),
        "publish_copies": "on",
        "include_descendants": "on",
        "chooser": str(world["archive"].pk),
        "destination_page_id": str(world["archive"].pk),
        "position": "0",
        "comment": "forged",
        "is_superuser": "on",
        "name": "Forged",
        "active": "on",
        "hostname": "evil.example.org",
        "site_name": "",
    }
    payloads = {}
    for target in (world["live"], world["unpublished"]):
        response = editor.get(f"/admin/pages/{target.pk}/edit/")
        assert response.status_code == 200
        form = querydict_from_html(response.content.decode(), form_id="page-edit-form").dict()
        for lang in languages.LANGUAGES:
            # Streams as the admin's JavaScript posts them.
            if target.has_content_in(lang):
                content = language_content(lang.code, number=target.number)
                form.update(language_form_data(lang.field_suffix, content))
            else:
                form.update(empty_language_form_data(lang.field_suffix))
        payloads[target.pk] = {**form, **extra}
    payloads[None] = payloads[world["live"].pk]
    return payloads


def try_door(client, door: Door, payload: dict, query: str) -> None:
    # The bulk actions' selection; other views ignore the query, except the API, which filters.
    url = f"{door.path}?{query}" if door.pattern.name == "wagtail_bulk_action" else door.path
    for response in (client.get(url), client.post(url, payload)):
        assert response.status_code < 500, f"{door.label}: {response.status_code}"


def run_doors(client, world) -> dict[str, list[str]]:
    """Try every door in a rolled-back savepoint; return the doors that changed something."""
    doors = instantiate(world)
    unfilled = [key for key, door in doors if door.missing]
    assert not unfilled, f"URL arguments the test cannot fill: {unfilled}"
    payloads = hostile_payload(world)
    query = f"id={world['live'].pk}&id={world['unpublished'].pk}"
    before = database_structure()
    changed: dict[str, list[str]] = {}
    for key, door in doors:
        savepoint = transaction.savepoint()
        try:
            try_door(client, door, payloads[door.target_pk], query)
            after = database_structure()
        finally:
            transaction.savepoint_rollback(savepoint)
            for cache in caches.all():
                cache.clear()
        if after != before:
            changed.setdefault(key, []).extend(changed_parts(before, after))
    return changed


# --- The tests ------------------------------------------------------------------------------


def test_the_doors_are_found_by_walking_the_admin_urls(world):
    keys = {key for key, _door in instantiate(world)}
    # A sample of what the walk must find (it finds many more).
    for expected in (
        "wagtail_bulk_action:wagtailcore.page.delete",
        "wagtail_bulk_action:wagtailcore.page.move",
        "wagtailadmin_pages:delete",
        "wagtailadmin_pages:unpublish",
        "wagtailadmin_pages:move_confirm",
        "wagtailadmin_pages:copy",
        "wagtailadmin_pages:set_privacy",
        "wagtailadmin_pages:lock",
        "wagtailadmin_pages:revisions_revert",
        "wagtailadmin_pages:workflow_action",
        "wagtailadmin_api:pages:action:delete",
        "wagtailsnippets_issues_topic:delete",
        "wagtailsettings:edit",
        "wagtailusers_groups:edit",
    ):
        assert expected in keys
    assert not any(key.endswith(":index") or key.endswith("_results") for key in keys)


@pytest.mark.parametrize("role", [role for role in ROLES if role != "editor"])
def test_no_admin_door_lets_a_translator_reviewer_or_visitor_change_the_site(role, world):
    client = Client()
    user = user_for(role, world)
    if user is not None:
        client.force_login(user)
    changed = run_doors(client, world)
    assert changed == {}, f"{role} got through: {changed}"


def test_the_same_requests_do_change_the_site_for_an_editor(world):
    """The doors are real: an editor's identical requests delete, unpublish, lock, copy …"""
    client = Client()
    client.force_login(world["editor"])
    changed = run_doors(client, world)
    assert set(changed) >= EDITOR_MUST_CHANGE, sorted(EDITOR_MUST_CHANGE - set(changed))
