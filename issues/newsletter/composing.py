"""The newsletter message: one issue in one language, HTML (CSS inlined) and plain text.

The issue is read through ``IssuePage.objects.readable(language)`` only: mail is a public surface.
The body is rendered and its CSS inlined (css-inline) once per batch; each recipient's message
only fills in their own signed unsubscribe and "my languages" links, so a batch of 500 costs one
render. Headers follow RFC 2369 and RFC 8058 (one-click unsubscribe by POST).
"""

from __future__ import annotations

from dataclasses import dataclass

import css_inline
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from csrs import languages
from csrs.base_url import admin_base_url
from csrs.languages import Language
from issues.l10n import format_week_range, localize_digits
from issues.newsletter import links
from issues.pdf.links import pdf_url

UNSUBSCRIBE_SLOT = "@@NEWSLETTER_UNSUBSCRIBE_URL@@"
MANAGE_SLOT = "@@NEWSLETTER_MANAGE_URL@@"
_INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


@dataclass(frozen=True)
class RenderedIssue:
    """An issue's message in one language, with slots for each recipient's links."""

    language: Language
    subject: str
    html: str
    text: str

    def message_for(self, subscriber, *, connection=None) -> EmailMultiAlternatives:
        """The message to ``subscriber``, with their links and the List-Unsubscribe headers."""
        unsubscribe = links.action_url(subscriber, links.UNSUBSCRIBE, self.language.code)
        manage = links.action_url(subscriber, links.MANAGE, self.language.code)

        def fill(body: str) -> str:
            return body.replace(UNSUBSCRIBE_SLOT, unsubscribe).replace(MANAGE_SLOT, manage)

        message = EmailMultiAlternatives(
            subject=self.subject,
            body=fill(self.text),
            from_email=settings.NEWSLETTER_FROM_EMAIL,
            to=[subscriber.email],
            connection=connection,
            headers={
                "List-Unsubscribe": f"<{unsubscribe}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": self.language.code,
            },
        )
        message.attach_alternative(fill(self.html), "text/html")
        return message


# Mail clients have none of the site's web fonts: after the language's own stack, fonts that
# Windows, macOS, iOS and Android have and that carry Arabic script (Pashto letters included).
MAIL_FALLBACK_FONTS = ("Tahoma", "Segoe UI", "Geeza Pro", "Noto Sans Arabic", "Arial")
GENERIC_FAMILIES = {"serif", "sans-serif"}


def mail_font_family(language: Language) -> str:
    """The language's font stack for mail, with fallbacks before its generic family."""
    named = [f for f in language.font_stack if f not in GENERIC_FAMILIES]
    generic = [f for f in language.font_stack if f in GENERIC_FAMILIES] or ["sans-serif"]
    extra = [f for f in MAIL_FALLBACK_FONTS if f not in named] if language.is_rtl else []
    return ", ".join(f"'{f}'" if " " in f else f for f in [*named, *extra, *generic])


def _date_options(language: Language) -> dict[str, bool]:
    from wagtail.models import Site

    from issues.models import PublicationSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return {}
    return PublicationSettings.for_site(site).date_options(language)


def issue_context(issue, language: Language) -> dict:
    """What the message shows of ``issue`` in ``language`` (its fields, links, the week)."""
    options = _date_options(language)
    latin = options.get("latin_digits", False)
    base = admin_base_url()
    with translation.override(language.code):
        page_url = f"{base}/{language.code}/issues/{issue.number}/"
        analyses = [
            block.value.get("title", "")
            for block in (getattr(issue, language.field("analyses")) or [])
            if block.block_type == "analysis"
        ]
        return {
            "language": language,
            "font_family": mail_font_family(language),
            "issue": issue,
            "title": getattr(issue, language.field("title")) or "",
            "standfirst": getattr(issue, language.field("standfirst")) or "",
            "analyses": [title for title in analyses if title],
            "number": localize_digits(issue.number, language, latin_digits=latin),
            "week": format_week_range(issue.week_start, issue.week_end, language, **options),
            "page_url": page_url,
            "pdf_url": f"{base}{pdf_url(issue.number, language)}",
            "unsubscribe_url": UNSUBSCRIBE_SLOT,
            "manage_url": MANAGE_SLOT,
            "publication_name": _("Weekly Analysis"),
        }


def render_issue(issue, language: Language) -> RenderedIssue:
    """The message of ``issue`` (as readers see it in ``language``), ready for each recipient."""
    context = issue_context(issue, language)
    with translation.override(language.code):
        subject = _("%(publication)s #%(number)s: %(title)s") % {
            "publication": context["publication_name"],
            "number": context["number"],
            "title": context["title"],
        }
        html = render_to_string("newsletter/email/issue.html", context)
        text = render_to_string("newsletter/email/issue.txt", context)
    return RenderedIssue(language, subject, _INLINER.inline(html), text)


def readable_issue(issue_id: int, code: str):
    """The issue as readers of ``code`` may see it, or None (unpublished, private, not approved)."""
    from issues.models import IssuePage

    language = languages.get_language(code)
    return IssuePage.objects.readable(language).for_reading(language).filter(pk=issue_id).first()
