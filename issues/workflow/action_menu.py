"""Submit for review, Approve and Send back in the issue editor's footer.

Translators and reviewers meet one review system, from the editor itself: each button submits
the edit form, Wagtail saves the draft as "Save draft" does, and then the ``after_edit_page``
hook runs the transition through ``actions.transition`` — the same role and state checks, record,
log and mail as the Translation status page. The role is checked before anything is saved
(``before_edit_page``): a forged button for a language or action the user may not take is
refused with 403. Each button is offered only to users whose role allows it, per language.
"""

from __future__ import annotations

from wagtail.admin.action_menu import ActionMenuItem

from csrs import languages
from csrs.languages import Language
from issues.workflow import actions, roles
from issues.workflow.states import ACTION_LABELS, STARTABLE, TranslationState

ACTION_FIELD = "csrs-translation-action"  # posted value: "<action>:<language code>"
COMMENT_FIELD = "csrs-translation-comment"
FOOTER_ACTIONS = ("submit", "approve", "send_back")
ICONS = {"submit": "resubmit", "approve": "success", "send_back": "arrow-left"}


def footer_actions(user, issue, statuses: dict | None = None) -> list[tuple[str, Language]]:
    """The (action, language) pairs ``user`` may take on ``issue`` from the editor's footer.

    As on the Translation status page (``actions.available_actions``), plus, for a translator,
    "Submit for review" while their language is not started, ready or approved: the button
    saves their text first, which starts the work, and then hands it in. ``statuses`` are the
    issue's translation statuses by language, if the caller has read them already.
    """
    source = actions.source_language(issue)
    if statuses is None:
        statuses = actions.statuses_by_language(issue)
    editor = roles.is_editor(user)
    pairs = []
    for action in FOOTER_ACTIONS:
        for language in languages.LANGUAGES:
            state = actions.display_state(issue, language, statuses)
            if action in actions.available_actions(user, issue, language, state) or (
                action == "submit"
                and not editor
                and language.code != source.code
                and state in (*STARTABLE, TranslationState.APPROVED)
                and actions.can(user, action, language)
            ):
                pairs.append((action, language))
    return pairs


def requested_action(request) -> tuple[str, Language] | None:
    """The footer action a POST asks for, or None (also for a malformed value)."""
    if request.method != "POST":
        return None
    action, _sep, code = request.POST.get(ACTION_FIELD, "").partition(":")
    language = languages.BY_CODE.get(code)
    if action not in FOOTER_ACTIONS or language is None:
        return None
    return action, language


class TranslationActionMenuItem(ActionMenuItem):
    """One workflow action on one language, as a button of the editor's footer menu."""

    template_name = "workflow/action_menu_item.html"
    name = ACTION_FIELD

    def __init__(self, action: str, language: Language, order: int = 70):
        super().__init__(order=order)
        self.action = action
        self.language = language
        self.icon_name = ICONS[action]

    @property
    def label(self):
        from django.utils.translation import gettext

        return gettext("%(action)s (%(language)s)") % {
            "action": ACTION_LABELS[self.action],
            "language": self.language.native_name,
        }

    def is_shown(self, context):
        return context["view"] == "edit" and not context["locked_for_user"]

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context.update(
            {
                "value": f"{self.action}:{self.language.code}",
                "needs_comment": self.action == "send_back",
                "comment_field": COMMENT_FIELD,
                "dialog_id": f"csrs-{self.action}-{self.language.field_suffix}",
                "language": self.language,
            }
        )
        return context
