"""A post's HTML as one analysis: sections, sub-headings, paragraphs, quotations, lists.

WordPress stores a post as the editor typed it: block markup, or bare text whose blank lines
become paragraphs only when the theme renders it (``wpautop``). Both are read here:

- ``h1``–``h6``: the structural headings (Introduction, Conclusion, Recommendations, References,
  in any of the four languages) switch between parts; of the others, the highest level present
  makes sections and lower levels sub-headings.
- ``p`` and loose text (split on blank lines) are paragraphs, ``blockquote`` a quotation,
  ``ul``/``ol`` lists. Links are kept; other inline markup is reduced to its text.
- Inline styles, ``<style>``/``<script>`` and shortcodes (``[caption …]``) are dropped and counted
  in the report. Images are not placed in the text (an analysis has no image block): their
  addresses are collected (``PostContent.images``, captions included) for the importer to keep
  them in the image library.
- An "In this issue" heading and the list after it, "click here for the PDF" lines and a "By:"
  line are recognised and not imported as text.
- Under Recommendations each item or paragraph is a recommendation; under References each is
  read by the text importer's reference parser.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field

import lxml.html
from lxml import etree

from issues.importers.pagechrome import BYLINE
from issues.importers.quotes import split_quotation
from issues.importers.references import parse_reference
from issues.importers.structure import InlineHTML, ParsedAnalysis, ParsedReference, ParsedSection
from issues.importers.vocabulary import ascii_digits, is_toc_header, structural_heading
from issues.importers.wordpress.headers import is_edition_only, is_masthead_line

#: Shortcodes whose content is a media caption or player, dropped with it.
ENCLOSING_SHORTCODE = re.compile(
    r"\[(caption|gallery|embed|audio|video|playlist|wp_caption)\b[^\]]{0,500}\].*?\[/\1\]",
    re.DOTALL | re.IGNORECASE,
)
_SUBHEADING_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)\-–:]\s+(?=\S)")
SHORTCODE = re.compile(r"\[(/?)([A-Za-z_][\w-]{0,40})(?:\s[^\]\[]{0,500})?/?\]")
_BLANK_LINES = re.compile(r"\n\s*\n")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = {
    *_HEADINGS,
    "p",
    "blockquote",
    "ul",
    "ol",
    "div",
    "section",
    "article",
    "figure",
    "table",
    "pre",
    "hr",
    "figcaption",
    "header",
    "footer",
    "aside",
    "main",
}
_DROPPED = {
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "object",
    "embed",
    "svg",
    "video",
    "audio",
    "template",
}
#: "Click here for the PDF" in the four languages (folded loosely: a short line with a PDF link).
_PDF_WORDS = re.compile(
    r"pdf|download|click here|دانلود|ډاونلوډ|ښکته کړئ|تحميل|اضغط|کلیک|کليک|اینجا|دلته",
    re.IGNORECASE,
)


@dataclass
class PostContent:
    """What one post's HTML holds, and what was left out of it."""

    analysis: ParsedAnalysis
    recommendations: list[str] = field(default_factory=list)
    references: list[ParsedReference] = field(default_factory=list)
    pdf_links: list[str] = field(default_factory=list)
    dropped: Counter = field(default_factory=Counter)  # "style", "shortcode:caption", "image", …
    header_text: list[str] = field(default_factory=list)  # lines read for number and week
    images: list[str] = field(default_factory=list)  # ``<img src>`` addresses, in order, once each


