"""The admin home page panel: recent issues × languages, state and progress; "my work"."""

from __future__ import annotations

from wagtail.admin.ui.components import Component

from csrs import languages
from issues.workflow import actions, content, roles
from issues.workflow.states import TranslationState

RECENT_ISSUES = 10
# What waits for a translator, and for a reviewer.
TRANSLATOR_WORK = (
    TranslationState.READY,
    TranslationState.IN_PROGRESS,
    TranslationState.NEEDS_UPDATE,
)
REVIEWER_WORK = (TranslationState.SUBMITTED,)


class TranslationDashboardPanel(Component):
    name = "translation_dashboard"
    template_name = "workflow/dashboard_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        from issues.models import IssuePage

        user = self.request.user
        wanted = self.request.GET.get("translation_state", "")
        issues = list(
            IssuePage.objects.order_by("-number").prefetch_related("translation_statuses")[
                :RECENT_ISSUES
            ]
        )
        mine_translate = {lang.code for lang in roles.translator_languages(user)}
        mine_review = {lang.code for lang in roles.reviewer_languages(user)}
        editor = roles.is_editor(user)
        rows, my_work = [], []
        for issue in issues:
            latest = actions.latest_content(issue)
            source = actions.source_language(latest)
            statuses = {s.language: s for s in issue.translation_statuses.all()}
            cells = []
            for language in languages.LANGUAGES:
                state = actions.display_state(issue, language, statuses)
                done, total = content.progress(latest, language, source)
                cells.append(
                    {
                        "language": language,
                        "state": state,
                        "state_label": TranslationState(state).label,
                        "done": done,
                        "total": total,
                        "percent": round(100 * done / total) if total else 0,
                    }
                )
                if not editor and (
                    (language.code in mine_translate and state in TRANSLATOR_WORK)
                    or (language.code in mine_review and state in REVIEWER_WORK)
                ):
                    my_work.append({"issue": issue, "cell": cells[-1]})
            if wanted and not any(cell["state"] == wanted for cell in cells):
                continue
            rows.append({"issue": issue, "cells": cells})
        _attach_last_comments(my_work)
        _attach_assignments([issue.pk for issue in issues], rows, my_work, user)
        return {
            "rows": rows,
            "my_work": my_work,
            "languages": languages.LANGUAGES,
            "states": TranslationState.choices,
            "wanted": wanted,
            "show_my_work": not editor,
        }


SENT_BACK_FROM = (TranslationState.SUBMITTED, TranslationState.APPROVED)


def _attach_last_comments(my_work: list[dict]) -> None:
    """Give each work item the comment that put it in its state, if any (one query).

    A reviewer's reason for sending it back ("Sent back: …"), or the editor's note when the
    language was made ready for translation.
    """
    from issues.models import TranslationEvent

    if not my_work:
        return
    wanted = {(item["issue"].pk, item["cell"]["language"].code): item for item in my_work}
    events = TranslationEvent.objects.filter(
        issue_id__in={issue_id for issue_id, _code in wanted},
        language__in={code for _issue_id, code in wanted},
    ).order_by("-created_at", "-pk")
    seen: set[tuple[int, str]] = set()
    for event in events.select_related("user"):
        key = (event.issue_id, event.language)
        if key not in wanted or key in seen:
            continue
        seen.add(key)  # only the latest event of each item tells why it is where it is
        item = wanted[key]
        if not event.comment or event.to_state != item["cell"]["state"]:
            continue
        item["comment"] = event.comment
        item["sent_back"] = (
            event.to_state == TranslationState.IN_PROGRESS and event.from_state in SENT_BACK_FROM
        )
        item["comment_by"] = event.user


def _attach_assignments(issue_ids, rows: list[dict], my_work: list[dict], user) -> None:
    """Who has what (issues/workbench/assignments.py), in one query; the user's assigned
    work first in "My work", soonest due first. Unassigned work stays listed for the group."""
    import datetime

    from issues.workbench.assignments import assignments_by_key

    by_key = assignments_by_key(issue_ids)
    for row in rows:
        for cell in row["cells"]:
            cell["assignment"] = by_key.get((row["issue"].pk, cell["language"].code))
    for item in my_work:
        assignment = by_key.get((item["issue"].pk, item["cell"]["language"].code))
        item["assignment"] = assignment
        item["assigned_to_me"] = assignment is not None and user.pk in (
            assignment.translator_id,
            assignment.reviewer_id,
        )
    my_work.sort(
        key=lambda item: (
            not item["assigned_to_me"],
            (item["assignment"] and item["assignment"].due) or datetime.date.max,
        )
    )
