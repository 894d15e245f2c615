"""Admin views: upload files, preview what was found, then create or update the drafts.

Only users who may add issues under the archive see or use them (checked on every request,
answered with 403 otherwise).
Nothing is written before the confirmation; the confirmation applies each file in its own
transaction, and a tampered or expired token stops the whole confirmation before anything runs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.http import HttpResponseBadRequest, HttpResponseForbidden
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from csrs import languages
from issues.backcatalogue.apply import ImportApplyError, apply_parsed
from issues.backcatalogue.forms import ImportUploadForm
from issues.backcatalogue.messages import error_text, parse_error_text
from issues.backcatalogue.summary import counts, warning_data
from issues.backcatalogue.uploads import (
    InvalidUploadToken,
    load_upload,
    purge_expired_uploads,
    store_upload,
)
from issues.importers import ImportFileError, ParsedIssue, parse_file
from issues.l10n import format_week_range, localize_number


def user_may_import(user) -> bool:
    """Editors: users who may add issues under the archive page."""
    from issues.models import IssueIndexPage

    if not (user and user.is_active and user.is_authenticated):
        return False
    archive = IssueIndexPage.objects.order_by("path").first()
    return archive is not None and archive.permissions_for_user(user).can_add_subpage()


def _forbidden_unless_importer(request) -> HttpResponseForbidden | None:
    # A 403 answer rather than PermissionDenied: Wagtail's admin would turn that into a
    # redirect to the dashboard, hiding from scripts and tests that the request was refused.
    if user_may_import(request.user):
        return None
    return HttpResponseForbidden(_("Only editors who may add issues can import them."))


@dataclass
class FilePreview:
    """One uploaded file as the preview shows it."""

    filename: str
    token: str = ""
    error: str = ""
    parsed: ParsedIssue | None = None
    language: Any = None  # csrs.languages.Language of the file
    week: str = ""
    number: str = ""
    existing: Any = None  # the IssuePage this file will update, if any
    warnings: list[dict] = field(default_factory=list)
    counts: Any = None


def _preview(parsed: ParsedIssue, token: str, filename: str) -> FilePreview:
    from issues.models import IssuePage

    ui = languages.get_language(translation.get_language())
    preview = FilePreview(filename=filename, token=token, parsed=parsed)
    preview.language = languages.get_language(parsed.language)
    if parsed.week_start:
        preview.week = format_week_range(
            parsed.week_start, parsed.week_end or parsed.week_start, ui
        )
    if parsed.number:
        preview.number = localize_number(parsed.number, ui, grouping=False)
        preview.existing = IssuePage.objects.filter(number=parsed.number).first()
    preview.warnings = [warning_data(w) for w in parsed.warnings]
    preview.counts = counts(parsed)
    return preview


@require_http_methods(["GET", "POST"])
def upload(request):
    """The upload form (GET) and the preview of the uploaded files (POST)."""
    if forbidden := _forbidden_unless_importer(request):
        return forbidden
    if request.method == "GET":
        return render(request, "backcatalogue/upload.html", {"form": ImportUploadForm()})
    form = ImportUploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return render(request, "backcatalogue/upload.html", {"form": form}, status=400)
    purge_expired_uploads()
    previews: list[FilePreview] = []
    language = form.language_code
    for uploaded in form.cleaned_data["files"]:
        data = uploaded.read()
        try:
            parsed = parse_file(data, uploaded.name, language)
        except ImportFileError as error:
            previews.append(FilePreview(filename=uploaded.name, error=parse_error_text(error)))
            continue
        _stored, token = store_upload(data, uploaded.name, language or "")
        previews.append(_preview(parsed, token, uploaded.name))
    return render(
        request,
        "backcatalogue/preview.html",
        {"previews": previews, "confirmable": any(p.token for p in previews)},
    )


@require_http_methods(["POST"])
def confirm(request):
    """Create or update the drafts of the previewed files, then show what was done."""
    if forbidden := _forbidden_unless_importer(request):
        return forbidden
    purge_expired_uploads()
    tokens = request.POST.getlist("token")
    if not tokens:
        return HttpResponseBadRequest(_("No file was chosen to import."))
    try:
        uploads = [load_upload(token) for token in tokens]
    except InvalidUploadToken:
        return HttpResponseBadRequest(
            _("The import form was altered or has expired: upload the files again.")
        )
    results = []
    for pending in uploads:
        results.append(_apply_upload(request, pending))
    return render(request, "backcatalogue/done.html", {"results": results})


def _apply_upload(request, pending) -> dict[str, Any]:
    from issues.models import IssuePage

    row: dict[str, Any] = {"filename": pending.filename}
    try:
        data = pending.read()
    except (FileNotFoundError, OSError):
        row["error"] = error_text("upload_expired", {"filename": pending.filename})
        return row
    try:
        parsed = parse_file(data, pending.filename, pending.language or None)
        existing = IssuePage.objects.filter(number=parsed.number).first() if parsed.number else None
        if existing is not None and not existing.permissions_for_user(request.user).can_edit():
            raise ImportApplyError(
                "not_allowed", "not allowed to edit this issue", number=parsed.number
            )
        result = apply_parsed(parsed, user=request.user)
    except ImportFileError as error:
        row["error"] = parse_error_text(error)
    except ImportApplyError as error:
        row["error"] = error_text(error.code, error.params, fallback=str(error))
    else:
        row.update(
            page=result.page,
            number=localize_number(
                result.page.number,
                languages.get_language(translation.get_language()),
                grouping=False,
            ),
            action=result.action,
            language=languages.get_language(result.language),
            warnings=[warning_data(w) for w in result.warnings],
        )
    finally:
        pending.delete()
    return row
