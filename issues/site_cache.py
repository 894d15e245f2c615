"""The site and its settings from the cache: what every public request reads before its page.

Without it each page starts with two or three queries that never change between requests:
Wagtail's lookup of the :class:`~wagtail.models.Site` for the host name (with the root page),
the root page's specific row (the home page, where routing starts) and the site's
:class:`~issues.models.PublicationSettings`. Here they are kept in the cache:

* :class:`CachedSiteMiddleware` puts the matching site on the request (``request._wagtail_site``,
  where :meth:`Site.find_for_request` looks first), its ``root_page`` already the specific page;
* :class:`CachedSiteSettingMixin` gives a site setting a ``for_request`` that reads the cache;
* :func:`any_view_restrictions` says whether any page is private at all (almost never), so a
  public page need not query its ancestors' restrictions.

Invalidation is by generation, as in :mod:`issues.page_cache`: saving or deleting a site, a site
setting, a view restriction, a site's root page or one of its children, or moving a page, bumps
the generation at once and again when the transaction commits, and nothing stored under an
older one is read again. Entries also expire after
``SITE_CACHE_TIMEOUT`` seconds. Any error from the cache backend falls back to the database: the
cache can make a page faster, never break it.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http.request import split_domain_port

logger = logging.getLogger(__name__)

GENERATION_KEY = "site-cache:generation"
DEFAULT_TIMEOUT = 10 * 60  # seconds
_MISSING = object()


def _cache():
    return caches[getattr(settings, "SITE_CACHE_ALIAS", "default")]


def _timeout() -> int:
    return getattr(settings, "SITE_CACHE_TIMEOUT", DEFAULT_TIMEOUT)


def _generation(request=None) -> int:
    """The current generation, read once per request."""
    if request is not None and hasattr(request, "_site_cache_generation"):
        return request._site_cache_generation
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY) or 1
    if request is not None:
        request._site_cache_generation = int(generation)
    return int(generation)


def invalidate() -> None:
    """Forget the cached sites and site settings (every process, with a shared cache)."""
    try:
        cache = _cache()
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:
            cache.add(GENERATION_KEY, 2, timeout=None)
    except Exception:
        logger.warning("Could not invalidate the site cache", exc_info=True)


def on_cache_recovered(sender, **kwargs) -> None:
    """Signal receiver (csrs.cache): what changed while the cache was away could not move the
    generation on, so entries stored before the outage may be outdated: move it now."""
    invalidate()


def invalidate_on_commit(*args, **kwargs) -> None:
    """Signal receiver: invalidate now (this transaction reads its own change) and again once
    the change is committed (another process may have cached the old rows in between)."""
    invalidate()
    transaction.on_commit(invalidate, robust=True)


# --- sites ----------------------------------------------------------------------------------
def _load_sites() -> list:
    """Every site, its root page the specific page, with the root's children (specific too)
    by slug in ``root._site_cache_children``: the first step of routing needs no query."""
    from wagtail.models import Page, Site

    sites = list(Site.objects.select_related("root_page"))
    specific = Page.objects.filter(pk__in=[site.root_page_id for site in sites]).specific()
    roots = {page.pk: page for page in specific}
    for root in roots.values():
        children = list(root.get_children().specific())
        for child in children:
            child._cached_parent_obj = root
        root._site_cache_children = {child.slug: child for child in children}
    for site in sites:
        site.root_page = roots.get(site.root_page_id, site.root_page)
    return sites


def cached_sites(request=None) -> list:
    """Every site with its specific root page, from the cache (loaded on a miss)."""
    key = f"site-cache:{_generation(request)}:sites"
    sites = _cache().get(key, _MISSING)
    if sites is _MISSING:
        sites = _load_sites()
        _cache().set(key, sites, _timeout())
    return sites


def match_site(sites: list, hostname: str, port: int):
    """The site for ``hostname``:``port``, by the rules of Wagtail's ``get_site_for_hostname``.

    An exact host and port first, then the host on the default site, then: the default site,
    unless exactly one other site has the host name. None when nothing matches.
    """

    def rank(site) -> int:
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if not candidates:
        return None
    if len(candidates) == 1 or rank(candidates[0]) in (0, 1):
        return candidates[0]
    # The default site first, then sites with this host name on other ports.
    return candidates[len(candidates) == 2]


def site_for_request(request):
    """The request's site from the cache, or None if the cache cannot answer."""
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        sites = cached_sites(request)
    except Exception:
        logger.warning("Site cache unavailable: Wagtail looks the site up", exc_info=True)
        return None
    return match_site(sites, hostname, request.get_port())


