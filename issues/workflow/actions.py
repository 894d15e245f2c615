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


def source_language(issue) -> Language:
    """The language translators work from: the issue's original language."""
    return languages.get_language(issue.original_language)


def latest_content(issue):
    """The issue as its latest revision has it (the live row if it has no revision).

    Read afresh: the caller's object may predate a revision saved since.
    """
    fresh = type(issue).objects.get(pk=issue.pk) if issue.pk else issue
    return fresh.get_latest_revision_as_object() if fresh.latest_revision_id else fresh


def _live_has_content(issue, language: Language) -> bool:
    from issues.models import IssuePage

    live = IssuePage.objects.filter(pk=issue.pk, live=True).first()
    return bool(live and live.has_content_in(language))


def statuses_by_language(issue) -> dict[str, object]:
    return {status.language: status for status in issue.translation_statuses.all()}


def status_for(issue, language: Language, *, create: bool = False):
    """The language's status; without a row, a published language counts as approved.

    With ``create``, the row is saved (an editor-published language gets its approval
    recorded, with the current live source as the reference for outdated detection).
    """
    from issues.models import TranslationStatus

    status = TranslationStatus.objects.filter(issue=issue, language=language.code).first()
    if status is not None:
        return status
    status = TranslationStatus(issue=issue, language=language.code)
    if _live_has_content(issue, language):
        _record_approval(status, issue.specific_class.objects.get(pk=issue.pk))
    if create:
        status.save()
    return status


def display_state(issue, language: Language, statuses: dict | None = None, page=None) -> str:
    """The state to show, without writing anything (rows are created lazily)."""
    statuses = statuses if statuses is not None else statuses_by_language(issue)
    if language.code in statuses:
        return statuses[language.code].state
    page = page or issue
    if page.live and page.has_content_in(language):
        return TranslationState.APPROVED
    return TranslationState.NOT_STARTED


def _record_approval(status, source_page, snapshot: dict | None = None) -> None:
    """Mark ``status`` approved against the source's text now (``snapshot`` if taken already)."""
    source = source_language(source_page)
    status.state = TranslationState.APPROVED
    status.approved_at = status.approved_at or timezone.now()
    status.approved_source = snapshot or content.source_snapshot(source_page, source)
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


def can(user, action: str, language: Language) -> bool:
    """Whether ``user``'s roles allow ``action`` on ``language`` (states aside)."""
    if action == "publish":
        return roles.is_editor(user)
    if action not in TRANSITIONS:
        return False
    role = TRANSITIONS[action][2]
    if role == EDITOR:
        return roles.is_editor(user)
    if role == REVIEWER:
        return roles.may_review(user, language)
    return roles.may_translate(user, language)


def available_actions(user, issue, language: Language, state: str) -> list[str]:
    """The actions ``user`` may take now on ``language``."""
    actions = [
        action
        for action, (sources, _target, _role) in TRANSITIONS.items()
        if state in sources and can(user, action, language)
    ]
    if state == TranslationState.APPROVED and can(user, "publish", language):
        actions.append("publish")
    return actions


@transaction.atomic
def transition(issue, language: Language, action: str, user, comment: str = ""):
    """Move ``language`` of ``issue`` by ``action``; record, log and notify it.

    Raises ``PermissionDenied`` if the user's roles do not allow it, ``WorkflowError`` if the
    language's state does not.
    """
    if action not in TRANSITIONS or not can(user, action, language):
        raise PermissionDenied(_("You may not do this in this language."))
    sources, target, _role = TRANSITIONS[action]
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
    _record_event(issue, language, user, previous, target, comment)
    if target == TranslationState.APPROVED:
        refresh_available_languages(issue)
    transaction.on_commit(lambda: notifications.notify_transition(issue, language, target, user))
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


def detect_outdated(issue, user, *, minor: bool = False, latest=None) -> dict[str, list[str]]:
    """After a save: which approved languages' sources changed, field by field.

    Those languages become "needs update" for exactly those fields (and their translators
    are told), unless the edit is ``minor``: then the approval's reference text is moved on.
    ``latest`` is the issue as its latest revision has it, if the caller holds it (the page it
    has just saved); otherwise it is read afresh, and only if some language needs comparing.
    """
    outdated: dict[str, list[str]] = {}
    texts = None
    for status in issue.translation_statuses.exclude(approved_source={}):
        source = languages.get_language(status.approved_source_language)
        if source.code == status.language:
            continue
        if texts is None:
            # Every language is compared with the same source texts: flatten them once.
            latest = latest if latest is not None else latest_content(issue)
            texts = content.FieldTexts(latest)
        changed = content.changed_fields(status.approved_source, latest, source, texts)
        if not changed:
            continue
        if minor:
            snapshot = content.source_snapshot(latest, source)
            for field in changed:
                status.approved_source[field] = snapshot[field]
            status.save(update_fields=["approved_source", "updated_at"])
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
            lambda language=language: notifications.notify_transition(
                issue, language, TranslationState.NEEDS_UPDATE, user
            )
        )
    return outdated


