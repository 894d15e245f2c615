"""RSS 2.0 and Atom feeds of the issues published in one language (``/<lang>/feeds/…``).

Dates in feeds are machine dates (RFC 822 in RSS, RFC 3339 in Atom), written by Django's
syndication framework; titles and descriptions are the issue's own text in the feed's language.
A standfirst is plain text and is sent as text: Atom's ``<summary type="text">``, and in RSS
(whose ``<description>`` readers take as HTML) escaped once more, so a reader shows "<b>" as
typed and never runs or renders markup from it.
"""

from __future__ import annotations

import copy
import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from csrs import languages

FEED_SIZE = 20


def pdf_enclosure(issue, language, request=None) -> Enclosure | None:
    """The PDF edition of ``issue`` in ``language`` as an enclosure, if the issue has one.

    The PDF edition is built elsewhere; an issue offers it through a ``pdf_edition(language)``
    method returning ``(url, size_in_bytes)`` or ``None``. Without that method (or without a PDF
    in this language) the feed item simply links to the issue page.
    """
    pdf_edition = getattr(issue, "pdf_edition", None)
    edition = pdf_edition(language) if callable(pdf_edition) else None
    if not edition:
        return None
    url, size = edition
    if request is not None:
        url = request.build_absolute_uri(url)  # feed readers need absolute enclosure URLs
    return Enclosure(url, str(size), "application/pdf")


class IssueRssFeed(Feed):
    """The latest issues readable in the active language, newest first."""

    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        # The URLconf holds one instance for every request: work on a copy that knows this one.
        feed = copy.copy(self)
        feed.request = request
        feed.reader_language = languages.get_language(translation.get_language())
        return Feed.__call__(feed, request, *args, **kwargs)

    def _publication(self):
        from issues.models import PublicationSettings

        return PublicationSettings.for_request(self.request)

    def title(self):
        publication = self._publication()
        name = publication.publication_name or _("Weekly Analysis")
        publisher = publication.publisher_name or _("Center for Strategic and Regional Studies")
        return f"{name} · {publisher}"

    def link(self):
        return f"/{self.reader_language.code}/"

    def items(self):
        from issues.models import IssuePage

        return list(
            IssuePage.objects.readable(self.reader_language)
            .newest_first()
            .prefetch_related("topics")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def description(self):
        return escape(self.plain_description())

    def plain_description(self):
        return self._publication().blurb or _(
            "The weekly analysis of the Center for Strategic and Regional Studies."
        )

    def item_description(self, item):
        # RSS readers render <description> as HTML: the text, escaped, shows as written.
        return escape(item.standfirst or "")

    def item_link(self, item):
        return item.get_url(request=self.request)

    def item_guid(self, item):
        return self.request.build_absolute_uri(item.get_url(request=self.request))

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        if item.first_published_at:
            return item.first_published_at
        end = datetime.datetime.combine(item.week_end, datetime.time())
        return timezone.make_aware(end)

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    def item_enclosures(self, item):
        enclosure = pdf_enclosure(item, self.reader_language, getattr(self, "request", None))
        return [enclosure] if enclosure else []

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class TextSummaryAtom1Feed(Atom1Feed):
    """Atom whose entry summaries are plain text (``type="text"``), not HTML."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class IssueAtomFeed(IssueRssFeed):
    feed_type = TextSummaryAtom1Feed

    def description(self):
        return self.plain_description()

    def subtitle(self):  # Atom's <subtitle> is text unless it says otherwise
        return self.plain_description()

    def item_description(self, item):
        return item.standfirst or ""
