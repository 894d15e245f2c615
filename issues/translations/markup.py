"""Rich text ↔ segments of text and protected codes, for XLIFF inline elements and PO codes.

A rich text value (``<p>…<b>…</b> <a href="…">…</a></p>``) becomes a segment: a list of text
strings and codes. Every element is a paired code numbered in document order (``<br>`` is a
standalone code); the tag and its attributes stay in the issue, never in the file, so a
translator cannot change a link's address. A translated segment is turned back into HTML with
the *source's* tags and attributes for each code; codes may move among their siblings, but not
disappear, repeat, appear or change parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

from lxml import etree
from lxml import html as lxml_html

ALLOWED_TAGS = {"p", "b", "i", "a", "br"}
VOID_TAGS = {"br"}


@dataclass(frozen=True)
class Code:
    """A protected code: ``kind`` is "open", "close" or "standalone"."""

    kind: str
    id: str


@dataclass
class Skeleton:
    """The source's elements by code id: tag, attributes and the parent code ("" at top)."""

    tags: dict[str, tuple[str, dict[str, str]]] = field(default_factory=dict)
    parents: dict[str, str] = field(default_factory=dict)


class MarkupError(ValueError):
    """A translated segment whose codes do not fit its source."""


def _fragments(html: str):
    return lxml_html.fragments_fromstring(html) if html.strip() else []


def rich_text_segment(html: str) -> tuple[list, Skeleton]:
    """A rich text value as a segment (text and :class:`Code`) and its skeleton."""
    skeleton = Skeleton()
    segment: list = []
    counter = [0]

    def walk(node, parent: str) -> None:
        if isinstance(node, str):
            if node:
                segment.append(node)
            return
        counter[0] += 1
        code_id = str(counter[0])
        skeleton.tags[code_id] = (node.tag, dict(node.attrib))
        skeleton.parents[code_id] = parent
        if node.tag in VOID_TAGS:
            segment.append(Code("standalone", code_id))
        else:
            segment.append(Code("open", code_id))
            if node.text:
                segment.append(node.text)
            for child in node:
                walk(child, code_id)
            segment.append(Code("close", code_id))
        if node.tail:
            segment.append(node.tail)

    for item in _fragments(html):
        walk(item, "")
    return segment, skeleton


def plain_segment(text: str) -> list:
    return [text] if text else []


def segment_text(segment: list) -> str:
    """The segment's text without codes (for size limits and previews)."""
    return "".join(part for part in segment if isinstance(part, str))


_PO_CODE = re.compile(r"\{(/?)(\d+)(/?)\}")


def to_po(segment: list) -> str:
    """``{1}bold{/1}`` for paired codes, ``{2/}`` for standalone ones."""
    out = []
    for part in segment:
        if isinstance(part, str):
            out.append(part)
        elif part.kind == "open":
            out.append(f"{{{part.id}}}")
        elif part.kind == "close":
            out.append(f"{{/{part.id}}}")
        else:
            out.append(f"{{{part.id}/}}")
    return "".join(out)


def from_po(text: str) -> list:
    segment: list = []
    position = 0
    for match in _PO_CODE.finditer(text):
        if match.start() > position:
            segment.append(text[position : match.start()])
        closing, code_id, standalone = match.groups()
        if closing and standalone:
            raise MarkupError(match.group(0))
        kind = "close" if closing else "standalone" if standalone else "open"
        segment.append(Code(kind, code_id))
        position = match.end()
    if position < len(text):
        segment.append(text[position:])
    return segment


def fill_element(element, segment: list, paired_tag: str, standalone_tag: str) -> None:
    """Write a segment into an XLIFF ``<source>``/``<target>`` element with lxml."""
    namespace = etree.QName(element).namespace
    qualified = (lambda tag: f"{{{namespace}}}{tag}") if namespace else (lambda tag: tag)
    stack = [element]
    last = None  # the last child closed in the current parent (its tail takes text)
    for part in segment:
        current = stack[-1]
        if isinstance(part, str):
            if last is None:
                current.text = (current.text or "") + part
            else:
                last.tail = (last.tail or "") + part
        elif part.kind == "open":
            child = etree.SubElement(current, qualified(paired_tag), id=part.id)
            stack.append(child)
            last = None
        elif part.kind == "close":
            last = stack.pop()
        else:
            last = etree.SubElement(current, qualified(standalone_tag), id=part.id)


def read_element(element, paired_tag: str, standalone_tag: str) -> list:
    """A segment from an XLIFF ``<target>``; any other inline element is refused."""
    segment: list = []

    def walk(node) -> None:
        if node.text:
            segment.append(node.text)
        for child in node:
            if not isinstance(child.tag, str):  # comments and processing instructions
                pass
            else:
                local = etree.QName(child).localname
                code_id = child.get("id", "")
                if local == paired_tag:
                    segment.append(Code("open", code_id))
                    walk(child)
                    segment.append(Code("close", code_id))
                elif local == standalone_tag and len(child) == 0 and not child.text:
                    segment.append(Code("standalone", code_id))
                else:
                    raise MarkupError(local)
            if child.tail:
                segment.append(child.tail)

    walk(element)
    return segment


def check_codes(segment: list, skeleton: Skeleton) -> None:
    """Raise :class:`MarkupError` unless the segment uses each source code once, well nested,
    under the same parent code as in the source."""
    seen: set[str] = set()
    stack: list[str] = []
    # Rich text made of paragraphs keeps all its text inside them.
    blocks_only = bool(skeleton.tags) and all(
        skeleton.parents[code] != "" or skeleton.tags[code][0] == "p" for code in skeleton.tags
    )
    for part in segment:
        if isinstance(part, str):
            if re.search(r"</?[a-zA-Z][^>]*>", part):
                raise MarkupError("html")
            if blocks_only and not stack and part.strip():
                raise MarkupError("outside")
            continue
        if part.id not in skeleton.tags:
            raise MarkupError(part.id)
        is_void = skeleton.tags[part.id][0] in VOID_TAGS
        if part.kind == "close":
            if not stack or stack[-1] != part.id:
                raise MarkupError(part.id)
            stack.pop()
            continue
        if part.id in seen or is_void != (part.kind == "standalone"):
            raise MarkupError(part.id)
        if skeleton.parents[part.id] != (stack[-1] if stack else ""):
            raise MarkupError(part.id)
        seen.add(part.id)
        if part.kind == "open":
            stack.append(part.id)
    if stack or seen != set(skeleton.tags):
        raise MarkupError("missing")


def segment_to_html(segment: list, skeleton: Skeleton) -> str:
    """The translated rich text, each code given back its source tag and attributes."""
    root = etree.Element("root")
    stack = [root]
    last = [None]
    for part in segment:
        current = stack[-1]
        if isinstance(part, str):
            if last[-1] is None:
                current.text = (current.text or "") + part
            else:
                last[-1].tail = (last[-1].tail or "") + part
            continue
        if part.kind == "close":
            stack.pop()
            closed = current
            last.pop()
            last[-1] = closed
            continue
        tag, attributes = skeleton.tags[part.id]
        child = etree.SubElement(current, tag, attrib=attributes)
        if part.kind == "open":
            stack.append(child)
            last.append(None)
        else:
            last[-1] = child
    text = root.text or ""
    return escape(text, quote=False) + "".join(
        lxml_html.tostring(child, encoding="unicode") for child in root
    )
