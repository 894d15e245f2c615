"""Admin page: import a WordPress export (uploaded, or a file on the server), dry run first.

Editors only (the same rule as the back-catalogue import: may add issues under the archive),
checked on every request. The first POST runs the import as a dry run and shows its report;
the file is kept under a signed token (uploads) or named by a signed server file name, so the
confirmation cannot be pointed at any other file. The confirmation runs the real import; the
admin's POSTs are one transaction (``csrs.errors.AtomicAdminWritesMiddleware``), so an error
page means nothing was saved. Exports too large for a web request: ``manage.py import_wordpress``.
"""

from __future__ import annotations

from pathlib import Path

from django import forms
from django.conf import settings
from django.core import signing
from django.core.files.storage import default_storage
from django.http import HttpResponseBadRequest
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from csrs import languages
from issues.backcatalogue.uploads import (
    InvalidUploadToken,
    load_upload,
    purge_expired_uploads,
    store_upload,
)
from issues.backcatalogue.views import _forbidden_unless_importer
from issues.importers.wordpress.run import ImportOptions, import_exports

SERVER_FILE_SALT = "issues.backcatalogue.wordpress.server_file"
#: An upload through the browser; larger exports are put in WORDPRESS_IMPORT_DIR.
MAX_UPLOAD_BYTES = 100 * 1024 * 1024


def server_files() -> list[str]:
    """The ``.xml`` files directly in ``settings.WORDPRESS_IMPORT_DIR`` (names only)."""
    folder = getattr(settings, "WORDPRESS_IMPORT_DIR", "")
    if not folder or not Path(folder).is_dir():
        return []
    return sorted(p.name for p in Path(folder).iterdir() if p.suffix == ".xml" and p.is_file())


class WordPressImportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language of the old site"))
    export = forms.FileField(label=gettext_lazy("WordPress export (.xml)"), required=False)
    server_file = forms.ChoiceField(label=gettext_lazy("Or a file on the server"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(settings.LANGUAGES)
        self.fields["language"].choices = [
            (lang.code, names[lang.code]) for lang in languages.LANGUAGES
        ]
        self.fields["server_file"].choices = [("", "—"), *((n, n) for n in server_files())]

    def clean(self):
        data = super().clean()
        upload, server = data.get("export"), data.get("server_file")
        if bool(upload) == bool(server):
            raise forms.ValidationError(
                _("Choose either a file to upload or a file on the server.")
            )
        if upload and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is too large to upload; put it in the import folder on the server.")
            )
        return data


def _report(request, path: Path, language: str, *, dry_run: bool):
    uploads = getattr(settings, "WORDPRESS_UPLOADS_DIR", "")
    options = ImportOptions(
        language=language,
        dry_run=dry_run,
        user=request.user,
        uploads_dir=Path(uploads) if uploads else None,
    )
    return import_exports([path], options)


@require_http_methods(["GET", "POST"])
def wordpress_import(request):
    """The form (GET); the dry-run report (POST); the import itself (POST with ``confirm``)."""
    if forbidden := _forbidden_unless_importer(request):
        return forbidden
    if request.method == "POST" and request.POST.get("confirm"):
        return _confirm(request)
    form = WordPressImportForm(request.POST or None, request.FILES or None)
    if request.method == "GET" or not form.is_valid():
        status = 400 if request.method == "POST" else 200
        return render(request, "backcatalogue/wordpress_form.html", {"form": form}, status=status)
    purge_expired_uploads()
    language = form.cleaned_data["language"]
    if form.cleaned_data["export"]:
        upload = form.cleaned_data["export"]
        pending, token = store_upload(upload.read(), upload.name, language)
        path = Path(default_storage.path(pending.path))
        source = {"token": token}
    else:
        name = form.cleaned_data["server_file"]
        path = Path(settings.WORDPRESS_IMPORT_DIR) / name
        source = {
            "server": signing.dumps({"name": name, "language": language}, salt=SERVER_FILE_SALT)
        }
    report = _report(request, path, language, dry_run=True)
    return render(
        request,
        "backcatalogue/wordpress_report.html",
        {"report": report, "source": source, "confirmable": not report.error},
    )


def _confirm(request):
    token, server = request.POST.get("token", ""), request.POST.get("server", "")
    pending = None
    try:
        if token:
            pending = load_upload(token)
            path, language = Path(default_storage.path(pending.path)), pending.language
        else:
            data = signing.loads(server, salt=SERVER_FILE_SALT, max_age=24 * 3600)
            if data.get("name") not in server_files():
                raise InvalidUploadToken("no such server file")
            path = Path(settings.WORDPRESS_IMPORT_DIR) / data["name"]
            language = data["language"]
        languages.get_language(language)
    except (InvalidUploadToken, signing.BadSignature, LookupError, AttributeError, TypeError):
        return HttpResponseBadRequest(
            _("The import form was altered or has expired: upload the files again.")
        )
    report = _report(request, path, language, dry_run=False)
    if pending is not None:
        pending.delete()
    return render(request, "backcatalogue/wordpress_report.html", {"report": report, "done": True})
