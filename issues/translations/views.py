"""Admin views: export an issue for outside translators; import a file with preview → confirm.

The upload is kept between preview and confirmation in the default storage, named by a signed
token (issues/backcatalogue/uploads.py); the confirmation validates the file again before it
applies anything, so a file that became invalid meanwhile is still refused whole.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from csrs import languages
from issues.backcatalogue.uploads import (
    InvalidUploadToken,
    load_upload,
    purge_expired_uploads,
    store_upload,
)
from issues.translations import export, formats, importer
from issues.translations.errors import TranslationFileError

FORMAT_CHOICES = [
    ("xliff12", "XLIFF 1.2"),
    ("xliff20", "XLIFF 2.0"),
    ("po", "PO (gettext)"),
]


def _language_choices():
    return [(lang.code, lang.native_name) for lang in languages.LANGUAGES]


class ExportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Target language"), choices=_language_choices)
    format = forms.ChoiceField(label=gettext_lazy("Format"), choices=FORMAT_CHOICES)
    with_memory = forms.BooleanField(
        label=gettext_lazy("Include translation memory matches"), required=False
    )


class ImportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Target language"), choices=_language_choices)
    file = forms.FileField(label=gettext_lazy("Translated file (XLIFF or PO)"))


def _issue_for(request, issue_id):
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    if not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return issue


def _page(request, issue, export_form=None, import_form=None, errors=None, status=200):
    return TemplateResponse(
        request,
        "translations/exchange.html",
        {
            "issue": issue,
            "export_form": export_form or ExportForm(),
            "import_form": import_form or ImportForm(),
            "errors": errors or [],
        },
        status=status,
    )


def exchange_view(request, issue_id):
    """The export form and the import upload of one issue."""
    return _page(request, _issue_for(request, issue_id))


def export_view(request, issue_id):
    """Download the issue's units for the chosen language and format."""
    issue = _issue_for(request, issue_id)
    form = ExportForm(request.GET)
    if not form.is_valid():
        return _page(request, issue, export_form=form, status=400)
    language = languages.BY_CODE[form.cleaned_data["language"]]
    try:
        name, data = export.export_issues(
            [issue],
            language,
            form.cleaned_data["format"],
            request.user,
            with_memory=form.cleaned_data["with_memory"],
        )
    except ValueError as error:
        return _page(request, issue, export_form=form, errors=[str(error)], status=400)
    content_type = "text/x-gettext-translation" if name.endswith(".po") else "application/xliff+xml"
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_POST
def import_view(request, issue_id):
    """Validate an upload completely and show what it would change (nothing is written)."""
    issue = _issue_for(request, issue_id)
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, issue, import_form=form, status=400)
    purge_expired_uploads()
    upload = form.cleaned_data["file"]
    if upload.size > importer.MAX_FILE_BYTES:
        message = _("The file is larger than %(limit)s MB.") % {"limit": 5}
        return _page(request, issue, import_form=form, errors=[message], status=400)
    data = upload.read()
    language = languages.BY_CODE[form.cleaned_data["language"]]
    try:
        preview = importer.prepare(data, request.user, language=language, issue=issue)
    except TranslationFileError as error:
        return _page(request, issue, import_form=form, errors=error.errors, status=400)
    except PermissionDenied as error:
        return _page(request, issue, import_form=form, errors=[str(error)], status=403)
    _stored, token = store_upload(data, upload.name, language.code)
    return TemplateResponse(
        request,
        "translations/preview.html",
        {"issue": issue, "preview": preview, "token": token, "filename": upload.name},
    )


@require_POST
def confirm_view(request, issue_id):
    """Apply a previewed file: validated again, then all units in one transaction."""
    issue = _issue_for(request, issue_id)
    try:
        stored = load_upload(request.POST.get("token", ""))
    except InvalidUploadToken:
        return _page(
            request,
            issue,
            errors=[_("This preview has expired: upload the file again.")],
            status=400,
        )
    language = languages.BY_CODE.get(stored.language)
    try:
        preview = importer.prepare(stored.read(), request.user, language=language, issue=issue)
        applied = importer.apply(
            preview, request.user, apply_stale=request.POST.get("apply_flagged") == "on"
        )
    except (TranslationFileError, FileNotFoundError) as error:
        return _page(request, issue, errors=getattr(error, "errors", [str(error)]), status=400)
    except PermissionDenied as error:
        return _page(request, issue, errors=[str(error)], status=403)
    finally:
        stored.delete()  # used once, whatever the outcome: a new try means a new upload
    if preview.not_submitted:
        messages.warning(
            request,
            _("%(count)s translated units imported as a draft; not submitted for review: %(why)s")
            % {"count": len(applied), "why": preview.not_submitted},
        )
        return redirect("csrs_translation_status", issue.pk)
    messages.success(
        request,
        _("%(count)s translated units imported; %(language)s was submitted for review.")
        % {"count": len(applied), "language": preview.language.native_name},
    )
    return redirect("csrs_translation_status", issue.pk)


__all__ = ["exchange_view", "export_view", "import_view", "confirm_view", "formats"]
