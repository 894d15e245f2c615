"""The admin report of background failures, and "retry" (editors only, checked on every request)."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from csrs import languages
from issues.background.queue import registered, retry_failure
from issues.workflow import roles

PER_PAGE = 50


def _forbidden_unless_editor(request) -> HttpResponseForbidden | None:
    # A 403 answer rather than PermissionDenied: Wagtail's admin would turn that into a
    # redirect to the dashboard for GET requests.
    if roles.is_editor(request.user):
        return None
    return HttpResponseForbidden(_("Only editors may see and retry background failures."))


def what_failed(failure) -> str:
    """The task's label ("PDF edition") in the admin's language, else its name."""
    entry = registered(failure.task_path)
    return str(entry.label) if entry else failure.task_path.rsplit(".", 1)[-1]


def failures_view(request):
    """Open failures, newest first: issue, language, what failed, when, attempts, the error."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import BackgroundFailure

    failures = BackgroundFailure.objects.open().select_related("issue")
    page = Paginator(failures, PER_PAGE).get_page(request.GET.get("p"))
    rows = [
        {
            "failure": failure,
            "what": what_failed(failure),
            "language": languages.BY_CODE.get(failure.language),
            "may_retry": registered(failure.task_path) is not None,
        }
        for failure in page
    ]
    return TemplateResponse(request, "background/failures.html", {"rows": rows, "page": page})


@require_POST
def retry_view(request, failure_id: int):
    """Queue the failed work again; it leaves the report (a new row appears if it fails again)."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import BackgroundFailure

    failure = get_object_or_404(BackgroundFailure.objects.open(), pk=failure_id)
    what = what_failed(failure)
    try:
        retry_failure(failure, request.user)
    except LookupError:
        messages.error(request, _("This task no longer exists and cannot be retried."))
    else:
        if failure.issue_id:
            messages.success(
                request,
                _("Queued again: %(what)s of issue %(number)s.")
                % {"what": what, "number": failure.issue.number},
            )
        else:
            messages.success(request, _("Queued again: %(what)s.") % {"what": what})
    return redirect("csrs_background_failures")
