"""What the translation workflow does: transitions, outdated detection, one-language publishing.

This is the API for every way text enters the workflow (the admin, imports):

- ``apply_language_fields(issue, language, values, user)`` puts one language's fields onto the
  latest revision as a new draft revision (nothing else changes) and moves the language to
  "in progress";
- ``transition(issue, language, "submit", user, comment)`` hands it in for review (also
  ``"ready"``, ``"approve"``, ``"send_back"``), each recorded and notified;
- ``publish_language(issue, language, user)`` puts an approved language's fields onto the live
  version without publishing anyone's other draft edits.
"""

from __future__ import annotations

import copy

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from csrs import languages
from csrs.languages import Language
from issues.workflow import content, notifications, roles
from issues.workflow.states import (
    EDITOR,
    REVIEWER,
    STARTABLE,
    TRANSITIONS,
    TranslationState,
)

LOG_ACTION = "csrs.translation"


class WorkflowError(Exception):
    """A transition that is not possible from the language's current state."""


class ChecksFailed(WorkflowError):
    """Submission refused by the checks before review (issues/memory/checks.py)."""


def source_language(issue) -> Language:
    """The language translators work from: the issue's original language."""
    return languages.get_language(issue.original_language)


def latest_content(issue):
    """The issue as its latest revision has it (the live row if it has no revision).

    Read afresh: the caller's object may predate a revision saved since.
    """
    fresh = type(issue).objects.get(pk=issue.pk) if issue.pk else issue
    return fresh.get_latest_revision_as_object() if fresh.latest_revision_id else fresh


def statuses_by_language(issue) -> dict[str, object]:
    return {status.language: status for status in issue.translation_statuses.all()}


def status_for(issue, language: Language, *, create: bool = False):
    """The language's status row (unsaved and "not started" if it has none; saved with
    ``create``). A language without a row was never approved: none of its text is live."""
    from issues.models import TranslationStatus

    status = TranslationStatus.objects.filter(issue=issue, language=language.code).first()
    if status is not None:
        return status
    status = TranslationStatus(issue=issue, language=language.code)
    if create:
        status.save()
    return status


def display_state(issue, language: Language, statuses: dict | None = None, page=None) -> str:
    """The state to show, without writing anything (rows are created lazily).

    The original language of a published issue shows as approved: it is public as published.
    """
    statuses = statuses if statuses is not None else statuses_by_language(issue)
    if language.code in statuses:
        return statuses[language.code].state
    page = page or issue
    if language.code == page.original_language and page.live and page.has_content_in(language):
        return TranslationState.APPROVED
    return TranslationState.NOT_STARTED


def _record_approval(status, page, snapshot: dict | None = None) -> None:
    """Mark ``status`` approved with ``page``'s text of its language (what readers will see)
    and the source's text now (``snapshot`` if taken already) for outdated detection."""
    from issues.workflow.publishing import language_values

    source = source_language(page)
    status.state = TranslationState.APPROVED
    status.approved_at = status.approved_at or timezone.now()
    status.approved_content = language_values(page, languages.get_language(status.language))
    status.approved_source = snapshot or content.source_snapshot(page, source)
    status.approved_source_language = source.code
    status.outdated_fields = []


def _record_event(issue, language, user, from_state, to_state, comment="") -> None:
    from issues.models import TranslationEvent

    TranslationEvent.objects.create(
        issue=issue,
        language=language.code,
        user=user if user is not None and user.is_authenticated else None,
        from_state=from_state,
        to_state=to_state,
        comment=comment,
    )
    log(
        instance=issue,
        action=LOG_ACTION,
        user=user if user is not None and user.is_authenticated else None,
        data={"language": language.code, "from": from_state, "to": to_state, "comment": comment},
    )


# Editors' actions on one language that are not state transitions.
EDITOR_ACTIONS = ("publish", "unpublish", "outdate")


