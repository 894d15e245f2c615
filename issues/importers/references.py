"""One reference line to outlet, title, publication date, link and note.

Shapes recognised (numbering and bullets are removed before):
``Radio Azadi: "Title," published on November 30, 2023. Accessible: azad.link/x``,
``[2] Deutsche Welle, “Title”, 19 November 2024, https://…``,
``راډیو ازادي: «سرلیک»، ۱۴۰۳ د لړم ۹مه. لاسرسی: azad.link/x`` and the like. Whatever is left
once the parts and the filler words ("published on", "Accessible:", «لاسرسی») are taken out
becomes the note.
"""

from __future__ import annotations

import re

from issues.importers.cleanup import _EMAIL, _URL
from issues.importers.dates import date_span, find_date
from issues.importers.structure import ParsedReference
from issues.importers.vocabulary import REFERENCE_FILLER, fold

_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»]{2,400})[\"”“»]")
_TRAILING_PUNCT = ' \t.,;:،؛-–—)»"”'
_FILLER = sorted(REFERENCE_FILLER, key=len, reverse=True)
_URL_LABELS = re.compile(
    r"(?:accessible|accessed|available(?:\s+at)?|retrieved\s+from|link|url|online|"
    r"لاسرسی|لینک|دسترسی|متاح\s+على|الرابط|رابط)\s*:?\s*$",
    re.IGNORECASE,
)


def normalize_url(url: str) -> str:
    """The link with trailing punctuation removed and ``https://`` added when no scheme."""
    url = url.strip().rstrip(".,;:)]}»\"”'")
    if url and not re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        url = "https://" + url
    return url


def looks_like_reference(text: str) -> bool:
    """A link, a date or a quoted title: enough to call a line a reference."""
    return bool(_URL.search(text) or _QUOTED.search(text) or find_date(text))


def parse_reference(text: str) -> ParsedReference:
    """Split one reference (see module docstring)."""
    text = text.strip()[:2000]
    ref = ParsedReference()
    urls = [m for m in _URL.finditer(text) if not _EMAIL.fullmatch(m.group())]
    rest = text
    if urls:
        m = urls[-1]
        ref.url = normalize_url(m.group())
        before = _URL_LABELS.sub("", text[: m.start()].rstrip())
        rest = (before + " " + text[m.end() :]).strip()
    quoted = _QUOTED.search(rest)
    if quoted:
        ref.outlet = rest[: quoted.start()].strip(_TRAILING_PUNCT + " ")
        ref.title = quoted.group(1).strip(_TRAILING_PUNCT)
        tail = rest[quoted.end() :]
    else:
        ref.outlet, ref.title, tail = _split_unquoted(rest)
    span = date_span(tail)
    if span:
        ref.date = find_date(tail[span[0] : span[1]])
        tail = tail[: span[0]] + " " + tail[span[1] :]
    elif (date := find_date(rest)) is not None:
        ref.date = date
    ref.note = _leftover(tail)
    if len(ref.outlet) > 150:  # no real outlet: keep the text as the title
        ref.title = (ref.outlet + " " + ref.title).strip()
        ref.outlet = ""
    return ref


def _split_unquoted(text: str) -> tuple[str, str, str]:
    """``(outlet, title, tail)`` for a reference without a quoted title."""
    span = date_span(text)
    head, tail = (text[: span[0]], text[span[0] :]) if span else (text, "")
    colon = re.search(r"[:：]\s", head[:100])
    if colon:
        outlet, title = head[: colon.start()], head[colon.end() :]
    else:
        parts = re.split(r"[,،]\s*", head, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) <= 8:
            outlet, title = parts
        else:
            outlet, title = "", head
    return outlet.strip(_TRAILING_PUNCT), title.strip(_TRAILING_PUNCT), tail


def _leftover(tail: str) -> str:
    """What remains of ``tail`` once filler words and punctuation are gone ("" if nothing)."""
    folded = " " + fold(tail) + " "
    for filler in _FILLER:
        folded = re.sub(rf"(?<!\w){re.escape(filler)}(?!\w)", " ", folded)
    if not re.search(r"[^\W\d_]{3,}", folded):
        return ""
    return re.sub(r"\s+", " ", tail).strip(_TRAILING_PUNCT + " ")
