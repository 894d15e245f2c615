"""Mail about translations, to each recipient in their own admin language, with a link."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from csrs import languages
from csrs.base_url import admin_base_url
from csrs.languages import Language
from issues.background.queue import background_task, enqueue
from issues.workflow import roles
from issues.workflow.states import TranslationState

# Who hears of which new state: translators of the language, or its reviewers and the editors.
TO_TRANSLATORS = (
    TranslationState.READY,
    TranslationState.NEEDS_UPDATE,
    TranslationState.IN_PROGRESS,  # sent back
)
TO_REVIEWERS = (TranslationState.SUBMITTED,)
# Approved: the editors are told the language is ready to publish.
TO_EDITORS = (TranslationState.APPROVED,)


def recipients_for(language: Language, state: str, actor=None) -> list:
    """Active users with an address who should hear that ``language`` is now ``state``."""
    if state in TO_TRANSLATORS:
        groups = Q(groups__name=roles.translator_group_name(language))
    elif state in TO_REVIEWERS:
        groups = Q(groups__name=roles.reviewer_group_name(language)) | Q(groups__name=roles.EDITORS)
    elif state in TO_EDITORS:
        groups = Q(groups__name=roles.EDITORS)
    else:
        return []
    users = (
        get_user_model()
        .objects.filter(groups, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )
    if actor is not None and getattr(actor, "pk", None):
        users = users.exclude(pk=actor.pk)
    return list(users)


def preferred_language(user) -> str:
    """The recipient's admin language (Wagtail's account setting), else the site's default."""
    profile = getattr(user, "wagtail_userprofile", None)
    code = getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
    return code if translation.check_for_language(code) else settings.LANGUAGE_CODE


def work_url(issue) -> str:
    """The issue's translation status page, on the address the site is served on."""
    return admin_base_url() + reverse("csrs_translation_status", args=(issue.pk,))


def field_labels(fields) -> list[str]:
    """The fields' labels as editors see them, in the active language (not column names)."""
    from issues.panels import FIELD_LABELS

    return [str(FIELD_LABELS.get(field, field)) for field in fields]


def notify_transition(
    issue, language: Language, state: str, actor=None, fields=(), comment: str = ""
) -> int:
    """Tell the right people that ``language`` of ``issue`` is now ``state``; mails queued.

    One background task per recipient (issues/background/): a mail server that fails is
    retried for that mail alone, and nobody gets the same mail twice. ``fields``: the source
    fields that changed (for "needs update"), named by their labels in each recipient's language;
    ``comment``: the editor's note or the reviewer's reason, quoted in the mail.
    """
    actor_id = getattr(actor, "pk", None)
    queued = 0
    for user in recipients_for(language, state, actor):
        queued += enqueue(
            send_transition_mail,
            issue.pk,
            language.code,
            state,
            user.pk,
            actor_id,
            list(fields),
            comment,
        )
    return queued


@background_task(label=_("Notification mail"))
def send_transition_mail(
    issue_id: int,
    language: str,
    state: str,
    user_id: int,
    actor_id: int | None = None,
    fields: list[str] | None = None,
    comment: str = "",
) -> dict:
    """Mail one recipient, in their admin language, that ``language`` of the issue is ``state``."""
    from issues.models import IssuePage

    issue = IssuePage.objects.filter(pk=issue_id).first()
    user = get_user_model().objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if issue is None or user is None:  # deleted, or the account closed, since it was queued
        return {"sent": False}
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    lang = languages.get_language(language)
    code = preferred_language(user)
    with translation.override(code):
        context = {
            "user": user,
            "issue": issue,
            "number": issue.number,
            "language": lang,
            "language_name": translation.gettext(lang.name),
            "state": state,
            "url": work_url(issue),
            "actor": actor,
            "direction": languages.get_language(code).direction,
            "changed_fields": field_labels(fields or ()),
            "comment": comment,
        }
        subject = render_to_string("workflow/email/subject.txt", context).strip()
        body = render_to_string("workflow/email/body.txt", context)
    message = EmailMessage(subject, body, to=[user.email])
    message.extra_headers["Content-Language"] = code
    message.send()  # a mail server error fails the task: it is retried with backoff
    return {"sent": True, "to": user.email}


@background_task(label=_("Assignment mail"))
def send_assignment_mail(
    issue_id: int, language: str, role: str, user_id: int, actor_id: int | None, due: str = ""
) -> dict:
    """Mail one person, in their admin language, that an editor assigned them ``language`` of
    the issue to translate (``role`` "translator") or review ("reviewer"), by ``due``."""
    import datetime

    from issues.l10n import dates
    from issues.models import IssuePage

    issue = IssuePage.objects.filter(pk=issue_id).first()
    user = get_user_model().objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if issue is None or user is None:
        return {"sent": False}
    actor = get_user_model().objects.filter(pk=actor_id).first() if actor_id else None
    lang = languages.get_language(language)
    code = preferred_language(user)
    with translation.override(code):
        context = {
            "user": user,
            "number": issue.number,
            "language_name": translation.gettext(lang.name),
            "role": role,
            "actor": actor,
            "due": (
                dates.format_date(datetime.date.fromisoformat(due), languages.get_language(code))
                if due
                else ""
            ),
            "url": work_url(issue),
        }
        subject = render_to_string("workflow/email/assignment_subject.txt", context).strip()
        body = render_to_string("workflow/email/assignment_body.txt", context)
    message = EmailMessage(subject, body, to=[user.email])
    message.extra_headers["Content-Language"] = code
    message.send()
    return {"sent": True, "to": user.email}