def can(user, action: str, language: Language) -> bool:
    """Whether ``user``'s roles allow ``action`` on ``language`` (states aside)."""
    if action in EDITOR_ACTIONS:
        return roles.is_editor(user)
    if action not in TRANSITIONS:
        return False
    role = TRANSITIONS[action][2]
    if role == EDITOR:
        return roles.is_editor(user)
    if role == REVIEWER:
        return roles.may_review(user, language)
    return roles.may_translate(user, language)


def available_actions(user, issue, language: Language, state: str, status=None) -> list[str]:
    """The actions ``user`` may take now on ``language`` (``status``: its row, if any).

    An approved text can always be published against the live source, whatever the state of
    a newer draft; an approved language on the live issue can be taken offline.
    """
    actions = [
        action
        for action, (sources, _target, _role) in TRANSITIONS.items()
        if state in sources and can(user, action, language)
    ]
    if status is None or language.code == issue.original_language or not roles.is_editor(user):
        return actions
    if status.approved_source and state != TranslationState.NEEDS_UPDATE:
        actions.append("outdate")
    if status.approved_content and issue.live:
        actions.append("publish")
        if status.withdrawn_at is None and issue.is_available_in(language):
            actions.append("unpublish")
    return actions


def _check_before_review(issue, language: Language) -> None:
    """The checks before review (issues/memory/checks.py): errors refuse the submission."""
    from issues.memory.checks import check_language

    report = check_language(issue, language)
    if report.errors:
        raise ChecksFailed(report.blocking_message())


def _remember(issue, language: Language, user) -> None:
    """Approved text goes into the translation memory (issues/memory/store.py)."""
    from issues.memory.store import record_approved

    record_approved(issue, language, user)


@transaction.atomic
def transition(issue, language: Language, action: str, user, comment: str = ""):
    """Move ``language`` of ``issue`` by ``action``; record, log and notify it.

    Raises ``PermissionDenied`` if the user's roles do not allow it, ``WorkflowError`` if the
    language's state does not. Approving does not publish: the approved text goes live with
    the issue's next publication (or "Publish this language").
    """
    if action not in TRANSITIONS or not can(user, action, language):
        raise PermissionDenied(_("You may not do this in this language."))
    sources, target, _role = TRANSITIONS[action]
    if action == "submit":
        _check_before_review(issue, language)
    status = status_for(issue, language, create=True)
    status = type(status).objects.select_for_update().get(pk=status.pk)
    if status.state not in sources:
        raise WorkflowError(
            _("This is not possible while the translation is “%(state)s”.")
            % {"state": TranslationState(status.state).label}
        )
    previous = status.state
    if target == TranslationState.APPROVED:
        _record_approval(status, latest_content(issue))
    status.state = target
    status.updated_by = user
    status.save()
    if target == TranslationState.APPROVED:
        _remember(issue, language, user)
    _record_event(issue, language, user, previous, target, comment)
    transaction.on_commit(
        lambda: notifications.notify_transition(issue, language, target, user, comment=comment)
    )
    return status


@transaction.atomic
def approve(issue, language: Language, user=None, comment: str = ""):
    """Approve ``language``'s current (latest) text in one step, from any state.

    For an editor's decision about text that needs no review (the demo's translations, a
    translation already published in print): ``user`` must be an editor; ``None`` stands for
    trusted code with no user (loaders, the command line). Recorded and logged like any
    approval. Raises ``PermissionDenied`` or ``WorkflowError`` (nothing to approve).
    """
    if user is not None and not roles.is_editor(user):
        raise PermissionDenied(_("Only editors approve a translation directly."))
    if language.code == issue.original_language:
        raise WorkflowError(_("The original language is not translated: it is published as is."))
    latest = latest_content(issue)
    if not latest.has_content_in(language):
        raise WorkflowError(_("There is no text to approve in this language."))
    status = status_for(issue, language, create=True)
    status = type(status).objects.select_for_update().get(pk=status.pk)
    previous = status.state
    _record_approval(status, latest)
    status.updated_by = user
    status.save()
    _remember(issue, language, user)
    _record_event(issue, language, user, previous, TranslationState.APPROVED, comment)
    return status


