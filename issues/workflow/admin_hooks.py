"""Wagtail hooks of the translation workflow (imported by issues/wagtail_hooks.py)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.log_actions import LogFormatter

from csrs import languages
from issues.workflow import action_menu, actions, roles, views
from issues.workflow.dashboard import TranslationDashboardPanel
from issues.workflow.panels import editor_state
from issues.workflow.states import ACTION_LABELS, TranslationState


@hooks.register("register_admin_urls")
def workflow_urls():
    return [
        path("translation/<int:issue_id>/", views.status_view, name="csrs_translation_status"),
        path(
            "translation/<int:issue_id>/<str:code>/<str:action>/",
            views.action_view,
            name="csrs_translation_action",
        ),
        path(
            "translation/<int:issue_id>/<str:code>/copy/<str:field>/",
            views.copy_structure_view,
            name="csrs_translation_copy_structure",
        ),
    ]


@hooks.register("insert_global_admin_css")
def workflow_styles():
    return format_html(
        '<link rel="stylesheet" href="{}">', static("css/admin-translation-workflow.css")
    )


def _is_issue(page) -> bool:
    from issues.models import IssuePage

    return isinstance(page.specific_deferred, IssuePage)


@hooks.register("before_edit_page")
def only_editors_edit_other_pages(request, page):
    """Translators' and reviewers' edit right covers issues, not the home page or archive."""
    if not roles.is_editor(request.user) and not _is_issue(page):
        raise PermissionDenied


@hooks.register("construct_page_action_menu")
def translation_actions_in_footer(menu_items, request, context):
    """Submit for review, Approve, Send back: in the issue editor's footer, for who may."""
    page = context.get("page")
    if context.get("view") != "edit" or page is None or not _is_issue(page):
        return
    issue = page.specific
    # The statuses the editor's language panels have read already (one query per request).
    statuses = editor_state(request, page).statuses
    for action, language in action_menu.footer_actions(request.user, issue, statuses):
        item = action_menu.TranslationActionMenuItem(action, language)
        if item.is_shown(context):
            menu_items.append(item)


@hooks.register("before_edit_page")
def refuse_forged_footer_action(request, page):
    """A footer action the user's role does not allow is refused before anything is saved."""
    requested = action_menu.requested_action(request)
    if requested is None or not _is_issue(page):
        return None
    action, language = requested
    if actions.can(request.user, action, language):
        return None
    message = gettext("You may not do this in this language.")
    return TemplateResponse(
        request, "workflow/refused.html", {"issue": page, "message": message}, status=403
    )


def run_footer_action(request, page):
    """After the editor's save: the footer action the user pressed, on the saved text."""
    requested = action_menu.requested_action(request)
    if requested is None or not _is_issue(page):
        return None
    action, language = requested
    comment = request.POST.get(action_menu.COMMENT_FIELD, "").strip()[:2000]
    if action == "send_back" and not comment:
        messages.error(
            request,
            gettext("Say what needs changing: sending a translation back needs a comment."),
        )
        return None
    try:
        actions.transition(page.specific, language, action, request.user, comment)
    except (PermissionDenied, actions.WorkflowError) as error:
        messages.error(request, str(error))
        return None
    messages.success(
        request,
        gettext("%(language)s: %(action)s — done.")
        % {"language": language.native_name, "action": ACTION_LABELS[action]},
    )
    return None


def _refuse_unless_editor(request, page, message):
    if roles.is_editor(request.user):
        return None
    messages.error(request, message)
    return (
        redirect("wagtailadmin_pages:edit", page.pk)
        if _is_issue(page)
        else redirect("wagtailadmin_home")
    )


@hooks.register("before_publish_page")
def only_editors_publish(request, page):
    _remember_form_outcome(request, page)
    refused = _refuse_unless_editor(request, page, gettext("Only editors publish issues."))
    if refused is not None:
        return refused
    request._workflow_publish_started = timezone.now()
    outcome = getattr(request, "_workflow_outcome", None)
    if outcome is not None and outcome[2] and _is_issue(page):
        # "Minor edit": the reference text moves on to what is published, before the
        # publish signal compares them (issues/workflow/signals.py).
        actions.detect_outdated(page.specific, request.user, minor=True, latest=page)
    return None


@hooks.register("before_delete_page")
def only_editors_delete(request, page):
    return _refuse_unless_editor(request, page, gettext("Only editors delete issues."))


@hooks.register("before_unpublish_page")
def only_editors_unpublish(request, page):
    return _refuse_unless_editor(request, page, gettext("Only editors unpublish issues."))


def _remember_form_outcome(request, page) -> None:
    if hasattr(page, "_workflow_applied_fields"):
        request._workflow_outcome = (
            page._workflow_applied_fields,
            page._workflow_refused_fields,
            page._workflow_minor_edit,
        )


