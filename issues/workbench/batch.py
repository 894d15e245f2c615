"""Several issues at once: one XLIFF/PO package for a language, and its import, issue by issue.

Export: the issues an editor or translator may edit, into one zip (``translations.export``),
by default into the user's own language, never from an issue's original into itself. Import:
each file of the package is validated and applied on its own (all or nothing per issue, as
the one-issue import); one report lists what each file did.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from csrs import languages
from csrs.languages import Language
from issues.translations import export, importer
from issues.translations.errors import TranslationFileError
from issues.workflow import roles

MAX_FILES = 100
MAX_PACKAGE_BYTES = 20 * 1024 * 1024
FILE_ENDINGS = (".xlf", ".xliff", ".po")
RECENT_ISSUES = 50


def default_target(user) -> Language:
    """The user's own language (a translator's first); for editors the first translation."""
    if not roles.is_editor(user):
        mine = roles.translator_languages(user) or roles.editable_languages(user)
        if mine:
            return mine[0]
    return next(lang for lang in languages.LANGUAGES if lang != languages.DEFAULT_LANGUAGE)


def editable_issues(user):
    """Recent issues ``user`` may edit (the exchange's rule), newest first."""
    from issues.models import IssuePage

    issues = IssuePage.objects.order_by("-number")[:RECENT_ISSUES]
    return [issue for issue in issues if issue.permissions_for_user(user).can_edit()]


class BatchExportForm(forms.Form):
    issues = forms.MultipleChoiceField(
        label=gettext_lazy("Issues"), widget=forms.CheckboxSelectMultiple
    )
    language = forms.ChoiceField(label=gettext_lazy("Target language"))
    format = forms.ChoiceField(label=gettext_lazy("Format"))

    def __init__(self, *args, user, **kwargs):
        from issues.translations.views import FORMAT_CHOICES

        super().__init__(*args, **kwargs)
        self.user = user
        self.issue_objects = {str(issue.pk): issue for issue in editable_issues(user)}
        self.fields["issues"].choices = [
            (pk, str(issue)) for pk, issue in self.issue_objects.items()
        ]
        self.fields["language"].choices = [
            (lang.code, lang.native_name) for lang in languages.LANGUAGES
        ]
        self.fields["language"].initial = default_target(user).code
        self.fields["format"].choices = FORMAT_CHOICES

    def clean(self):
        cleaned = super().clean()
        code = cleaned.get("language")
        chosen = [self.issue_objects[pk] for pk in cleaned.get("issues", [])]
        originals = [issue for issue in chosen if issue.original_language == code]
        if originals:
            # Never source → source: name the issues written in the chosen language.
            raise forms.ValidationError(
                _("These issues are written in the target language: %(issues)s")
                % {"issues": ", ".join(f"#{issue.number}" for issue in originals)}
            )
        cleaned["issue_objects"] = chosen
        return cleaned


def export_package(issues, target: Language, format: str, user) -> tuple[str, bytes]:
    """One zip holding a file per issue (even for one issue: one package to hand over)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for issue in issues:
            package.writestr(
                export.filename(issue, target, format),
                export.export_issue(issue, target, format, user),
            )
    return f"issues-{target.code}-{format}.zip", buffer.getvalue()


@dataclass
class FileOutcome:
    """What one file of a package did: units applied, or why nothing was."""

    name: str
    issue: object = None
    applied: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def _members(data: bytes) -> list[tuple[str, bytes]]:
    """The translation files of a zip, each checked for size before it is read."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ValueError(_("The file is not a zip package.")) from error
    infos = [
        info
        for info in package.infolist()
        if not info.is_dir() and info.filename.lower().endswith(FILE_ENDINGS)
    ]
    if not infos:
        raise ValueError(_("The package holds no XLIFF or PO file."))
    if len(infos) > MAX_FILES:
        raise ValueError(_("The package holds more than %(count)s files.") % {"count": MAX_FILES})
    if sum(info.file_size for info in infos) > MAX_PACKAGE_BYTES:
        # Checked on the zip's directory, before anything is inflated (zipfile reads no more
        # than a member's declared size).
        raise ValueError(_("The package is larger than %(limit)s MB.") % {"limit": 20})
    members = []
    for info in infos:
        if info.file_size > importer.MAX_FILE_BYTES:
            members.append((info.filename, b""))  # reported as too large, never inflated
            continue
        members.append((info.filename, package.read(info)))
    return members


def import_package(data: bytes, user, language: Language) -> list[FileOutcome]:
    """Apply each file of the package on its own; every file's outcome, in package order."""
    outcomes = []
    for name, content in _members(data):
        outcome = FileOutcome(name=name)
        outcomes.append(outcome)
        if not content:
            outcome.errors = [_("The file is larger than %(limit)s MB.") % {"limit": 5}]
            continue
        try:
            preview = importer.prepare(content, user, language=language)
            outcome.issue = preview.issue
            outcome.applied = len(importer.apply(preview, user))
        except TranslationFileError as error:
            outcome.errors = [str(problem) for problem in error.errors]
        except PermissionDenied as error:
            outcome.errors = [str(error) or _("You may not import into this issue.")]
    return outcomes