def submit_for_review(issue, language: Language, user, comment: str = ""):
    """Hand ``language`` in for review (the translator's last step; imports call it too)."""
    return transition(issue, language, "submit", user, comment)


def record_translator_edit(issue, changed_languages: list[Language], user) -> None:
    """A translator's or reviewer's save of their language: it is now "in progress"."""
    if roles.is_editor(user):
        return
    for language in changed_languages:
        status = status_for(issue, language, create=True)
        if status.state in (*STARTABLE, TranslationState.APPROVED):
            previous = status.state
            status.state = TranslationState.IN_PROGRESS
            status.updated_by = user
            status.save()
            _record_event(issue, language, user, previous, status.state)


def detect_outdated(
    issue, user, *, minor: bool = False, latest=None, only: Language | None = None
) -> dict[str, list[str]]:
    """Which approved languages' sources changed since approval, field by field.

    Called when the source is published (``latest``: the content just made live), and when an
    editor marks a language outdated (``only``; ``latest``: the latest draft). Those languages
    become "needs update" for exactly those fields, and their translators are told. With
    ``minor`` (an editor's "Minor edit, translations stay valid", on any save) the approval's
    reference text moves on to ``latest`` instead, and a language outdated by that very change
    returns to the state it was in.
    """
    outdated: dict[str, list[str]] = {}
    texts = None
    statuses = issue.translation_statuses.exclude(approved_source={})
    if only is not None:
        statuses = statuses.filter(language=only.code)
    for status in statuses:
        source = languages.get_language(status.approved_source_language)
        if source.code == status.language:
            continue
        if texts is None:
            # Every language is compared with the same source texts: flatten them once.
            latest = latest if latest is not None else latest_content(issue)
            texts = content.FieldTexts(latest)
        changed = content.changed_fields(status.approved_source, latest, source, texts)
        if minor:
            _keep_valid(issue, status, latest, source, changed, user)
            continue
        if not changed:
            continue
        new_fields = [f for f in changed if f not in status.outdated_fields]
        if not new_fields and status.state == TranslationState.NEEDS_UPDATE:
            continue
        previous = status.state
        status.outdated_fields = sorted(set(status.outdated_fields) | set(changed))
        status.state = TranslationState.NEEDS_UPDATE
        status.updated_by = user if user is not None and user.is_authenticated else None
        status.save()
        language = languages.get_language(status.language)
        _record_event(issue, language, user, previous, status.state, ", ".join(changed))
        outdated[status.language] = changed
        transaction.on_commit(
            lambda language=language, changed=changed: notifications.notify_transition(
                issue, language, TranslationState.NEEDS_UPDATE, user, fields=changed
            )
        )
    return outdated


def _keep_valid(issue, status, latest, source, changed, user) -> None:
    """A minor edit: the changed fields' reference text moves on; a language outdated only by
    fields that now match again returns to the state it had before."""
    if changed:
        snapshot = content.source_snapshot(latest, source)
        for field in changed:
            status.approved_source[field] = snapshot[field]
    remaining = [
        f
        for f in status.outdated_fields
        if f in content.changed_fields(status.approved_source, latest, source)
    ]
    restore = status.state == TranslationState.NEEDS_UPDATE and not remaining
    if not changed and not restore:
        return
    status.outdated_fields = remaining
    if restore:
        from issues.models import TranslationEvent

        before = (
            TranslationEvent.objects.filter(
                issue=issue, language=status.language, to_state=TranslationState.NEEDS_UPDATE
            )
            .values_list("from_state", flat=True)
            .first()
        )
        status.state = before or TranslationState.APPROVED
        _record_event(
            issue,
            languages.get_language(status.language),
            user,
            TranslationState.NEEDS_UPDATE,
            status.state,
            _("Minor edit, translations stay valid"),
        )
    status.save()


