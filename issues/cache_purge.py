"""Purge the home page and the archive from the CDN when an issue is published or unpublished.

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


def connect() -> None:
    """Called from IssuesConfig.ready()."""
    from issues.models import IssuePage

    page_published.connect(purge_listings, sender=IssuePage, dispatch_uid="issues-purge-listings")
    page_unpublished.connect(
        purge_listings, sender=IssuePage, dispatch_uid="issues-unpurge-listings"
    )
