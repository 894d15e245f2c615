"""The public newsletter pages: subscribe, confirm, unsubscribe (incl. RFC 8058), my languages.

CSRF without breaking the page cache: the form in every page's footer carries no token (a
token would make each page private). A small same-site script fetches a token
(``?token``, never cached) when the reader submits; without the script, or with a missing or
wrong token, the POST changes nothing and answers with the same form, now with a token, asking
to press Subscribe again. See docs/threat-model.md, "Newsletter".

The links in mail (confirm, unsubscribe, my languages) carry a signed token: it is the key, so
those POSTs need no CSRF token (a forger would need the token itself), and the one-click
unsubscribe of mail clients (RFC 8058) cannot send one.
"""

from __future__ import annotations

from django.http import JsonResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from csrs import languages
from issues.newsletter import links, ratelimit, subscribing
from issues.newsletter.forms import CONSENT_TEXT, LanguagesForm, SubscribeForm


def _page_language() -> str:
    return languages.get_language(get_language()).code


def _private(response):
    add_never_cache_headers(response)  # never stored by the page cache or a proxy
    return response


def _csrf_failed(request) -> bool:
    check = CsrfViewMiddleware(lambda request: None)
    return check.process_view(request, None, (), {}) is not None


@csrf_exempt  # checked below: a failed check re-asks instead of answering 403
def subscribe(request):
    """GET: the form on its own (cacheable: no token). POST: ask for a confirmation mail."""
    language = _page_language()
    if request.method == "GET" and "token" in request.GET:
        return _private(JsonResponse({"token": get_token(request)}))
    if request.method != "POST":
        form = SubscribeForm(page_language=language)
        return TemplateResponse(request, "newsletter/subscribe.html", {"form": form})
    if ratelimit.client_over_limit(request):
        response = TemplateResponse(
            request,
            "newsletter/message.html",
            {
                "heading": _("Too many requests"),
                "message": _("Too many requests: please wait %(minutes)s minutes and try again.")
                % {"minutes": ratelimit.retry_after() // 60 + 1},
            },
            status=429,
        )
        response["Retry-After"] = str(ratelimit.retry_after())
        return _private(response)
    form = SubscribeForm(request.POST, page_language=language)
    if _csrf_failed(request):
        # A forged or token-less POST changes nothing: the reader confirms on a page of ours.
        get_token(request)
        response = TemplateResponse(
            request,
            "newsletter/subscribe.html",
            {"form": form, "with_token": True, "confirm_again": True},
        )
        return _private(response)
    if not form.is_valid():
        response = TemplateResponse(
            request, "newsletter/subscribe.html", {"form": form, "with_token": True}, status=400
        )
        return _private(response)
    subscribing.request_subscription(
        form.cleaned_data["email"], form.cleaned_data["languages"], language, str(CONSENT_TEXT)
    )
    return _private(
        TemplateResponse(
            request,
            "newsletter/message.html",
            {
                "heading": _("Check your inbox"),
                "message": _(
                    "If this address can receive our emails, a message is on its way to it. "
                    "Open the link in it to confirm your subscription."
                ),
            },
        )
    )


def _invalid_link(request):
    return _private(
        TemplateResponse(
            request,
            "newsletter/message.html",
            {
                "heading": _("This link does not work"),
                "message": _(
                    "The link is incomplete or has expired. You can subscribe again from any page."
                ),
            },
            status=404,
        )
    )


@csrf_exempt  # the signed token is the key
def confirm(request, token: str):
    """GET shows a button (mail scanners open links), POST confirms."""
    subscriber = links.read_token(token, links.CONFIRM)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "POST":
        subscribing.confirm(subscriber)
        return _private(
            TemplateResponse(
                request,
                "newsletter/message.html",
                {
                    "heading": _("Subscription confirmed"),
                    "message": _(
                        "Thank you. The Weekly Analysis will come to you as soon as it is "
                        "published in your languages."
                    ),
                    "manage_url": links.action_url(subscriber, links.MANAGE, _page_language()),
                },
            )
        )
    return _private(
        TemplateResponse(request, "newsletter/confirm.html", {"subscriber": subscriber})
    )


@csrf_exempt  # the signed token is the key; RFC 8058 one-click POSTs carry no CSRF token
def unsubscribe(request, token: str):
    """GET shows a button; POST (the button, or a mail client's one-click) unsubscribes."""
    subscriber = links.read_token(token, links.UNSUBSCRIBE)
    if subscriber is None:
        return _invalid_link(request)
    if request.method == "POST":
        subscribing.unsubscribe(subscriber)
        return _private(
            TemplateResponse(
                request,
                "newsletter/message.html",
                {
                    "heading": _("You are unsubscribed"),
                    "message": _("We will not send you the Weekly Analysis any more."),
                },
            )
        )
    return _private(
        TemplateResponse(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})
    )


@csrf_exempt  # the signed token is the key
def manage(request, token: str):
    """The subscriber's languages; none at all unsubscribes."""
    subscriber = links.read_token(token, links.MANAGE)
    if subscriber is None:
        return _invalid_link(request)
    saved = False
    if request.method == "POST":
        form = LanguagesForm(request.POST)
        if form.is_valid():
            codes = form.cleaned_data["languages"]
            subscribing.set_languages(subscriber, codes)
            if not codes:
                subscribing.unsubscribe(subscriber)
            saved = True
    else:
        form = LanguagesForm(initial={"languages": subscriber.language_codes})
    return _private(
        TemplateResponse(
            request,
            "newsletter/manage.html",
            {"form": form, "saved": saved, "subscriber": subscriber},
        )
    )
