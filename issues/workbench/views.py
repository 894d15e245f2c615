"""Admin views of the workbench: the reviewer's compare view, the editor's assignments."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from csrs import languages
from issues.workbench import assignments, batch
from issues.workbench.batch import BatchExportForm
from issues.workbench.compare import compare_rows
from issues.workflow import actions, roles
from issues.workflow.states import ACTION_LABELS, TranslationState

# The actions the compare view offers (who may take them is the workflow's rule).
REVIEW_ACTIONS = ("approve", "send_back")


def compare_view(request, issue_id: int, code: str):
    """Source | translation | previously approved translation of one language, block by block,
    with approve / send back (and its comment) for whoever may review the language."""
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    if not roles.is_workflow_member(request.user):
        raise PermissionDenied
    if not issue.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    language = languages.BY_CODE.get(code)
    if language is None:
        raise Http404
    latest = actions.latest_content(issue)
    source = actions.source_language(latest)
    if source.code == language.code:
        raise Http404  # the original is not a translation: nothing to compare
    statuses = actions.statuses_by_language(issue)
    status = statuses.get(language.code)
    state = actions.display_state(issue, language, statuses)
    rows = compare_rows(latest, source, language, status)
    allowed = actions.available_actions(request.user, issue, language, state, status=status)
    return TemplateResponse(
        request,
        "workbench/compare.html",
        {
            "issue": issue,
            "language": language,
            "source": source,
            "state": state,
            "state_label": TranslationState(state).label,
            "rows": rows,
            "changed": sum(row.changed for row in rows),
            "ever_approved": bool(status and status.approved_content),
            "actions": [(name, ACTION_LABELS[name]) for name in REVIEW_ACTIONS if name in allowed],
            "here": reverse("csrs_translation_compare", args=(issue.pk, language.code)),
            "status_url": reverse("csrs_translation_status", args=(issue.pk,)),
            "edit_url": reverse("wagtailadmin_pages:edit", args=(issue.pk,)) + f"#tab-{code}",
        },
    )


@require_POST
def assign_view(request, issue_id: int, code: str):
    """An editor assigns one language of an issue (editors only: 403 for anyone else)."""
    from issues.models import IssuePage

    issue = get_object_or_404(IssuePage, pk=issue_id)
    if not roles.is_editor(request.user):
        raise PermissionDenied
    language = languages.BY_CODE.get(code)
    if language is None:
        raise Http404
    form = assignments.AssignmentForm(request.POST, language=language, prefix=f"assign-{code}")
    if not form.is_valid():
        problems = "; ".join(
            f"{form.fields[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()
        )
        messages.error(request, _("Nothing was assigned. %(problems)s") % {"problems": problems})
        return redirect("csrs_translation_status", issue.pk)
    assignments.assign(issue, language, request.user, **form.cleaned_data)
    messages.success(
        request,
        _("%(language)s is assigned.") % {"language": language.native_name},
    )
    return redirect("csrs_translation_status", issue.pk)


class BatchImportForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Target language"))
    package = forms.FileField(label=gettext_lazy("Package (zip of XLIFF or PO files)"))

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (lang.code, lang.native_name) for lang in languages.LANGUAGES
        ]
        self.fields["language"].initial = batch.default_target(user).code


def batch_view(request):
    """Several issues: export one package for a language (GET), import one (POST)."""
    if not roles.is_workflow_member(request.user):
        raise PermissionDenied
    export_form = BatchExportForm(user=request.user)
    import_form = BatchImportForm(user=request.user)
    report, status = None, 200
    if request.method == "GET" and "issues" in request.GET:
        export_form = BatchExportForm(request.GET, user=request.user)
        if export_form.is_valid():
            data = export_form.cleaned_data
            name, content = batch.export_package(
                data["issue_objects"],
                languages.BY_CODE[data["language"]],
                data["format"],
                request.user,
            )
            response = HttpResponse(content, content_type="application/zip")
            response["Content-Disposition"] = f'attachment; filename="{name}"'
            return response
        status = 400
    elif request.method == "POST":
        import_form = BatchImportForm(request.POST, request.FILES, user=request.user)
        if import_form.is_valid():
            upload = import_form.cleaned_data["package"]
            language = languages.BY_CODE[import_form.cleaned_data["language"]]
            try:
                if upload.size > batch.MAX_PACKAGE_BYTES:
                    raise ValueError(_("The package is larger than %(limit)s MB.") % {"limit": 20})
                report = batch.import_package(upload.read(), request.user, language)
            except ValueError as error:
                import_form.add_error("package", str(error))
                status = 400
        else:
            status = 400
    return TemplateResponse(
        request,
        "workbench/batch.html",
        {"export_form": export_form, "import_form": import_form, "report": report},
        status=status,
    )