def mark_outdated(issue, language: Language, user) -> list[str]:
    """An editor says the latest draft of the source makes ``language`` outdated now, before
    publishing it. Returns the changed fields; ``WorkflowError`` if none changed."""
    if not can(user, "outdate", language):
        raise PermissionDenied(_("Only editors mark translations outdated."))
    with transaction.atomic():
        changed = detect_outdated(issue, user, only=language).get(language.code)
    if not changed:
        raise WorkflowError(
            _("The original text has not changed since this translation was approved.")
        )
    return changed


def apply_language_fields(issue, language: Language, values: dict[str, object], user):
    """Put ``language``'s translatable fields onto the latest revision as a new revision.

    ``values`` maps field names without suffix (``title``, ``analyses`` …) to values (text, or
    a stream's raw JSON list). Only that language's fields change; other languages' drafts and
    shared facts are kept from the latest revision. Returns the new revision.
    """
    if not roles.may_edit_language(user, language):
        raise PermissionDenied(_("You may not change this language."))
    unknown = set(values) - set(content.TRANSLATABLE_FIELDS)
    if unknown:
        raise ValueError(f"Not translatable fields: {', '.join(sorted(unknown))}")
    from issues.models import IssuePage

    with transaction.atomic(), translation.override(languages.DEFAULT_LANGUAGE.code):
        IssuePage.objects.select_for_update().filter(pk=issue.pk).first()
        page = IssuePage.objects.get(pk=issue.pk)
        latest = latest_content(page)
        for name, value in values.items():
            setattr(latest, language.field(name), value)
        revision = latest.save_revision(user=user, log_action=True, clean=False)
        record_translator_edit(page, [language], user)
    return revision


def publish_language(issue, language: Language, user):
    """Put ``language``'s approved text on the live issue (again, if it was taken offline),
    publishing nobody's drafts; returns the published revision.

    Works whatever the state of a newer draft: the approved text is what goes live.
    """
    from issues.workflow.publishing import republish

    if not can(user, "publish", language):
        raise PermissionDenied(_("Only editors publish."))
    status = status_for(issue, language)
    if language.code == issue.original_language:
        raise WorkflowError(_("The original language is published with the issue: use Publish."))
    if not status.approved_content:
        raise WorkflowError(_("Only an approved translation can be published."))
    with transaction.atomic():
        if status.withdrawn_at is not None:
            status.withdrawn_at = None
            status.save(update_fields=["withdrawn_at", "updated_at"])
        revision = republish(issue, user)
        _record_event(issue, language, user, status.state, status.state, _("Published"))
    return revision


def unpublish_language(issue, language: Language, user):
    """Take ``language`` off the live issue without unpublishing the issue; its approved text
    is kept, and "Publish this language" puts it back. Returns the published revision."""
    from issues.workflow.publishing import republish

    if not can(user, "unpublish", language):
        raise PermissionDenied(_("Only editors unpublish."))
    if language.code == issue.original_language:
        raise WorkflowError(
            _("The original language cannot be taken offline alone: unpublish the issue.")
        )
    status = status_for(issue, language)
    if status.pk is None or status.withdrawn_at is not None or not status.approved_content:
        raise WorkflowError(_("This language is not online."))
    with transaction.atomic():
        status.withdrawn_at = timezone.now()
        status.updated_by = user
        status.save(update_fields=["withdrawn_at", "updated_by", "updated_at"])
        revision = republish(issue, user)
        _record_event(issue, language, user, status.state, status.state, _("Unpublished"))
    return revision


def approval_records(page, existing: set[str]) -> list:
    """Unsaved approval records of every language with content in ``page`` but the source
    and those in ``existing``: for generated issues whose every language counts as approved
    (issues/benchmarking/). They share one snapshot of the source's text.
    """
    from issues.models import TranslationStatus

    source = source_language(page)
    records = []
    snapshot = None
    for language in languages.LANGUAGES:
        if language.code in existing or language.code == source.code:
            continue
        if page.has_content_in(language):
            if snapshot is None:
                snapshot = content.source_snapshot(page, source)
            status = TranslationStatus(issue=page, language=language.code)
            _record_approval(status, page, snapshot=copy.deepcopy(snapshot))
            records.append(status)
    return records
