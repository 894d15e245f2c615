"""A page saved from the old site (HTML) as the text the importer reads.

readability-lxml finds the article and drops the theme's chrome (menus, sidebars, footers,
comment forms). What the old pages put just above the article (breadcrumbs, the edition's
number and week, a "published on" line) often sits outside it, so the lines of the page's
header area before the article are read too and kept in front when they carry the number or
the week; the importer's header clean-up (``cleanup.drop_page_chrome``) then removes the rest.

The result is Markdown-like text: ``#`` headings, ``>`` quotations, ``-``/``1.`` list items,
a blank line between blocks, the form ``parse_file`` already understands.
"""

from __future__ import annotations

import re

import lxml.html

from issues.importers.errors import ImportFileError
from issues.importers.vocabulary import key

_HEADINGS = {"h1": "#", "h2": "##", "h3": "###", "h4": "####", "h5": "####", "h6": "####"}
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_CHROME = ["script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "svg"]


def looks_like_html(data: bytes, filename: str = "") -> bool:
    """A saved web page: an HTML doctype or root element near the start, or an .html name."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return head.startswith((b"<!doctype html", b"<html")) or (
        filename.lower().endswith((".html", ".htm")) and b"<" in head
    )


def decode_html(data: bytes, filename: str) -> str:
    """The page's text: its declared charset, else UTF-8."""
    declared = _CHARSET.search(data[:4096])
    encodings = [declared.group(1).decode("ascii", "ignore")] if declared else []
    for encoding in [*encodings, "utf-8"]:
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except (LookupError, UnicodeDecodeError):
            continue
    raise ImportFileError(
        filename, "the page is not valid UTF-8; save it again as UTF-8.", "not_utf8"
    )


def _text(element) -> str:
    return re.sub(r"\s+", " ", element.text_content() or "").strip()


def _blocks(root) -> list[str]:
    """Block-level content as Markdown-like lines, in document order."""
    lines: list[str] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _HEADINGS:
            text = _text(element)
            if text:
                lines.append(f"{_HEADINGS[tag]} {text}")
        elif tag == "p" and not _inside(element, ("li", "blockquote")):
            text = _text(element)
            if text:
                lines.append(text)
        elif tag == "blockquote":
            text = _text(element)
            if text:
                lines.append(f"> {text}")
        elif tag == "li" and not _inside(element, ("li",)):
            text = _text(element)
            if text:
                ordered = element.getparent() is not None and element.getparent().tag == "ol"
                position = element.getparent().index(element) + 1 if ordered else 0
                lines.append(f"{position}. {text}" if ordered else f"- {text}")
        elif tag in ("div", "section", "td", "span", "header") and not _has_blocks(element):
            text = _text(element)
            if text and not _inside(element, ("p", "li", "blockquote", *_HEADINGS)):
                lines.append(text)
    return lines


def _inside(element, tags: tuple[str, ...]) -> bool:
    parent = element.getparent()
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _has_blocks(element) -> bool:
    return any(
        isinstance(child.tag, str)
        and child.tag in {"p", "div", "ul", "ol", "li", "blockquote", "section", *_HEADINGS}
        for child in element.iter()
        if child is not element
    )


def _header_lines(page) -> list[str]:
    """Lines of the page before its article (breadcrumbs, masthead, archive heading)."""
    body = page.find("body")
    if body is None:
        return []
    article = body.find(".//article")
    if article is None:
        article = body.find(".//main")
    if article is None:
        return []
    lines = []
    for element in body.iter():
        if element is article:
            break
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in (*_HEADINGS, "p", "li") or (
            tag in ("div", "span", "header") and not _has_blocks(element)
        ):
            text = _text(element)
            if text and not _inside(element, ("p", "li", *_HEADINGS)):
                lines.append(text)
    return lines


_SITE_NAME = re.compile(r"\s+[-–—|«»]\s+")


def _names_the_issue(line: str) -> bool:
    """A header line worth keeping: it carries the issue number or the week."""
    from issues.importers.dates import find_week
    from issues.importers.parser import is_number_line

    return len(line) <= 300 and (is_number_line(line) or find_week(line) is not None)


def _article_title(title: str, content: list[str]) -> str:
    """The part of ``<title>`` that names the article, when the text itself shows no title
    (no heading and no "By:" line before its introduction); else ""."""
    from issues.importers.pagechrome import BYLINE
    from issues.importers.vocabulary import PUBLISHER_KEYS, SERIES_KEYS, structural_heading

    for line in content[:20]:
        if structural_heading(line.lstrip("# ")):
            break
        if line.startswith("#") or BYLINE.match(line):
            return ""
    keys = {key(line.lstrip("# ")) for line in content[:20]}
    for part in _SITE_NAME.split(title.strip()):
        k = key(part)
        if k in keys:
            return ""
        if k and k not in SERIES_KEYS and k not in PUBLISHER_KEYS:
            return part.strip()
    return ""


def html_to_text(data: bytes, filename: str) -> str:
    """The main text of a saved page as Markdown-like lines (see module docstring)."""
    from readability import Document

    source = decode_html(data, filename)
    try:
        page = lxml.html.document_fromstring(source)
        title = _text(page.find(".//title")) if page.find(".//title") is not None else ""
        for tag in _CHROME:  # menus, sidebars and footers never hold the article
            for element in list(page.iter(tag)):
                if element.getparent() is not None:
                    element.drop_tree()
        article = Document(lxml.html.tostring(page, encoding="unicode")).summary(html_partial=True)
    except Exception as error:  # noqa: BLE001 - lxml's and readability's own errors alike
        problem = f"the page cannot be read ({type(error).__name__})."
        raise ImportFileError(filename, problem, "unreadable") from error
    content = _blocks(lxml.html.fragment_fromstring(article, create_parent="div"))
    if not content:
        raise ImportFileError(filename, "the page holds no article text.", "no_text")
    header = [
        line for line in _header_lines(page) if line not in content and _names_the_issue(line)
    ]
    lines = header + content
    title = _article_title(title, content)
    if title:
        # The article's title only in <title>: first, as the heading it is.
        lines.insert(len(header), f"# {title}")
    return "\n\n".join(lines) + "\n"
