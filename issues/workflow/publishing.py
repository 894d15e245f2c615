"""The publishing rule: only text that may be public goes live, whatever publishes it.

Every way an issue goes live in Wagtail 8 — the editor's Publish button, scheduled publishing
(``manage.py publish_scheduled``), bulk publish, a workflow's final approval, ``revision.publish()``
from the command line, and our "Publish this language" — ends in Wagtail's
``PublishRevisionAction._publish_revision``, which saves the page row (the live content) from the
revision being published with ``object.save()``, then sends ``page_published`` with that object.
``IssuePage.save()`` calls :func:`keep_only_public_text` on every full save of a live issue: that
is the one seam (tests/workflow/test_publishing_rule.py fails if Wagtail stops passing through it).

Per language, the live content carries:

- the issue's original language: as the published revision has it;
- every other language: its last approved text (``TranslationStatus.approved_content``), or
  nothing if it was never approved or an editor took it offline.

The revision is not changed: the editor's draft keeps every language's text; only the live
content omits what is not approved.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import StreamValue

from csrs import languages
from csrs.languages import Language
from issues.workflow import content

# What publishing does with one language.
ORIGINAL = "original"  # the issue's original language: goes live as published
APPROVED = "approved"  # its approved text goes live (and is what the draft holds)
REVISED = "revised"  # its approved text stays live; the newer draft waits for approval
DRAFT = "draft"  # never approved: stays a draft
WITHDRAWN = "withdrawn"  # approved, but an editor took it offline
EMPTY = "empty"  # no text

OUTCOME_LABELS = {
    ORIGINAL: _("Goes live as you publish it (original language)"),
    APPROVED: _("Goes live: approved"),
    REVISED: _("Its approved text stays live; the newer draft waits for approval"),
    DRAFT: _("Stays a draft: not approved"),
    WITHDRAWN: _("Stays offline: unpublished by an editor"),
    EMPTY: _("No text"),
}
GOES_LIVE = (ORIGINAL, APPROVED, REVISED)


@dataclass(frozen=True)
class LanguageOutcome:
    language: Language
    kind: str

    @property
    def goes_live(self) -> bool:
        return self.kind in GOES_LIVE

    @property
    def label(self) -> str:
        return str(OUTCOME_LABELS[self.kind])


def _empty(name: str):
    return [] if name in content.STREAM_FIELDS else ""


def language_values(page, language: Language) -> dict[str, object]:
    """``language``'s translatable fields of ``page`` as plain data (streams as raw JSON lists),
    as stored on approval and restored on publishing."""
    values = {}
    for name in content.TRANSLATABLE_FIELDS:
        value = getattr(page, language.field(name), None)
        if isinstance(value, StreamValue):
            value = value.get_prep_value()
        values[name] = value if value else _empty(name)
    return values


def _model_fields(page) -> dict[str, object]:
    return {field.name: field for field in type(page)._meta.get_fields()}


def _same(model_field, a, b) -> bool:
    if isinstance(a, StreamValue) and isinstance(b, list) and content.same_raw_stream(a, b):
        return True  # the stored data as it stands: no need to rebuild both streams' blocks
    return content.comparable_field_value(model_field, a) == content.comparable_field_value(
        model_field, b
    )


def _statuses(page) -> dict[str, object]:
    if not page.pk:
        return {}
    from issues.models import TranslationStatus

    return {status.language: status for status in TranslationStatus.objects.filter(issue=page.pk)}


def public_values(status, name: str):
    """The live value of one field of a language with ``status`` (a row or None)."""
    if status is None or not status.is_public:
        return _empty(name)
    return status.approved_content.get(name, _empty(name))


def keep_only_public_text(page, statuses: dict | None = None) -> list[Language]:
    """Put on ``page`` (content about to go live), per language other than the original, its
    approved text or nothing. Returns the languages whose draft text was held back."""
    statuses = _statuses(page) if statuses is None else statuses
    fields = _model_fields(page)
    original = languages.get_language(page.original_language)
    held_back = []
    for language in languages.LANGUAGES:
        if language.code == original.code:
            continue
        status = statuses.get(language.code)
        changed = False
        for name in content.TRANSLATABLE_FIELDS:
            column = language.field(name)
            target = public_values(status, name)
            if not target and name == "title" and language == languages.DEFAULT_LANGUAGE:
                # Wagtail requires a title in the default language (its admin's title): an
                # unapproved one is replaced by the original language's, which is public.
                target = getattr(page, original.field("title"), "") or ""
            if _same(fields[column], getattr(page, column, None), target):
                continue
            setattr(page, column, target)
            changed = True
        if changed:
            held_back.append(language)
    return held_back


def publishing_outcome(
    page, statuses: dict | None = None, texts: content.FieldTexts | None = None
) -> list[LanguageOutcome]:
    """What publishing ``page`` (a draft) would do with each language, in the site's order.

    ``texts``: the page's ``content.FieldTexts`` when the caller (the editor) already has them.
    """
    statuses = _statuses(page) if statuses is None else statuses
    texts = texts if texts is not None and texts.page is page else content.FieldTexts(page)
    fields = _model_fields(page)
    outcomes = []
    for language in languages.LANGUAGES:
        status = statuses.get(language.code)
        has_text = any(
            content.is_filled(page, name, language, texts) for name in content.TRANSLATABLE_FIELDS
        )
        if language.code == page.original_language:
            kind = ORIGINAL if has_text else EMPTY
        elif status is not None and status.approved_content and status.withdrawn_at:
            kind = WITHDRAWN
        elif status is not None and status.approved_content:
            same = all(
                _same(
                    fields[language.field(name)],
                    getattr(page, language.field(name), None),
                    status.approved_content.get(name, _empty(name)),
                )
                for name in content.TRANSLATABLE_FIELDS
            )
            kind = APPROVED if same else REVISED
        else:
            kind = DRAFT if has_text else EMPTY
        outcomes.append(LanguageOutcome(language, kind))
    return outcomes


_SHARED_FIELDS = ("number", "week_start", "week_end", "original_language", "topics", "regions")


def differs(a, b) -> bool:
    """Whether two versions of an issue differ in any language's text or in a shared fact."""
    fields = _model_fields(a)
    names = [lang.field(n) for lang in languages.LANGUAGES for n in content.TRANSLATABLE_FIELDS]
    for name in [*names, *_SHARED_FIELDS]:
        values = []
        for page in (a, b):
            value = getattr(page, name)
            values.append(list(value.all()) if hasattr(value, "all") else value)
        if not _same(fields[name], values[0], values[1]):
            return True
    return False


def republish(issue, user):
    """Publish the live content again under the current approvals; returns the new revision.

    What "Publish this language" and "Unpublish this language" do (see
    docs/translation-workflow.md): lock the page row; save the live content as a revision and
    publish it (the rule puts each language's approved text on it, or takes it off); if the
    editors' latest draft differs from what is now live, save the draft again as the newest
    revision, so their work stays the latest draft and ``has_unpublished_changes`` stays true.
    Revisions store both ``title`` and ``title_en``: this runs in the default language.
    """
    from issues.models import IssuePage
    from issues.workflow.actions import WorkflowError, latest_content

    with transaction.atomic(), translation.override(languages.DEFAULT_LANGUAGE.code):
        page = IssuePage.objects.select_for_update().get(pk=issue.pk)
        if not page.live:
            raise WorkflowError(_("Publish the issue first; then publish its languages."))
        draft = latest_content(page)
        live = IssuePage.objects.get(pk=page.pk)  # the row holds the live content
        revision = live.save_revision(user=user, log_action=True, clean=False)
        revision.publish(user=user, log_action=True)
        published = IssuePage.objects.get(pk=page.pk)
        if differs(draft, published):
            draft.save_revision(user=user, log_action=True, clean=False)
    return revision
