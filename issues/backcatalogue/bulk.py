"""Bulk import mode: write many issues, then do the per-save bookkeeping once at the end.

Every save of an ``IssuePage`` normally updates Wagtail's admin search index and its reference
index on the spot. An import saves each new issue twice (the page, then its first revision), and
the database search backend also re-normalises every stored title on each insertion, so a
4,000-issue import spent most of its time on bookkeeping that only the final state needs.

Inside :func:`bulk_import_mode` those two updates are deferred: the pages saved are collected and,
when the block ends, indexed in bulk and their references recorded once each, after the
surrounding transaction commits (so a rolled-back import indexes nothing). Everything that is
about what readers see is untouched: publishing still sends ``page_published`` (readers' search
text, PDF, caches, approvals); drafts are not public, so their search text is not needed earlier.

The mode is per thread/context (a :class:`contextvars.ContextVar`): other requests served by the
same process meanwhile index their saves as usual.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save

#: The ids of the pages saved in the current bulk import, or None outside one.
_deferred: contextvars.ContextVar[set[int] | None] = contextvars.ContextVar(
    "bulk_import_deferred", default=None
)
_installed = False
#: Pages are indexed in chunks of this many (one search-backend call and one query per chunk).
CHUNK = 200


def _issue_page_model():
    from issues.models import IssuePage

    return IssuePage


def _install() -> None:
    """Route IssuePage's search-index signal through :func:`_on_issue_saved` (once).

    The search app connects its handler after ours (it comes later in INSTALLED_APPS), so the
    swap happens on first use rather than in ``AppConfig.ready``. Outside bulk mode the handler
    is called exactly as before."""
    global _installed
    if _installed:
        return
    from modelsearch.signal_handlers import post_save_signal_handler

    model = _issue_page_model()
    if post_save.disconnect(post_save_signal_handler, sender=model):
        post_save.connect(_on_issue_saved, sender=model, dispatch_uid="bulk-import-search")
    _installed = True


def _on_issue_saved(sender, instance, **kwargs) -> None:
    from modelsearch.signal_handlers import post_save_signal_handler

    deferred = _deferred.get()
    if deferred is None or kwargs.get("raw", False):
        post_save_signal_handler(instance, **kwargs)
    else:
        deferred.add(instance.pk)


def active() -> bool:
    """True inside :func:`bulk_import_mode` (in this thread/context)."""
    return _deferred.get() is not None


def note_saved(page) -> None:
    """Record a page the import changed without saving it (e.g. a queryset ``update``)."""
    deferred = _deferred.get()
    if deferred is not None:
        deferred.add(page.pk)


@contextmanager
def bulk_import_mode() -> Iterator[None]:
    """Defer the admin search index and the reference index of the issues saved inside the
    block to one pass at its end (after commit). Nested use joins the outer block."""
    from wagtail.signal_handlers import disable_reference_index_auto_update

    if active():
        yield
        return
    _install()
    pages: set[int] = set()
    token = _deferred.set(pages)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _deferred.reset(token)
        if pages:
            transaction.on_commit(lambda: reindex(pages), robust=True)


def reindex(page_ids: set[int]) -> None:
    """Index ``page_ids`` in every auto-updated search backend and record their references:
    what the per-save signal handlers would have done, once per page."""
    from modelsearch.backends import get_search_backends
    from wagtail.models import ReferenceIndex

    model = _issue_page_model()
    ids = sorted(page_ids)
    backends = list(get_search_backends(with_auto_update=True))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        pages = list(model.get_indexed_objects().filter(pk__in=chunk))
        for backend in backends:
            backend.add_bulk(model, pages)
        for page in pages:
            ReferenceIndex.create_or_update_for_object(page)
