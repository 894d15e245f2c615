"""Stored links that cannot be resolved render as their text, and are logged, never a 500.

Wagtail's page link handler passes a link's ``id`` straight to the database: an id that is not
a number (a crafted save, or data stored before validation existed) raised on every render of
the issue — public page, PDF, preview, revisions. :class:`PageLinkHandler` replaces it for the
``page`` link type (registered in ``issues/wagtail_hooks.py``): such a link becomes ``<a>``
(its text), like a link to a deleted page. :func:`without_broken_links` does the same for the
editor, which reads stored HTML through its own converter.
"""

from __future__ import annotations

import logging

from wagtail.rich_text.pages import PageLinkHandler as WagtailPageLinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from issues.richtext.sanitise import is_page_id
from issues.richtext.whitelist import whitelist_for

logger = logging.getLogger("issues.richtext")


class PageLinkHandler(WagtailPageLinkHandler):
    """Wagtail's page links, except that an id which is not a page number resolves to nothing."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        usable = [is_page_id(str(attrs.get("id", ""))) for attrs in attrs_list]
        for attrs, ok in zip(attrs_list, usable, strict=True):
            if not ok:
                logger.warning(
                    "Rich text has a page link with an invalid id %r: rendered as text.",
                    attrs.get("id"),
                )
        valid = [attrs for attrs, ok in zip(attrs_list, usable, strict=True) if ok]
        found = iter(super().get_many(valid) if valid else [])
        return [next(found) if ok else None for ok in usable]


def without_broken_links(value: str) -> str:
    """``value`` with every link the editor could not load (unknown type, id that is not a
    number, neither type nor address) reduced to ``<a>``: the text stays, the link goes."""
    whitelist = whitelist_for(None)

    def repair(match) -> str:
        attrs = extract_attrs(match.group(1))
        link_type = attrs.get("linktype")
        if link_type is None or (
            link_type in whitelist.link_types and is_page_id(attrs.get("id", ""))
        ):
            return match.group(0)
        logger.warning(
            "Rich text has a link the editor cannot load (%s): shown as text.", match.group(0)
        )
        return "<a>"

    return FIND_A_TAG.sub(repair, value or "")
