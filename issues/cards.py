"""Issue cards: what the archive, the home page and search results show of each issue.

A list page shows a dozen issues. Built as Wagtail pages (each with a few dozen translated
columns, its child relations and its URL reversed through the page's own machinery) they cost
more than the rest of the page; a card is built from one narrow query instead
(:func:`issue_cards`), in the order asked for, with the same visibility rule as every public
surface (the caller passes ``IssuePage.objects.readable(language)`` or a narrowing of it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from modeltranslation.utils import build_localized_fieldname, resolution_order
from wagtail.models import Site

from csrs.languages import Language

# What an issue's card shows of its text: the reader's language's column, else, when it is
# empty, the next of that field's own fallback languages (modeltranslation's rule: a page's
# title falls back, an issue's standfirst never does).
CARD_TEXTS = ("title", "standfirst")


@dataclass(frozen=True)
class IssueCard:
    """One issue as a list or a search result shows it."""

    pk: int
    number: int
    week_start: date
    week_end: date
    title: str
    standfirst: str
    url: str
    # Search results only: the indexed title and the start of the text, for the snippet.
    search_title: str = ""
    search_text: str = ""


def issue_cards(
    issues,
    language: Language,
    request: HttpRequest | None,
    *,
    ids: list[int] | None = None,
    texts: bool = True,
) -> list[IssueCard]:
    """The cards of ``issues`` (a readable queryset) in its order, or of those of ``ids`` among
    them in ``ids``' order.

    ``texts=False``: without title and standfirst (a search result shows the indexed title
    and a snippet instead).
    """
    from issues.models import IssuePage

    descriptors = {name: getattr(IssuePage, name) for name in CARD_TEXTS if texts}
    columns = {
        name: [
            build_localized_fieldname(name, code)
            for code in resolution_order(language.code, descriptor.fallback_languages)
        ]
        for name, descriptor in descriptors.items()
    }
    fields = ["pk", "number", "week_start", "week_end", "url_path"]
    fields += [column for names in columns.values() for column in names]
    if ids is None:
        rows = list(issues.values(*fields))
    else:
        found = {row["pk"]: row for row in issues.filter(pk__in=ids).values(*fields)}
        rows = [found[pk] for pk in ids if pk in found]
    urls = PageUrls(request)
    cards = []
    for row in rows:
        shown = {
            name: next(
                (row[c] for c in names if descriptors[name].meaningful_value(row[c], "")), ""
            )
            for name, names in columns.items()
        }
        shown.setdefault("title", "")
        shown.setdefault("standfirst", "")
        cards.append(
            IssueCard(
                pk=row["pk"],
                number=row["number"],
                week_start=row["week_start"],
                week_end=row["week_end"],
                url=urls.url(row["url_path"]),
                **shown,
            )
        )
    return cards


class PageUrls:
    """A page's URL from its ``url_path``, as ``Page.get_url(request)`` gives it.

    The seam into Wagtail's routing (``Page.get_url_parts``): the site root paths Wagtail caches,
    the site of the request, ``wagtail_serve`` reversed in the active language, and
    ``WAGTAIL_APPEND_SLASH``. ``tests/discovery/test_issue_cards.py`` compares it with Wagtail's
    own answer, so a change underneath fails there. An unroutable page has no URL: "".
    """

    def __init__(self, request: HttpRequest | None):
        self.root_paths = Site.get_site_root_paths()
        site = Site.find_for_request(request) if isinstance(request, HttpRequest) else None
        self.site_id = site.pk if site else None
        self.single_site = len({root.site_id for root in self.root_paths}) == 1

    def url(self, url_path: str) -> str:
        possible = [root for root in self.root_paths if url_path.startswith(root.root_path)]
        if not possible:
            return ""
        site_id, root_path, root_url = possible[0][:3]
        for root in possible:  # a page under more than one site: the request's own first
            if root.site_id == self.site_id:
                site_id, root_path, root_url = root[:3]
                break
        try:
            path = reverse("wagtail_serve", args=(url_path[len(root_path) :],))
        except NoReverseMatch:
            return ""
        if not getattr(settings, "WAGTAIL_APPEND_SLASH", True) and path != "/":
            path = path.rstrip("/")
        if (self.site_id is not None and site_id == self.site_id) or self.single_site:
            return path
        return root_url + path
