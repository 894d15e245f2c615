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
        return {
            "rows": rows,
            "my_work": my_work,
            "languages": languages.LANGUAGES,
            "states": TranslationState.choices,
            "wanted": wanted,
            "show_my_work": not editor,
        }
