"""The one entry point for rich text that enters without the editor.

Every importer (back catalogue: text, PDF, Word; XLIFF/PO translations; a WordPress importer
later) stores rich text only through :func:`sanitise_rich_text` (HTML it was given or built) or
:func:`text_to_rich_text` (plain text). Both return the database form of Wagtail rich text that
the editor itself could have saved for the same features: nh3 (ammonia) configured from
:mod:`issues.richtext.whitelist`, so ``<script>``, ``<style>``, ``<iframe>``, ``<meta>``,
``<img>``, ``on*`` attributes and ``javascript:``/``data:`` links are gone, and every link is
either an address with an allowed scheme or an internal link with a numeric id.
"""

from __future__ import annotations

import html
import re

import nh3
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from issues.richtext.whitelist import DEFAULT_FEATURES, Whitelist, features_key, whitelist_for

#: Elements removed with their content (the others are unwrapped, their text kept).
REMOVED_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "title", "textarea"})
_ID = re.compile(r"[1-9][0-9]{0,18}")


def sanitise_rich_text(value: str, features=DEFAULT_FEATURES) -> str:
    """``value`` (any HTML) as stored rich text allowed for ``features``."""
    whitelist = whitelist_for(features_key(features))
    cleaned = nh3.clean(
        value or "",
        tags=set(whitelist.tags),
        clean_content_tags=set(REMOVED_WITH_CONTENT - whitelist.tags),
        attributes={tag: set(names) for tag, names in whitelist.attributes.items() if names},
        attribute_filter=_attribute_filter(whitelist),
        strip_comments=True,
        link_rel=None,
        url_schemes=set(whitelist.url_schemes),
    )
    return FIND_A_TAG.sub(lambda match: link_tag(extract_attrs(match.group(1)), whitelist), cleaned)


def sanitise_block_data(block, data):
    """Raw StreamField data (``{"type", "value"}`` lists, struct dicts, list items) with every
    rich text value under ``block`` sanitised for that block's features; the rest unchanged."""
    from wagtail import blocks

    if isinstance(block, blocks.RichTextBlock):
        source = getattr(data, "source", data)
        return sanitise_rich_text(str(source or ""), block.features or DEFAULT_FEATURES)
    if isinstance(block, blocks.StreamBlock):
        out = []
        for child in data or []:
            kind = child.get("type") if isinstance(child, dict) else None
            child_block = block.child_blocks.get(kind)
            if child_block is None:
                out.append(child)
            else:
                out.append({**child, "value": sanitise_block_data(child_block, child.get("value"))})
        return out
    if isinstance(block, blocks.ListBlock):
        out = []
        for item in data or []:
            if isinstance(item, dict) and "value" in item and item.get("type", "item") == "item":
                out.append({**item, "value": sanitise_block_data(block.child_block, item["value"])})
            else:
                out.append(sanitise_block_data(block.child_block, item))
        return out
    if isinstance(block, blocks.StructBlock) and isinstance(data, dict):
        return {
            name: sanitise_block_data(block.child_blocks[name], value)
            if name in block.child_blocks
            else value
            for name, value in data.items()
        }
    return data


def text_to_rich_text(*paragraphs: str) -> str:
    """Plain text as rich text: one ``<p>`` per non-blank paragraph, every character escaped."""
    return "".join(f"<p>{html.escape(p.strip(), quote=False)}</p>" for p in paragraphs if p.strip())


def is_page_id(value: str) -> bool:
    """Whether ``value`` can be the id of a page (a positive integer, as written in the HTML)."""
    return bool(_ID.fullmatch(value or ""))


def link_tag(attrs: dict[str, str], whitelist: Whitelist) -> str:
    """The opening tag of a link with only what the database form allows: ``linktype`` with a
    numeric ``id``, else ``href``, else nothing (the link then renders as its text)."""
    link_type = attrs.get("linktype", "")
    if link_type in whitelist.link_types and is_page_id(attrs.get("id", "")):
        return f'<a linktype="{html.escape(link_type)}" id="{attrs["id"]}">'
    href = attrs.get("href", "")
    if href and not link_type:
        return f'<a href="{html.escape(href)}">'
    return "<a>"


def _attribute_filter(whitelist: Whitelist):
    def keep(element: str, attribute: str, value: str) -> str | None:
        if element == "a" and attribute == "linktype":
            return value if value in whitelist.link_types else None
        if element == "a" and attribute == "id":
            return value if is_page_id(value) else None
        return value

    return keep
