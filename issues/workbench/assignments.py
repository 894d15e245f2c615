"""Assigning a language of an issue to a named translator and reviewer, with a due date.

Only editors assign (checked here, whatever door the request came through). Assignees must
belong to the language's translator (or reviewer) group: an assignment never widens anyone's
rights, it only orders their "My work".
"""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from csrs.languages import Language
from issues.workflow import roles


def _members(group_name: str):
    return (
        get_user_model()
        .objects.filter(groups__name=group_name, is_active=True)
        .order_by("username")
        .distinct()
    )


class PersonChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.get_full_name() or obj.get_username()


class AssignmentForm(forms.Form):
    """The editor's form for one language: translator, reviewer, due date (all optional)."""

    translator = PersonChoiceField(queryset=None, required=False, label=_("Translator"))
    reviewer = PersonChoiceField(queryset=None, required=False, label=_("Reviewer"))
    due = forms.DateField(
        required=False, label=_("Due date"), widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, language: Language, **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language
        self.fields["translator"].queryset = _members(roles.translator_group_name(language))
        self.fields["reviewer"].queryset = _members(roles.reviewer_group_name(language))


def assign(issue, language: Language, user, *, translator=None, reviewer=None, due=None):
    """Record (or replace) who translates and reviews ``language`` of ``issue``, by when."""
    from issues.models import TranslationAssignment

    if not roles.is_editor(user):
        raise PermissionDenied(gettext("Only editors assign translations."))
    if translator is not None and not roles.may_translate(translator, language):
        raise PermissionDenied(gettext("This person does not translate into this language."))
    if reviewer is not None and not roles.may_review(reviewer, language):
        raise PermissionDenied(gettext("This person does not review this language."))
    before = TranslationAssignment.objects.filter(issue=issue, language=language.code).first()
    assignment, _created = TranslationAssignment.objects.update_or_create(
        issue=issue,
        language=language.code,
        defaults={"translator": translator, "reviewer": reviewer, "due": due, "assigned_by": user},
    )
    # Tell each newly assigned person (not the editor assigning themself, not who already had it).
    from issues.background.queue import enqueue_on_commit
    from issues.workflow.notifications import send_assignment_mail

    for role, person in (("translator", translator), ("reviewer", reviewer)):
        had = getattr(before, f"{role}_id", None) if before is not None else None
        if person is None or person.pk == had or person.pk == user.pk or not person.email:
            continue
        enqueue_on_commit(
            send_assignment_mail,
            issue.pk,
            language.code,
            role,
            person.pk,
            user.pk,
            due.isoformat() if due else "",
        )
    return assignment


def assignments_by_key(issue_ids) -> dict[tuple[int, str], object]:
    """``{(issue id, language code): assignment}`` of the issues, in one query."""
    from issues.models import TranslationAssignment

    rows = TranslationAssignment.objects.filter(issue_id__in=list(issue_ids)).select_related(
        "translator", "reviewer"
    )
    return {(row.issue_id, row.language): row for row in rows}


def person_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user is not None else ""