def refresh_available_languages(issue) -> None:
    """Recompute which languages readers see, on the live row only."""
    from issues.models import IssuePage

    live = IssuePage.objects.get(pk=issue.pk)
    codes = live.compute_available_languages()
    value = f" {' '.join(codes)} " if codes else ""
    if value != live.available_languages:
        IssuePage.objects.filter(pk=issue.pk).update(available_languages=value)
        # An approved language of a live issue is readable now: its record and DOI follow.
        from issues.scholarly.signals import issue_exposure_changed

        issue_exposure_changed(issue.pk, published=True)


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


_BOOKKEEPING = {"live", "has_unpublished_changes", "latest_revision", "live_revision"}


def _differs_outside(language: Language, a, b) -> bool:
    """Whether two versions of an issue differ in anything but ``language``'s fields."""
    own = {language.field(name) for name in content.TRANSLATABLE_FIELDS}
    names = [f"title_{lang.field_suffix}" for lang in languages.LANGUAGES]
    names += [lang.field(n) for lang in languages.LANGUAGES for n in content.TRANSLATABLE_FIELDS]
    names += ["number", "week_start", "week_end", "original_language", "topics"]
    model_fields = {field.name: field for field in type(a)._meta.get_fields()}
    for name in dict.fromkeys(names):
        if name in own:
            continue
        field = model_fields[name]
        values = []
        for page in (a, b):
            value = getattr(page, name)
            values.append(list(value.all()) if name == "topics" else value)
        if content.comparable_field_value(field, values[0]) != content.comparable_field_value(
            field, values[1]
        ):
            return True
    return False


def publish_language(issue, language: Language, user):
    """Publish ``language``'s latest fields onto the live version, and nothing else.

    Procedure (see docs/translation-workflow.md): lock the page row; start from the live
    revision; copy the language's fields from the latest revision; save and publish that as a
    new revision; if the latest draft held other unpublished changes, save it again as the
    newest revision so editors keep their draft. Returns the published revision.
    """
    from issues.models import IssuePage

    if not can(user, "publish", language):
        raise PermissionDenied(_("Only editors publish."))
    status = status_for(issue, language)
    if status.state != TranslationState.APPROVED:
        raise WorkflowError(_("Only an approved translation can be published."))
    # Revisions store both title and title_en; plain keys follow the active language.
    with transaction.atomic(), translation.override(languages.DEFAULT_LANGUAGE.code):
        page = IssuePage.objects.select_for_update().get(pk=issue.pk)
        if not page.live:
            raise WorkflowError(_("Publish the issue first; then publish its languages."))
        latest = latest_content(page)
        live = page.live_revision.as_object() if page.live_revision_id else page
        had_other_changes = page.has_unpublished_changes and _differs_outside(
            language, latest, live
        )
        for name in content.TRANSLATABLE_FIELDS:
            setattr(live, language.field(name), getattr(latest, language.field(name)))
        revision = live.save_revision(user=user, log_action=True, clean=False)
        revision.publish(user=user, log_action=True)
        if had_other_changes:
            latest.save_revision(user=user, log_action=True, clean=False)
        _record_event(
            page,
            language,
            user,
            TranslationState.APPROVED,
            TranslationState.APPROVED,
            _("Published"),
        )
    return revision


def approval_records(page, existing: set[str]) -> list:
    """Unsaved approval records of the languages an editor published directly in ``page``.

    Every language with content gets one, except the source and those in ``existing`` (already
    in the workflow, keeping their own state). They share one snapshot of the source's text.
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


def snapshot_published_languages(page) -> None:
    """After any publish: editor-published languages get an approval record.

    That is what outdated detection compares later source edits with; languages already in
    the workflow keep their own state.
    """
    from issues.models import TranslationStatus

    existing = set(page.translation_statuses.values_list("language", flat=True))
    TranslationStatus.objects.bulk_create(approval_records(page, existing))
