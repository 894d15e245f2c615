"""Import a translated file: parse, validate everything, preview, then apply atomically.

Nothing is written until every unit has passed; applying puts all units onto the latest
revision in one transaction (``actions.apply_language_fields``) and submits the language for
review. Units whose source text changed since the export are flagged and applied only when the
user confirms it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree

from csrs import languages
from csrs.languages import Language
from issues.richtext.sanitise import sanitise_rich_text
from issues.translations import formats, markup, units
from issues.translations.errors import TranslationFileError, UnitError
from issues.workflow import actions, roles
from issues.workflow.states import TranslationState

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNIT_CHARS = 20_000


@dataclass
class Change:
    """One unit that the import changes."""

    unit_id: str
    context: str
    old: str
    new: str  # the stored value it will become (rich text HTML or plain text)
    stale: bool  # the source changed since the file was exported


@dataclass
class Preview:
    issue: object
    language: Language
    source: Language
    format: str
    changes: list[Change] = field(default_factory=list)
    not_submitted: str = ""  # applied, but the checks before review refused the submission

    @property
    def stale(self) -> list[Change]:
        return [change for change in self.changes if change.stale]


def _may_import(user, language: Language) -> bool:
    return roles.is_editor(user) or roles.may_translate(user, language)


def prepare(data: bytes, user, *, language: Language | None = None, issue=None) -> Preview:
    """Validate ``data`` completely and return what it would change.

    ``language``/``issue``, when given (the admin's form), must match the file's. Raises
    :class:`TranslationFileError` listing every problem, or ``PermissionDenied``.
    """
    from issues.models import IssuePage

    if len(data) > MAX_FILE_BYTES:
        raise TranslationFileError(
            [UnitError("", _("The file is larger than %(limit)s MB.") % {"limit": 5})]
        )
    try:
        parsed = formats.parse(data)
    except formats.DeclarationsRefused as error:
        raise TranslationFileError(
            [
                UnitError(
                    "",
                    _(
                        "The file declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which "
                        "translation files must not contain: it was not imported. Export the "
                        "issue again and translate that file."
                    ),
                )
            ]
        ) from error
    except formats.NotUTF8 as error:
        raise TranslationFileError(
            [
                UnitError(
                    "",
                    _(
                        "The PO file is not in UTF-8: it was not imported. Save it as UTF-8 "
                        "(most editors offer this under “Save as”) and import it again."
                    ),
                )
            ]
        ) from error
    except (etree.XMLSyntaxError, ValueError, StopIteration, AttributeError) as error:
        raise TranslationFileError(
            [
                UnitError(
                    "",
                    _("The file is not well-formed or is incomplete: %(detail)s")
                    % {"detail": str(error)[:200]},
                )
            ]
        ) from error
    if parsed.declared_count is not None and parsed.declared_count != len(parsed.units):
        raise TranslationFileError(
            [
                UnitError(
                    "",
                    _("The file is incomplete: %(found)s of %(expected)s units.")
                    % {"found": len(parsed.units), "expected": parsed.declared_count},
                )
            ]
        )
    file_language = languages.BY_CODE.get(parsed.target_language.replace("_", "-").lower())
    expected = language or file_language
    if file_language is None or expected is None or file_language.code != expected.code:
        raise TranslationFileError(
            [
                UnitError(
                    "",
                    _("The file is for the language “%(found)s”, not “%(expected)s”.")
                    % {
                        "found": parsed.target_language or "?",
                        "expected": expected.code if expected else "?",
                    },
                )
            ]
        )
    found_issue = IssuePage.objects.filter(pk=parsed.issue_id).first() if parsed.issue_id else None
    if found_issue is None or (issue is not None and found_issue.pk != issue.pk):
        raise TranslationFileError([UnitError("", _("The file is not for this issue."))])
    issue = found_issue
    if user is None or not _may_import(user, file_language):
        raise PermissionDenied(_("Only this language's translators or editors may import."))
    source = actions.source_language(actions.latest_content(issue))
    current = {unit.id: unit for unit in units.issue_units(issue, source, file_language)}
    preview = Preview(issue=issue, language=file_language, source=source, format=parsed.format)
    errors: list[UnitError] = []
    for file_unit in parsed.units:
        unit = current.get(file_unit.id)
        if unit is None:
            errors.append(UnitError(file_unit.id, _("This issue has no such unit.")))
            continue
        if file_unit.target is None:
            continue
        error = _check_unit(file_unit, unit)
        if error:
            errors.append(UnitError(file_unit.id, error))
            continue
        new = (
            sanitise_rich_text(
                markup.segment_to_html(file_unit.target, unit.skeleton), unit.features
            )
            if unit.is_rich
            else markup.segment_text(file_unit.target)
        )
        if new == unit.target_value:
            continue
        preview.changes.append(
            Change(
                unit_id=unit.id,
                context=unit.context,
                old=unit.target_value,
                new=new,
                stale=bool(file_unit.source_hash) and file_unit.source_hash != unit.source_hash,
            )
        )
    if errors:
        raise TranslationFileError(errors)
    return preview


def _check_unit(file_unit: formats.FileUnit, unit: units.Unit) -> str:
    """Why a unit's target cannot be applied ("" if it can)."""
    if len(markup.segment_text(file_unit.target)) > MAX_UNIT_CHARS:
        return _("The text is longer than %(limit)s characters.") % {"limit": MAX_UNIT_CHARS}
    try:
        markup.check_codes(file_unit.target, unit.skeleton)
    except markup.MarkupError as error:
        if str(error) == "outside":
            return _("Text outside the paragraphs: keep the source's placeholders around it.")
        if str(error) == "html":
            return _("Markup is not allowed in the text: keep only the source's placeholders.")
        return _("The placeholders were removed, added or moved: keep the source's placeholders.")
    return ""


def apply(preview: Preview, user, *, apply_stale: bool = False, comment: str = "") -> list[Change]:
    """Write the preview's changes in one transaction and submit the language for review.

    Stale units are skipped unless ``apply_stale``. Returns the changes applied. Raises
    ``PermissionDenied`` or :class:`TranslationFileError` (the workflow refused), with nothing
    written.
    """
    chosen = [change for change in preview.changes if apply_stale or not change.stale]
    if not chosen:
        raise TranslationFileError([UnitError("", _("The file changes nothing."))])
    values, unplaced = units.build_target_streams(
        preview.issue,
        preview.source,
        preview.language,
        {change.unit_id: change.new for change in chosen},
    )
    if unplaced:
        raise TranslationFileError(
            [
                UnitError(unit_id, _("This block is missing in the target language."))
                for unit_id in unplaced
            ]
        )
    try:
        with transaction.atomic():
            actions.apply_language_fields(preview.issue, preview.language, values, user)
            status = actions.status_for(preview.issue, preview.language)
            if roles.is_editor(user) and status.state in (
                TranslationState.NOT_STARTED,
                TranslationState.APPROVED,
                TranslationState.SUBMITTED,
            ):
                actions.transition(preview.issue, preview.language, "ready", user)
            try:
                actions.submit_for_review(
                    preview.issue,
                    preview.language,
                    user,
                    comment=comment
                    or _("Imported from a %(format)s file") % {"format": preview.format},
                )
            except actions.ChecksFailed as refused:
                # The text is kept as a draft; the translator fixes what the checks list.
                preview.not_submitted = str(refused)
    except actions.WorkflowError as error:
        raise TranslationFileError([UnitError("", str(error))]) from error
    return chosen
