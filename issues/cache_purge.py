"""Purge an issue, the home page and the archive from the CDN when it is (un)published, and
everything that showed a page when its privacy setting changes.

The home page (latest issues) and the archive (the list of all issues) show the issue too, so
they must go as well, in all four languages: Wagtail's purge expands each URL to
``WAGTAILFRONTENDCACHE_LANGUAGES`` (/en/, /ps/, /fa-af/, /ar/). Does nothing unless
``WAGTAILFRONTENDCACHE`` configures a CDN backend.

The purge is a background task with retries (issues/background/). Wagtail's backends log a
failed purge instead of raising it, so the task listens to their logger while it purges and
fails when they report an error. (Wagtail's own handler still queues its purge of the issue's
URLs, once and without retries; this one covers them again, with retries.)
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished

from issues.background.queue import background_task, enqueue_on_commit

logger = logging.getLogger(__name__)

WAGTAIL_PURGE_LOGGER = "wagtail.frontendcache"


class CDNPurgeError(RuntimeError):
    """A CDN backend reported that it could not purge some URLs."""


def listing_pages(issue):
    """The pages that list ``issue``: its archive (parent) and the home page above that."""
    archive = issue.get_parent()
    pages = [archive] if archive else []
    home = archive.get_parent() if archive else None
    if home is not None and not home.is_root():
        pages.append(home)
    return pages


class _ErrorRecorder(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@background_task(label=_("CDN purge"))
def purge_issue_from_cdn(issue_id: int) -> dict:
    """Purge the issue's own URLs and its listing pages, every language, from every CDN backend."""
    from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from issues.models import IssuePage

    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None:
        return {"purged": 0}
    batch = PurgeBatch()
    batch.add_pages([issue, *listing_pages(issue)])  # URLs from each page's cached paths
    urls = sorted(batch.urls)
    logger.info("Purging issue %s and its listings from the CDN: %s", issue.number, urls)
    recorder = _ErrorRecorder()
    wagtail_logger = logging.getLogger(WAGTAIL_PURGE_LOGGER)
    wagtail_logger.addHandler(recorder)
    try:
        purge_urls_from_cache_task.call(urls)  # in this task, not queued again
    finally:
        wagtail_logger.removeHandler(recorder)
    if recorder.messages:
        raise CDNPurgeError("; ".join(recorder.messages))
    return {"purged": len(urls)}


def purge_listings(sender, instance, **kwargs):
    """Signal handler: queue the CDN purge of the issue and its listing pages (on commit)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    enqueue_on_commit(purge_issue_from_cdn, instance.pk)


def purge_privacy_change(sender, instance, **kwargs):
    """Signal handler (a view restriction saved or deleted): purge the page, every live page
    below it (an archive's issues), the pages that list it, and the feeds and sitemap, in
    every language. Wagtail fires no publish signal for a privacy change."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch
    from wagtail.models import Page

    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page itself was deleted: Wagtail purges it on unpublish/delete
        return
    batch = PurgeBatch()
    batch.add_pages([page.specific, *page.get_descendants().live().specific()])
    batch.add_pages(listing_pages(page))
    root = page.get_site().root_url if page.get_site() else None
    if root:
        # One language's address: Wagtail's purge repeats each for WAGTAILFRONTENDCACHE_LANGUAGES.
        language = settings.LANGUAGE_CODE
        for path in (f"/{language}/feeds/rss/", f"/{language}/feeds/atom/", "/sitemap.xml"):
            batch.add_url(root + path)
    logger.info("Purging a page whose privacy changed from the CDN: %s", sorted(batch.urls))
    batch.purge()


def connect() -> None:
    """Called from IssuesConfig.ready()."""
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import PageViewRestriction

    from issues.models import IssuePage

    post_save.connect(
        purge_privacy_change, sender=PageViewRestriction, dispatch_uid="issues-purge-private"
    )
    post_delete.connect(
        purge_privacy_change, sender=PageViewRestriction, dispatch_uid="issues-purge-public"
    )

    page_published.connect(purge_listings, sender=IssuePage, dispatch_uid="issues-purge-listings")
    page_unpublished.connect(
        purge_listings, sender=IssuePage, dispatch_uid="issues-unpurge-listings"
    )
