"""Purge the home page and the archive from the CDN when an issue is published or unpublished,
and everything that showed a page when its privacy setting changes.

Wagtail's frontend-cache app already purges the issue's own URLs. The home page (latest issues)
and the archive (the list of all issues) show the issue too, so they must go as well, in all four
languages: Wagtail's purge expands each URL to ``WAGTAILFRONTENDCACHE_LANGUAGES`` (/en/, /ps/,
/fa-af/, /ar/). Does nothing unless ``WAGTAILFRONTENDCACHE`` configures a CDN backend.
"""

from __future__ import annotations

import logging

from django.conf import settings
from wagtail.signals import page_published, page_unpublished

logger = logging.getLogger(__name__)


def listing_pages(issue):
    """The pages that list ``issue``: its archive (parent) and the home page above that."""
    archive = issue.get_parent()
    pages = [archive] if archive else []
    home = archive.get_parent() if archive else None
    if home is not None and not home.is_root():
        pages.append(home)
    return pages


def purge_listings(sender, instance, **kwargs):
    """Signal handler: purge the issue's listing pages (every language) from the CDN."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    batch = PurgeBatch()
    batch.add_pages(listing_pages(instance))  # URLs from each page's cached paths
    logger.info("Purging issue listings from the CDN: %s", sorted(batch.urls))
    batch.purge()  # wagtail.contrib.frontend_cache.utils.purge_urls_from_cache


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
