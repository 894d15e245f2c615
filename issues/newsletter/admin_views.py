"""The newsletter in the admin: subscribers, mailings (pause, resume, send again), a test to
oneself. Editors only, checked on every request (as the background-failures report does)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from csrs import languages
from issues.newsletter import mailings
from issues.newsletter.tasks import send_test
from issues.workflow import roles

PER_PAGE = 50


def _forbidden_unless_editor(request) -> HttpResponseForbidden | None:
    if roles.is_editor(request.user):
        return None
    return HttpResponseForbidden(_("Only editors may see and manage the newsletter."))


def mailings_view(request):
    """Every mailing, newest first, with its recipients, sent, failed and bounced counts."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import Delivery, Mailing

    queryset = Mailing.objects.select_related("issue").annotate(
        sent=Count("deliveries", filter=Q(deliveries__status=Delivery.SENT)),
        failed=Count("deliveries", filter=Q(deliveries__status=Delivery.FAILED)),
        bounced=Count(
            "deliveries",
            filter=Q(deliveries__status__in=[Delivery.BOUNCED, Delivery.COMPLAINED]),
        ),
        failing_batches=Count("batches", filter=Q(batches__status="failed"), distinct=True),
    )
    queryset = queryset.order_by("-created_at", "-pk")
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    rows = [{"mailing": m, "language": languages.BY_CODE.get(m.language)} for m in page]
    return TemplateResponse(
        request,
        "newsletter/admin/mailings.html",
        {"rows": rows, "page": page, "test_form": TestMailForm()},
    )


@require_POST
def pause_view(request, mailing_id: int):
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import Mailing

    mailings.pause(get_object_or_404(Mailing, pk=mailing_id))
    messages.success(request, _("The mailing is paused."))
    return redirect("csrs_newsletter_mailings")


@require_POST
def resume_view(request, mailing_id: int):
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import Mailing

    mailings.resume(get_object_or_404(Mailing, pk=mailing_id))
    messages.success(request, _("The mailing goes on."))
    return redirect("csrs_newsletter_mailings")


@require_POST
def send_again_view(request, mailing_id: int):
    """A new mailing of the same issue and language, to today's subscribers."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import IssuePage, Mailing

    mailing = get_object_or_404(Mailing, pk=mailing_id)
    language = languages.get_language(mailing.language)
    if not IssuePage.objects.readable(language).filter(pk=mailing.issue_id).exists():
        messages.error(request, _("This issue is not public in this language: nothing was sent."))
    else:
        mailings.create_mailing(
            mailing.issue, mailing.language, reason=Mailing.AGAIN, user=request.user
        )
        messages.success(request, _("The issue will be sent again."))
    return redirect("csrs_newsletter_mailings")


class TestMailForm(forms.Form):
    issue = forms.ModelChoiceField(label=gettext_lazy("Issue"), queryset=None, empty_label=None)
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        choices=[(lang.code, lang.native_name) for lang in languages.LANGUAGES],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from issues.models import IssuePage

        self.fields["issue"].queryset = IssuePage.objects.order_by("-number")[:100]


@require_POST
def send_test_view(request):
    """The message of an issue (its latest draft) to the editor's own address, before publishing."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import IssuePage

    form = TestMailForm(request.POST)
    form.fields["issue"].queryset = IssuePage.objects.all()
    if not request.user.email:
        messages.error(request, _("Your account has no email address."))
    elif form.is_valid():
        send_test(form.cleaned_data["issue"].specific, form.cleaned_data["language"], request.user)
        messages.success(
            request, _("A test was sent to %(email)s.") % {"email": request.user.email}
        )
    else:
        messages.error(request, _("Choose an issue and a language."))
    return redirect("csrs_newsletter_mailings")


def subscribers_view(request):
    """Subscribers, newest first; search by address, filter by status; counts per language."""
    if refused := _forbidden_unless_editor(request):
        return refused
    from issues.models import Subscriber, SubscriberLanguage

    queryset = Subscriber.objects.prefetch_related("languages")
    query = request.GET.get("q", "").strip()
    if query:
        queryset = queryset.filter(email__icontains=query)
    status = request.GET.get("status", "")
    if status in dict(Subscriber.STATUS_CHOICES):
        queryset = queryset.filter(status=status)
    page = Paginator(queryset, PER_PAGE).get_page(request.GET.get("p"))
    per_language = dict(
        SubscriberLanguage.objects.filter(subscriber__status=Subscriber.CONFIRMED)
        .values_list("language")
        .annotate(n=Count("pk"))
    )
    return TemplateResponse(
        request,
        "newsletter/admin/subscribers.html",
        {
            "page": page,
            "query": query,
            "status": status,
            "statuses": Subscriber.STATUS_CHOICES,
            "per_language": [
                (lang, per_language.get(lang.code, 0)) for lang in languages.LANGUAGES
            ],
        },
    )
