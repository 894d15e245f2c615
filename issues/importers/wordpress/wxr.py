"""A streaming reader of WordPress eXtended RSS exports (WXR 1.1 and 1.2).

Exports run to hundreds of megabytes: :func:`read_items` yields one :class:`WXRItem` at a time
and drops each ``<item>`` element once read, so memory stays flat whatever the file's size.
The parser is defusedxml's: a document type declaration with entities (a "billion laughs"),
external entities and entity expansion are refused before anything is built.
"""

from __future__ import annotations

import datetime
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

_WP_PREFIX = "{http://wordpress.org/export/"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"


class WXRError(Exception):
    """The file cannot be read as a WordPress export. ``code`` is stable for a UI to translate:
    ``not_wxr``, ``malformed`` (truncated or not well-formed XML), ``encoding``, ``entities``
    (a DTD or entity declaration, e.g. a billion-laughs attack), ``unreadable``."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


@dataclass
class WXRTerm:
    """A category or tag of a post: ``domain`` is ``category`` or ``post_tag``."""

    domain: str
    slug: str
    name: str


@dataclass
class WXRItem:
    """One ``<item>``: a post, page, attachment or anything else WordPress stored."""

    post_id: int
    post_type: str
    status: str
    title: str = ""
    link: str = ""
    guid: str = ""
    post_name: str = ""
    date: datetime.datetime | None = None
    content: str = ""
    excerpt: str = ""
    parent_id: int = 0
    menu_order: int = 0
    attachment_url: str = ""
    terms: list[WXRTerm] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def _local(tag: str) -> tuple[str, str]:
    """(namespace kind, local name): kind is ``wp``, ``content``, ``excerpt`` or ``""``."""
    if not tag.startswith("{"):
        return "", tag
    namespace, _, name = tag[1:].partition("}")
    if namespace.startswith("http://wordpress.org/export/"):
        return ("excerpt" if namespace.rstrip("/").endswith("excerpt") else "wp"), name
    if namespace == "http://purl.org/rss/1.0/modules/content/":
        return "content", name
    return namespace, name


def _int(text: str | None) -> int:
    try:
        return int((text or "").strip() or 0)
    except ValueError:
        return 0


def _date(text: str | None) -> datetime.datetime | None:
    text = (text or "").strip()
    if not text or text.startswith("0000"):
        return None
    try:
        return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None


def _item(element: ET.Element) -> WXRItem:
    item = WXRItem(post_id=0, post_type="", status="")
    for child in element:
        kind, name = _local(child.tag)
        text = child.text or ""
        if kind == "":
            if name == "title":
                item.title = text.strip()
            elif name == "link":
                item.link = text.strip()
            elif name == "guid":
                item.guid = text.strip()
            elif name == "category":
                item.terms.append(
                    WXRTerm(
                        domain=child.get("domain", "category"),
                        slug=(child.get("nicename") or "").strip(),
                        name=text.strip(),
                    )
                )
        elif kind == "content" and name == "encoded":
            item.content = text
        elif kind == "excerpt" and name == "encoded":
            item.excerpt = text
        elif kind == "wp":
            if name == "post_id":
                item.post_id = _int(text)
            elif name == "post_type":
                item.post_type = text.strip()
            elif name == "status":
                item.status = text.strip()
            elif name == "post_name":
                item.post_name = text.strip()
            elif name == "post_date":
                item.date = _date(text)
            elif name == "post_parent":
                item.parent_id = _int(text)
            elif name == "menu_order":
                item.menu_order = _int(text)
            elif name == "attachment_url":
                item.attachment_url = text.strip()
            elif name == "postmeta":
                meta_key = meta_value = ""
                for part in child:
                    if _local(part.tag)[1] == "meta_key":
                        meta_key = (part.text or "").strip()
                    elif _local(part.tag)[1] == "meta_value":
                        meta_value = part.text or ""
                if meta_key:
                    item.meta[meta_key] = meta_value
    return item


@dataclass
class WXRSiteTerm:
    """A category or tag declared in the channel, with the id ``?cat=ID`` URLs use."""

    domain: str  # "category" or "post_tag"
    term_id: int
    slug: str
    name: str


def _site_term(element: ET.Element, domain: str) -> WXRSiteTerm:
    values = {_local(child.tag)[1]: (child.text or "").strip() for child in element}
    return WXRSiteTerm(
        domain=domain,
        term_id=_int(values.get("term_id")),
        slug=values.get("category_nicename") or values.get("tag_slug") or values.get("slug", ""),
        name=values.get("cat_name") or values.get("tag_name") or values.get("name", ""),
    )


def read_items(source: IO[bytes], site_terms: list[WXRSiteTerm] | None = None) -> Iterator[WXRItem]:
    """Every ``<item>`` of the export in ``source`` (a binary file), in file order; the
    channel's categories and tags are appended to ``site_terms`` when it is given.

    Raises :class:`WXRError` on anything that is not a well-formed WXR file; the error can come
    after some items were yielded (a truncated file), so callers that must write nothing on bad
    input read the whole file once before writing (``issues.importers.wordpress.run``)."""
    events = DET.iterparse(source, events=("start", "end"), forbid_dtd=False)
    seen_root = False
    is_wxr = False
    channel: ET.Element | None = None
    depth = 0
    try:
        for event, element in events:
            if event == "start":
                depth += 1
                if not seen_root:
                    seen_root = True
                    if element.tag != "rss":
                        raise WXRError(
                            "not_wxr",
                            "this is not a WordPress export (its root element is "
                            f"\u201c{_local(element.tag)[1][:40]}\u201d, not \u201crss\u201d).",
                        )
                elif element.tag == "channel" and channel is None:
                    channel = element
                continue
            depth -= 1
            kind, name = _local(element.tag)
            if kind == "wp" and name == "wxr_version":
                is_wxr = True
            elif kind == "wp" and depth == 2 and name in ("category", "tag", "term"):
                if site_terms is not None:
                    domain = {"category": "category", "tag": "post_tag"}.get(name, "term")
                    site_terms.append(_site_term(element, domain))
                element.clear()
            elif element.tag == "item" and depth == 2:
                if not is_wxr:
                    raise WXRError(
                        "not_wxr",
                        "this RSS file is not a WordPress export (no wp:wxr_version before "
                        "its first item).",
                    )
                yield _item(element)
                element.clear()
                if channel is not None:
                    channel.remove(element)
    except DefusedXmlException as error:
        raise WXRError(
            "entities",
            "the file declares XML entities (a document type definition); WordPress exports "
            "never do, and such files can be attacks (\u201cbillion laughs\u201d).",
        ) from error
    except ET.ParseError as error:
        code = "encoding" if "encod" in str(error).lower() or "token" in str(error) else ""
        if "no element found" in str(error) or "unclosed token" in str(error):
            raise WXRError(
                "malformed", f"the file ends too early (truncated?): {error}."
            ) from error
        raise WXRError(
            code or "malformed",
            f"the file is not well-formed XML ({error}); is it a WordPress export in UTF-8?",
        ) from error
    except UnicodeError as error:
        raise WXRError("encoding", f"the file's text encoding is wrong ({error}).") from error
    except OSError as error:
        raise WXRError("unreadable", f"the file cannot be read ({error}).") from error
    if not seen_root:
        raise WXRError("malformed", "the file is empty.")
    if not is_wxr:
        raise WXRError("not_wxr", "this is not a WordPress export (no wp:wxr_version).")
