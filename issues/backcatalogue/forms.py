"""The admin's upload form: one or more files, their language (or "detect"), with limits."""

from __future__ import annotations

from pathlib import PurePath

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.backcatalogue.batch import IMPORTABLE_SUFFIXES
from issues.importers import MAX_FILE_BYTES

#: At most this many files in one upload (each is parsed while the editor waits).
MAX_FILES_PER_UPLOAD = 20
DETECT = "detect"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field taking several files (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ",".join(IMPORTABLE_SUFFIXES)})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else single(data, initial)


def language_choices():
    names = dict(settings.LANGUAGES)
    return [
        (DETECT, _("Detect from the text")),
        *((lang.code, names[lang.code]) for lang in languages.LANGUAGES),
    ]


class ImportUploadForm(forms.Form):
    files = MultipleFileField(
        label=_("Files"),
        help_text=_(
            "PDF (with a text layer), Word (.docx) or plain text (.txt); up to 20 MB each."
        ),
    )
    language = forms.ChoiceField(label=_("Language of the files"), choices=language_choices)

    def clean_files(self):
        files = self.cleaned_data["files"]
        if len(files) > MAX_FILES_PER_UPLOAD:
            raise forms.ValidationError(
                _("Upload at most %(count)s files at a time.") % {"count": MAX_FILES_PER_UPLOAD},
                code="too_many_files",
            )
        errors = []
        for upload in files:
            if PurePath(upload.name).suffix.lower() not in IMPORTABLE_SUFFIXES:
                errors.append(
                    forms.ValidationError(
                        _("“%(filename)s” is not a PDF, Word (.docx) or text (.txt) file.")
                        % {"filename": upload.name},
                        code="file_type",
                    )
                )
            elif upload.size > MAX_FILE_BYTES:
                errors.append(
                    forms.ValidationError(
                        _("“%(filename)s” is too large: at most %(limit)s MB per file.")
                        % {"filename": upload.name, "limit": MAX_FILE_BYTES // (1024 * 1024)},
                        code="file_size",
                    )
                )
            elif upload.size == 0:
                errors.append(
                    forms.ValidationError(
                        _("“%(filename)s” is empty.") % {"filename": upload.name}, code="empty"
                    )
                )
        if errors:
            raise forms.ValidationError(errors)
        return files

    @property
    def language_code(self) -> str | None:
        value = self.cleaned_data.get("language")
        return None if value in (None, "", DETECT) else value
