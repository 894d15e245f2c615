"""Lines the old web pages put around an issue's text, recognised in all four languages.

- breadcrumbs ("Home » Weekly Analysis » …", «الرئيسية » التحليل الأسبوعي»);
- "published on" lines, as WordPress themes and Jalali date plugins print them (the date of the
  post, never the week the issue covers);
- tag and category archive headings ("Tag: Weekly Analysis", «الوسم: …», «برچسب: …»);
- a "By:" line under an article's title (the line before it is the title).

:func:`drop_page_chrome` removes them from the top of a text before the parser reads it.
"""

from __future__ import annotations

import re

from issues.importers.cleanup import Line

#: "Published on …" lines (the date a plugin printed; never the week itself).
PUBLISHED_ON = re.compile(
    r"^\s*(?:published(?:\s+on)?|posted(?:\s+on)?|date\s*:|نشر\s+في|تاريخ\s+النشر|نُشر\s+في|"
    r"نشر\s+شوی|خپور\s+شوی|خپره\s+شوې|د\s+خپرېدو\s+نېټه|منتشر\s+شده|تاریخ\s+نشر|تاریخ\s+انتشار|"
    r"نشر\s+شده)",
    re.IGNORECASE,
)
#: "By: Name" lines (article bylines) in the four languages.
BYLINE = re.compile(
    r"^\s*(?:by|written\s+by|author|بقلم|إعداد|اعداد|الكاتب|لیکوال|ليکوال|لیکنه|نویسنده|نوشته)"
    r"\s*[:：]\s*\S|^\s*by\s+[A-Z]",
    re.IGNORECASE,
)
#: Tag and category archive headings.
ARCHIVE_HEADING = re.compile(
    r"^\s*(?:tag|category|archives?(?:\s+for)?(?:\s+(?:tag|category))?|tag\s+archives?|"
    r"الوسم|وسم|التصنيف|تصنيف|أرشيف(?:\s+الوسم|\s+التصنيف)?|ارشيف|"
    r"برچسب|دسته|دسته‌بندی|بایگانی(?:\s+برچسب|\s+دسته)?|آرشیف|ارشیف|"
    r"ټګ|ټګونه|کټګوري|کتګوري|آرشیف\s+د)\s*[:：«\"“]",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"^[^!?؟]{0,160}(?:\s[»›>/|]\s|\s«\s)[^!?؟]{0,160}$")

#: Lines from the top of the text that are looked at (the article's own text comes after).
HEAD_LINES = 40


def is_breadcrumb(text: str) -> bool:
    """ "Home » Weekly Analysis » Issue 455" and the like."""
    return (
        len(text) <= 240
        and bool(_BREADCRUMB.match(text))
        and not text.endswith((".", "。", "؛"))
        and len(text.split()) <= 24
    )


def is_chrome(text: str) -> bool:
    """A breadcrumb, "published on" or archive-heading line."""
    return len(text) <= 240 and bool(
        is_breadcrumb(text) or PUBLISHED_ON.match(text) or ARCHIVE_HEADING.match(text)
    )


def drop_page_chrome(lines: list[Line]) -> list[Line]:
    """``lines`` without the page chrome near the top; a title followed by a "By:" line
    becomes a heading (level 1) and the "By:" line is dropped."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        if index < HEAD_LINES and is_chrome(line.text):
            continue
        if index < HEAD_LINES and BYLINE.match(line.text) and len(line.text) <= 120:
            if out and len(out[-1].text) <= 200 and out[-1].level is None:
                out[-1].level = 1
            continue
        out.append(line)
    return out