#: ``<img … src="…">`` anywhere in a post's HTML (in captions and galleries too).
_IMG_SRC = re.compile(r"""<img\b[^>]*?(?<![-\w])src\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)


def image_sources(content: str) -> list[str]:
    """The addresses of the images in a post's HTML, in order, each once."""
    if "<img" not in content and "<IMG" not in content:
        return []
    sources = (html.unescape(a or b).strip() for a, b in _IMG_SRC.findall(content))
    return list(dict.fromkeys(src for src in sources if src))


@dataclass
class _Node:
    kind: str  # "heading", "paragraph", "quote", "list"
    text: str = ""
    html: str = ""
    level: int = 0
    ordered: bool = False
    items: list[tuple[str, str]] = field(default_factory=list)  # (text, inline html)


def _inline(element, dropped: Counter) -> tuple[str, str]:
    """(plain text, inline HTML with links only) of an element's content."""
    text_parts: list[str] = []
    html_parts: list[str] = []

    def walk(node) -> None:
        if node.text:
            text_parts.append(node.text)
            html_parts.append(html.escape(node.text, quote=False))
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag and child.get("style"):
                dropped["style"] += 1
            if tag in _DROPPED:
                dropped[tag] += 1
            elif tag == "img":
                dropped["image"] += 1
            elif tag == "br":
                text_parts.append(" ")
                html_parts.append(" ")
            elif tag == "a" and child.get("href"):
                inner_text: list[str] = []
                inner = _inline(child, dropped)
                inner_text.append(inner[0])
                text_parts.append(inner[0])
                href = html.escape(child.get("href", "").strip(), quote=True)
                html_parts.append(f'<a href="{href}">{inner[1]}</a>')
            elif tag:
                walk(child)
            if child.tail:
                text_parts.append(child.tail)
                html_parts.append(html.escape(child.tail, quote=False))

    walk(element)
    return _squash("".join(text_parts)), _squash("".join(html_parts))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _text_paragraphs(text: str, dropped: Counter) -> list[_Node]:
    """Loose text (``wpautop`` style): a paragraph per blank-line-separated run."""
    nodes = []
    for part in _BLANK_LINES.split(text):
        fragment = lxml.html.fragment_fromstring(f"<p>{part}</p>") if "<" in part else None
        if fragment is not None:
            plain, inline = _inline(fragment, dropped)
        else:
            plain = _squash(part)
            inline = html.escape(plain, quote=False)
        if plain:
            nodes.append(_Node("paragraph", plain, inline))
    return nodes


def _nodes(root, dropped: Counter) -> list[_Node]:
    """The post as a flat list of block nodes, in order."""
    nodes: list[_Node] = []
    loose: list[str] = []

    def flush() -> None:
        if loose:
            nodes.extend(_text_paragraphs("".join(loose), dropped))
            loose.clear()

    def visit_children(parent) -> None:
        if parent.text:
            loose.append(html.escape(parent.text, quote=False))
        for child in parent:
            visit(child)
            if child.tail:
                loose.append(html.escape(child.tail, quote=False))

    def visit(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag:  # a comment (Gutenberg block delimiters) or processing instruction
            return
        if el.get("style"):
            dropped["style"] += 1
        if tag in _DROPPED:
            dropped[tag] += 1
            return
        if tag not in _BLOCKS:
            if tag == "img":
                dropped["image"] += 1
                return
            loose.append(etree.tostring(el, encoding="unicode", with_tail=False))
            return
        flush()
        if tag in _HEADINGS:
            plain, inline = _inline(el, dropped)
            if plain:
                nodes.append(_Node("heading", plain, inline, level=int(tag[1])))
        elif tag == "p":
            plain, inline = _inline(el, dropped)
            if plain:
                nodes.append(_Node("paragraph", plain, inline))
        elif tag == "blockquote":
            inner = [_inline(p, dropped) for p in el.iter("p")] or [_inline(el, dropped)]
            plain = " ".join(t for t, _ in inner if t)
            if plain:
                nodes.append(_Node("quote", plain, " ".join(h for _, h in inner if h)))
        elif tag in ("ul", "ol"):
            items = [_inline(li, dropped) for li in el if li.tag == "li"]
            items = [(t, h) for t, h in items if t]
            if items:
                nodes.append(_Node("list", ordered=tag == "ol", items=items))
        elif tag == "hr":
            return
        elif tag == "figure" and not el.xpath(".//p|.//blockquote"):
            dropped["image" if el.xpath(".//img") else "figure"] += 1
        else:  # containers: their children are blocks or loose text
            visit_children(el)
            flush()

    visit_children(root)
    flush()
    return nodes


def strip_shortcodes(content: str, dropped: Counter) -> str:
    """``content`` without WordPress shortcodes, each counted as ``shortcode:name``."""

    def drop(match: re.Match) -> str:
        if not match.group(1):
            dropped[f"shortcode:{match.group(2).lower()}"] += 1
        return ""

    def drop_enclosing(match: re.Match) -> str:
        dropped[f"shortcode:{match.group(1).lower()}"] += 1
        return ""

    return SHORTCODE.sub(drop, ENCLOSING_SHORTCODE.sub(drop_enclosing, content))


def _is_pdf_line(node: _Node) -> bool:
    return (
        node.kind == "paragraph"
        and len(node.text) <= 160
        and ".pdf" in node.html.lower()
        or (
            node.kind == "paragraph"
            and len(node.text) <= 80
            and "PDF" in node.text.upper()
            and bool(_PDF_WORDS.search(node.text))
            and "<a " in node.html
        )
    )


def read_content(content: str, title: str = "") -> PostContent:
    """One post's ``content:encoded`` as an analysis titled ``title``."""
    dropped: Counter = Counter()
    images = image_sources(content or "")
    content = strip_shortcodes(content or "", dropped)
    if "\n" in content and not re.search(r"<(?:p|h[1-6]|ul|ol|blockquote|div)\b", content, re.I):
        content = "".join(f"<p>{part}</p>" for part in _BLANK_LINES.split(content.strip()))
    try:
        root = lxml.html.fragment_fromstring(content or "<p></p>", create_parent="div")
    except etree.ParserError:
        root = lxml.html.fragment_fromstring("<p></p>", create_parent="div")
    nodes = _nodes(root, dropped)
    result = PostContent(analysis=ParsedAnalysis(title=title))
    _Assembler(result, nodes).run()
    analysis = result.analysis
    if not analysis.sections and len(analysis.introduction) >= 2:
        # A post without section headings (most old posts): its first paragraph introduces,
        # the rest is one section under the post's title (an analysis has at least one).
        body = [("paragraph", p) for p in analysis.introduction[1:]]
        analysis.sections.append(ParsedSection(heading=analysis.title or "…", blocks=body))
        del analysis.introduction[1:]
        dropped["no_section_headings"] += 1
    result.images = images
    if images:
        dropped.pop("image", None)  # reported one by one instead (see PostContent.images)
    result.dropped = dropped
    return result


@dataclass
class _Assembler:
    result: PostContent
    nodes: list[_Node]
    part: str = "introduction"  # or "body", "conclusion", "recommendations", "references", "toc"
    section: ParsedSection | None = None
    in_header: bool = True

    def run(self) -> None:
        self.take_bylined_title()
        headings = [n.level for n in self.nodes if n.kind == "heading" and not self._special(n)]
        self.section_level = min(headings) if headings else 0
        for node in self.nodes:
            self.add(node)

    def take_bylined_title(self) -> None:
        """A title on its own line followed by a "By:" line is the article's title: it replaces
        a post title that only names the edition and number, and is not a section."""
        for i, node in enumerate(self.nodes[:-1]):
            if structural_heading(node.text):
                return
            following = self.nodes[i + 1]
            if (
                node.kind in ("heading", "paragraph")
                and len(node.text) <= 200
                and following.kind == "paragraph"
                and BYLINE.match(following.text)
            ):
                analysis = self.result.analysis
                if not analysis.title or is_edition_only(analysis.title):
                    analysis.title = node.text
                if node.text == analysis.title:
                    del self.nodes[i]
                return

    def _special(self, node: _Node) -> bool:
        return bool(structural_heading(node.text) or is_toc_header(node.text))

    def add(self, node: _Node) -> None:
        result = self.result
        analysis = result.analysis
        if node.kind != "list" and self.in_header and len(result.header_text) < 8:
            result.header_text.append(node.text)
        if node.kind == "heading" or (node.kind == "paragraph" and len(node.text) <= 60):
            structural = structural_heading(node.text)
            if structural or is_toc_header(node.text):
                self.part = structural or "toc"
                self.section = None
                if structural:
                    self.in_header = False
                return
        if self.part == "toc":
            if node.kind == "list" or (node.kind == "paragraph" and len(node.text) <= 120):
                return  # an entry of the "In this issue" list
            self.part = "introduction" if not analysis.sections else "body"
        if node.kind == "paragraph" and (_is_pdf_line(node)):
            result.pdf_links.extend(re.findall(r'href="([^"]+)"', node.html))
            return
        if node.kind == "paragraph" and BYLINE.match(node.text) and len(node.text) <= 120:
            return
        if node.kind == "paragraph" and self.in_header and is_masthead_line(node.text):
            return
        if node.kind == "heading":
            if node.text == analysis.title:
                return
            self.in_header = False
            if self.part in ("recommendations", "references", "conclusion", "introduction"):
                self.part = "body"
            if node.level <= self.section_level or self.section is None:
                self.section = ParsedSection(heading=node.text)
                analysis.sections.append(self.section)
            else:
                number = _SUBHEADING_NUMBER.match(ascii_digits(node.text))
                text = node.text[number.end() :] if number else node.text
                value = {"number": number.group(1) if number else "", "text": text.strip()}
                self.section.blocks.append(("subheading", value))
            return
        if self.part == "recommendations":
            texts = [h for _, h in node.items] if node.kind == "list" else [node.html]
            result.recommendations.extend(InlineHTML(t) for t in texts)
            return
        if self.part == "references":
            texts = [t for t, _ in node.items] if node.kind == "list" else [node.text]
            for text in texts:
                reference = parse_reference(text)
                if not reference.url:
                    found = re.search(r'href="([^"]+)"', node.html or "")
                    if found:
                        reference.url = html.unescape(found.group(1))
                result.references.append(reference)
            return
        if self.part in ("introduction", "conclusion"):
            target = analysis.introduction if self.part == "introduction" else analysis.conclusion
            if node.kind == "paragraph" or node.kind == "quote":
                target.append(InlineHTML(node.html))
            else:
                target.extend(InlineHTML(h) for _, h in node.items)
            return
        section = self.section
        if section is None:  # text before any section heading belongs to the introduction
            self.part = "introduction"
            self.add(node)
            return
        if node.kind == "paragraph":
            section.blocks.append(("paragraph", InlineHTML(node.html)))
        elif node.kind == "quote":
            split = split_quotation(node.text, marked=True)
            quote = split[1] if split else {"quote": node.text, "attribution": ""}
            if split and split[0]:
                section.blocks.append(("paragraph", split[0]))
            section.blocks.append(("quotation", quote))
        else:
            kind = "numbered_list" if node.ordered else "bulleted_list"
            section.blocks.append((kind, [InlineHTML(h) for _, h in node.items]))