class CachedSiteMiddleware:
    """Put the request's site on it from the cache, before anything asks Wagtail for it.

    Goes after the page cache (a cached page needs no site at all). When the cache cannot
    answer, nothing is set and Wagtail's own lookup runs as usual.
    """

    # Editors' requests read the site from the database: nothing they edit or save starts
    # from a cached copy. The health checks need no site, and /healthz must not touch Redis.
    excluded_prefixes = ("/admin/", "/healthz", "/readyz")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "SITE_CACHE_ENABLED", True)
            and not hasattr(request, "_wagtail_site")
            and not request.path.startswith(self.excluded_prefixes)
        ):
            site = site_for_request(request)
            if site is not None:
                request._wagtail_site = site
        return self.get_response(request)


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (privacy setting) at all, from the cache."""
    from wagtail.models import PageViewRestriction

    try:
        key = f"site-cache:{_generation()}:any-view-restriction"
        found = _cache().get(key)
        if found is None:
            found = PageViewRestriction.objects.exists()
            _cache().set(key, found, _timeout())
        return found
    except Exception:
        logger.warning("Site cache unavailable: reading view restrictions", exc_info=True)
        return True  # then the restrictions are read from the database


# --- site settings --------------------------------------------------------------------------
class CachedSiteSettingMixin:
    """``for_request`` of a Wagtail site setting, from the cache.

    Only readers' pages go through ``for_request``; the settings editor in the admin loads
    the row itself (``for_site``), so what an editor changes is never a cached copy.
    """

    @classmethod
    def for_request(cls, request):
        attr_name = cls.get_cache_attr_name()
        if hasattr(request, attr_name):
            return getattr(request, attr_name)
        from wagtail.models import Site

        site = Site.find_for_request(request)
        instance = None
        if site is not None and getattr(settings, "SITE_CACHE_ENABLED", True):
            instance = cls._cached_for_site(site, request)
        if instance is None:
            instance = cls.for_site(site)
        instance._request = request  # as Wagtail does: page links resolve with the request
        setattr(request, attr_name, instance)
        return instance

    @classmethod
    def _cached_for_site(cls, site, request):
        label = cls._meta.label_lower
        try:
            key = f"site-cache:{_generation(request)}:setting:{label}:{site.pk}"
            instance = _cache().get(key)
            if instance is None:
                instance = cls.for_site(site)
                _cache().set(key, instance, _timeout())
            return instance
        except Exception:
            logger.warning("Site cache unavailable: reading %s from the database", label)
            return None


def connect() -> None:
    """Called from IssuesConfig.ready(): what a cached site or setting holds changes here."""
    from django.db.models import Q
    from django.db.models.signals import post_delete, post_save
    from wagtail.contrib.settings.models import BaseSiteSetting
    from wagtail.models import BaseViewRestriction, Page, Site
    from wagtail.signals import post_page_move

    def on_model_change(sender, instance=None, created=False, **kwargs):
        if issubclass(sender, BaseSiteSetting) and created:
            return  # a first read creates the row: nothing cached can be older than it
        if issubclass(sender, (Site, BaseSiteSetting, BaseViewRestriction)):
            invalidate_on_commit()
        elif isinstance(instance, Page) and _is_cached_with_a_site(instance):
            # Any save (publishing, a draft, unpublishing) or deletion replaces the copy.
            invalidate_on_commit()

    def _is_cached_with_a_site(page) -> bool:
        """A site's root page or one of its children (both are cached with the site)."""
        parent_path = page.path[: -page.steplen] if page.path else ""
        return Site.objects.filter(
            Q(root_page_id=page.pk) | Q(root_page__path=parent_path)
        ).exists()

    post_save.connect(on_model_change, weak=False, dispatch_uid="site-cache-model-saved")
    post_delete.connect(on_model_change, weak=False, dispatch_uid="site-cache-model-deleted")
    post_page_move.connect(invalidate_on_commit, dispatch_uid="site-cache-page-moved")

    from csrs.cache import cache_recovered

    cache_recovered.connect(on_cache_recovered, weak=False, dispatch_uid="site-cache-recovered")
