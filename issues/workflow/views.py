"""Admin views: an issue's translation status page, its actions, and "copy source structure"."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from csrs import languages
from issues.workflow import actions, content, copying, notifications, roles
from issues.workflow.states import ACTION_LABELS, TranslationState


def _issue_for(request, issue_id):
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    if not roles.is_workflow_member(request.user):
        raise PermissionDenied
    if not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return issue


def _language(code: str):
    language = languages.BY_CODE.get(code)
    if language is None:
        raise Http404
    return language


def language_rows(issue, user, latest=None):
    """Per language: state, progress, outdated fields with diffs, and the user's actions."""
    latest = latest or actions.latest_content(issue)
    source = actions.source_language(latest)
    statuses = actions.statuses_by_language(issue)
    rows = []
    for language in languages.LANGUAGES:
        state = actions.display_state(issue, language, statuses)
        status = statuses.get(language.code)
        done, total = content.progress(latest, language, source)
        outdated = []
        if status is not None and status.outdated_fields:
            status_source = languages.get_language(status.approved_source_language)
            for field in status.outdated_fields:
                old = (status.approved_source.get(field) or {}).get("text", "")
                new = content.field_text(latest, field, status_source)
                outdated.append(
                    {
                        "field": field,
                        "label": _field_label(field),
                        "diff": content.text_diff(old, new),
                    }
                )
        rows.append(
            {
                "language": language,
                "is_source": language.code == source.code,
                "state": state,
                "state_label": TranslationState(state).label,
                "done": done,
                "total": total,
                "percent": round(100 * done / total) if total else 0,
                "outdated": outdated,
                "actions": [
                    (name, ACTION_LABELS[name])
                    for name in actions.available_actions(
                        user, issue, language, state, status=status
                    )
                ],
                "may_edit": roles.may_edit_language(user, language),
                "is_live": issue.live and issue.is_available_in(language),
                "withdrawn": status is not None and status.withdrawn_at is not None,
                "empty_streams": [
                    (field, _field_label(field))
                    for field in content.STREAM_FIELDS
                    if language.code != source.code
                    and not content.is_filled(latest, field, language)
                    and content.is_filled(latest, field, source)
                ],
            }
        )
    return rows


def _field_label(field: str) -> str:
    from issues.panels import FIELD_LABELS

    return str(FIELD_LABELS.get(field, field))


def status_view(request, issue_id):
    """Each language's state, progress, outdated fields (with diffs), actions and history."""
    issue = _issue_for(request, issue_id)
    events = issue.translation_events.select_related("user")[:50]
    return TemplateResponse(
        request,
        "workflow/status.html",
        {
            "issue": issue,
            "rows": _with_assignments(issue, language_rows(issue, request.user), request.user),
            "events": [
                {
                    "event": event,
                    "language": languages.get_language(event.language),
                    "from_label": TranslationState(event.from_state).label,
                    "to_label": TranslationState(event.to_state).label,
                }
                for event in events
            ],
            "edit_url": reverse("wagtailadmin_pages:edit", args=(issue.pk,)),
            "pdf_failures": pdf_failures(issue),
            "is_editor": roles.is_editor(request.user),
        },
    )


def _with_assignments(issue, rows: list[dict], user) -> list[dict]:
    """Each language's assignment (who translates, who reviews, by when) and, for editors,
    the form to change it (issues/workbench/assignments.py)."""
    from issues.workbench import assignments

    by_key = assignments.assignments_by_key([issue.pk])
    editor = roles.is_editor(user)
    for row in rows:
        assignment = by_key.get((issue.pk, row["language"].code))
        row["assignment"] = assignment
        if editor and not row["is_source"]:
            row["assign_form"] = assignments.AssignmentForm(
                language=row["language"],
                initial={
                    "translator": getattr(assignment, "translator_id", None),
                    "reviewer": getattr(assignment, "reviewer_id", None),
                    "due": getattr(assignment, "due", None),
                },
                prefix=f"assign-{row['language'].code}",
            )
    return rows


def pdf_failures(issue) -> list[dict]:
    """Languages whose last PDF build failed: when, and the error's first line."""
    return [
        {
            "language": languages.get_language(record.language),
            "failed_at": record.failed_at,
            "error": record.error.splitlines()[0] if record.error else "",
        }
        for record in issue.pdfs.exclude(error="").order_by("language")
        if record.language in languages.BY_CODE
    ]


def _back(request, issue):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("csrs_translation_status", issue.pk)


@require_POST
def action_view(request, issue_id, code, action):
    """Run one workflow action (submit, approve, send back, ready; an editor's publish, unpublish
    or "mark outdated") on one language."""
    issue = _issue_for(request, issue_id)
    language = _language(code)
    if action not in ACTION_LABELS:
        raise Http404
    comment = request.POST.get("comment", "").strip()[:2000]
    try:
        if action == "publish":
            actions.publish_language(issue, language, request.user)
            messages.success(
                request,
                _("%(language)s is published.") % {"language": language.native_name},
            )
        elif action == "unpublish":
            actions.unpublish_language(issue, language, request.user)
            messages.success(
                request,
                _("%(language)s is unpublished; the issue stays online in its other languages.")
                % {"language": language.native_name},
            )
        elif action == "outdate":
            changed = actions.mark_outdated(issue, language, request.user)
            messages.success(
                request,
                _("%(language)s needs an update: %(fields)s")
                % {
                    "language": language.native_name,
                    "fields": ", ".join(notifications.field_labels(changed)),
                },
            )
        else:
            actions.transition(issue, language, action, request.user, comment)
            messages.success(
                request,
                _("%(language)s: %(action)s — done.")
                % {"language": language.native_name, "action": ACTION_LABELS[action]},
            )
    except PermissionDenied as error:
        messages.error(request, str(error) or _("You may not do this in this language."))
        return TemplateResponse(
            request, "workflow/refused.html", {"issue": issue, "message": str(error)}, status=403
        )
    except actions.WorkflowError as error:
        messages.error(request, str(error))
    return _back(request, issue)


@require_POST
def copy_structure_view(request, issue_id, code, field):
    """Fill an empty stream of ``code`` with the source's blocks, to translate in place."""
    issue = _issue_for(request, issue_id)
    language = _language(code)
    if field not in content.STREAM_FIELDS:
        raise Http404
    if not roles.may_edit_language(request.user, language):
        raise PermissionDenied
    latest = actions.latest_content(issue)
    source = languages.BY_CODE.get(request.POST.get("source", ""))
    if source is None or source.code == language.code:
        source = actions.source_language(latest)
    if source.code == language.code:
        raise Http404
    try:
        copying.copy_source_structure(issue, language, source, field, request.user)
    except copying.AlreadyFilled as error:
        messages.error(request, str(error))
        return _back(request, issue)
    messages.success(
        request,
        _("The source's structure was copied: translate each block in place."),
    )
    # Back in the language's own tab (tab anchors are tied to the language, issues/panels.py).
    return redirect(reverse("wagtailadmin_pages:edit", args=(issue.pk,)) + f"#tab-{language.code}")
