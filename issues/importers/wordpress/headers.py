"""The issue number and week of an old post, from its title or its first lines.

The old sites wrote them in running text, in any of the four languages and digit systems:
"Weekly Analysis No. 455 (2–6 December 2024)", «اونیزه شننه، ګڼه ۴۵۵ …», «العدد ٤٥٥ من …»,
with Persian letter forms (ی, ک) inside Arabic. Digits are made ASCII and letters folded by the
text importer's vocabulary before its patterns are applied.
"""

from __future__ import annotations

import datetime
import re

from issues.importers.dates import find_week
from issues.importers.pagechrome import PUBLISHED_ON, is_chrome
from issues.importers.vocabulary import NUMBER_LABEL, ascii_digits

_ARABIC_FORMS = str.maketrans(
    {"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا", "آ": "ا"}
)
#: Edition names right before a bare number: "Weekly Analysis 455", «التحليل الأسبوعي ٤٥٥».
_EDITION_NUMBER = re.compile(
    r"(?:weekly\s+analysis|اونیزه\s+شننه|اونۍ\s+تحلیل|تحلیل\s+هفته\S*|التحلیل\s+الاسبوعی"
    r"|التحليل\s+الأسبوعي|تحليل\s+الأسبوع)\s*[:#\-–—(]*\s*(\d{1,5})(?!\d)",
    re.IGNORECASE,
)


def normalise(text: str) -> str:
    """ASCII digits and one form of the letters Arabic and Persian write differently."""
    return ascii_digits(text).translate(_ARABIC_FORMS)


def find_number(*texts: str) -> int | None:
    """The first issue number labelled in ``texts`` (title first), or None."""
    for text in texts:
        if not text:
            continue
        plain = ascii_digits(text[:2000])
        for pattern, source in (
            (NUMBER_LABEL, plain),
            (NUMBER_LABEL, normalise(plain)),
            (_EDITION_NUMBER, plain),
            (_EDITION_NUMBER, normalise(plain)),
        ):
            match = pattern.search(source)
            if match and 0 < int(match.group(1)) < 100000:
                return int(match.group(1))
    return None


def find_issue_week(*texts: str) -> tuple[datetime.date, datetime.date | None] | None:
    """The week an issue covers, from ``texts`` in order; "published on" lines are not read."""
    for text in texts:
        if not text:
            continue
        kept = "\n".join(line for line in text.splitlines() if not PUBLISHED_ON.match(line))
        week = find_week(kept) or find_week(normalise(kept))
        if week and week[1] is not None:
            return week
    for text in texts:  # a single date, as the last resort
        week = find_week(text or "")
        if week:
            return week
    return None


def is_edition_only(title: str) -> bool:
    """True for a post title that is only the edition name and number ("اونیزه شننه ۳۰۲",
    "Weekly Analysis – No. 455"): the article's real title is then in the text."""
    from issues.importers.vocabulary import SERIES_KEYS, key

    if find_number(title) is None:
        return False
    rest = key(re.sub(r"\d+", " ", NUMBER_LABEL.sub(" ", ascii_digits(title))))
    for series in sorted(SERIES_KEYS, key=len, reverse=True):
        rest = rest.replace(series, "")
    return len(rest) < 3


def is_masthead_line(text: str) -> bool:
    """A line of the old page's header: number, week, publication date or breadcrumbs."""
    if len(text) > 240:
        return False
    return bool(
        is_chrome(text)
        or find_number(text)
        and len(text) <= 160
        or (len(text) <= 80 and find_week(text) is not None)
    )