@hooks.register("after_edit_page")
@hooks.register("after_publish_page")
@hooks.register("after_create_page")
def move_workflow_after_save(request, page):
    """Report refused fields, mark translators' languages in progress, apply a minor edit.

    A draft save never makes translations outdated: publishing the changed source does
    (issues/workflow/signals.py), and this reports which it made outdated.
    """
    _remember_form_outcome(request, page)
    outcome = getattr(request, "_workflow_outcome", None)
    if outcome is None or not _is_issue(page):
        return None
    applied, refused, minor = outcome
    issue = page.specific
    if refused:
        from issues.workbench.labels import form_field_label

        # Named by their labels in the user's language ("Title (English)"), not column names.
        labels = ", ".join(sorted(form_field_label(type(issue), name) for name in refused))
        messages.warning(
            request,
            gettext(
                "You may change only your language's fields. These changes were not saved: "
                "%(fields)s"
            )
            % {"fields": labels},
        )
        from wagtail.log_actions import log

        log(
            instance=issue,
            action=actions.LOG_ACTION + ".refused",
            user=request.user,
            data={"fields": sorted(refused)},
        )
    changed_languages = [
        lang
        for lang in languages.LANGUAGES
        if any(name.endswith(f"_{lang.field_suffix}") for name in applied)
    ]
    actions.record_translator_edit(issue, changed_languages, request.user)
    started = getattr(request, "_workflow_publish_started", None)
    if minor and started is None:
        # The page the view has just saved is its latest revision: no need to read it back.
        actions.detect_outdated(issue, request.user, minor=True, latest=issue)
    if started is not None:
        _report_outdated(request, issue, started)
    return None


def _report_outdated(request, issue, since) -> None:
    """Tell the editor which translations the publish they just made outdated."""
    from issues.models import TranslationEvent

    codes = set(
        TranslationEvent.objects.filter(
            issue=issue, to_state=TranslationState.NEEDS_UPDATE, created_at__gte=since
        ).values_list("language", flat=True)
    )
    if codes:
        names = ", ".join(lang.native_name for lang in languages.LANGUAGES if lang.code in codes)
        messages.info(
            request,
            gettext("The original text changed: translations to update: %(languages)s")
            % {"languages": names},
        )


# After move_workflow_after_save (order 0): the save has moved the language on first.
hooks.register("after_edit_page", run_footer_action, order=10)


@hooks.register("register_log_actions")
def register_workflow_log_actions(actions_registry):
    @actions_registry.register_action(actions.LOG_ACTION)
    class TranslationLogFormatter(LogFormatter):
        label = _("Translation")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            language = languages.get_language(data.get("language"))
            return gettext("%(language)s: %(from)s → %(to)s") % {
                "language": language.native_name,
                "from": _state_label(data.get("from")),
                "to": _state_label(data.get("to")),
            }

        def format_comment(self, log_entry):
            return (log_entry.data or {}).get("comment", "")

    @actions_registry.register_action(actions.LOG_ACTION + ".refused")
    class RefusedFieldsLogFormatter(LogFormatter):
        label = _("Refused changes")

        def format_message(self, log_entry):
            fields = ", ".join((log_entry.data or {}).get("fields", []))
            return gettext("Refused changes to fields: %(fields)s") % {"fields": fields}


def _state_label(value) -> str:
    try:
        return str(TranslationState(value).label)
    except ValueError:
        return str(value or "")


@hooks.register("construct_homepage_panels")
def add_translation_dashboard(request, panels):
    if roles.is_workflow_member(request.user):
        panels.append(TranslationDashboardPanel(request))


@hooks.register("register_page_header_buttons")
def translation_status_button(page, user, view_name=None, next_url=None):
    from wagtail.admin.widgets import Button

    if _is_issue(page) and roles.is_workflow_member(user):
        yield Button(
            gettext("Translation status"),
            reverse("csrs_translation_status", args=(page.pk,)),
            icon_name="globe",
            priority=5,
        )


class PublishingOutcomeMenuItem(ActionMenuItem):
    """Beside Wagtail's Publish button: which languages it puts live, which stay drafts."""

    name = "csrs-publishing-outcome"
    template_name = "workflow/includes/publishing_outcome.html"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context.get("view") == "edit"
            and page is not None
            and _is_issue(page)
            and not context.get("locked_for_user")
            and self.get_user_page_permissions_tester(context).can_publish()
        )

    def get_context_data(self, parent_context):
        from issues.workflow.panels import editor_state
        from issues.workflow.publishing import publishing_outcome

        context = super().get_context_data(parent_context)
        page = parent_context["page"].specific
        # The statuses the editor's panels read already (one query per request).
        statuses = editor_state(parent_context["request"], page).statuses
        context["outcomes"] = publishing_outcome(page, statuses)
        return context


@hooks.register("register_page_action_menu_item")
def publishing_outcome_menu_item():
    # Just after Wagtail's Publish (order 30).
    return PublishingOutcomeMenuItem(order=31)
