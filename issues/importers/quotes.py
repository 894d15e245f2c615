"""Quotations "where obvious": a quoted sentence attributed to a named person.

Three shapes are recognised, in all four languages (quotation marks "…", “…”, «…», „…“):

- the whole paragraph is a quotation followed by ``— Name`` (or any paragraph marked as a
  quotation by Markdown ``>`` or a .docx quotation style, attribution optional);
- ``“…,” said Name.`` / ``«…»، Name وویل.``: the quotation, then a saying verb and a name;
- a paragraph that ends with a quoted sentence introduced by a saying verb (``Russian President
  X said: “…”``, ``ولادیمیر پوتین گفت: «…»``): the text before the quotation stays a paragraph
  and the quotation becomes a quotation block, attributed to the name before the verb.
"""

from __future__ import annotations

import re

from issues.importers.vocabulary import SAYING_VERBS, fold_aligned

_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "”": "”"}
_DASH_ATTRIBUTION = re.compile(r"^\s*[-–—―]+\s*(?P<a>[^\s].{1,100})$")
_SENTENCE_END = re.compile(r"[.!?؟…]['\"”’»]?\s+")
_CAP_RUN = re.compile(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*")
_STOP_LEADING = {"The", "A", "An", "In", "On", "As", "But", "And", "However", "Meanwhile"}
_CONNECTORS = ("و ", "او ", "چې ", "كه ", "که ")

Quotation = dict[str, str]


def _verb_positions(folded: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for verb in SAYING_VERBS:
        for m in re.finditer(rf"(?<!\w){re.escape(verb)}(?!\w)", folded):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _strip_quote(text: str) -> str:
    return text.strip().strip(",،").strip()


def _english_name(lead: str) -> str:
    runs = [r.strip() for r in _CAP_RUN.findall(lead)]
    runs = [r for r in runs if len(r.split()) >= 2 or (r and lead.find(r) > 0)]
    if not runs:
        return ""
    words = runs[-1].split()
    while words and words[0] in _STOP_LEADING:
        words = words[1:]
    return " ".join(words) if len(words) >= 1 and words[0][:1].isupper() else ""


def _attribution_before_verb(sentence: str) -> str:
    """The speaker: the words of ``sentence`` before its saying verb (or, as Arabic writes
    «قال فلان:», between the verb and the quotation)."""
    verbs = _verb_positions(fold_aligned(sentence))
    if not verbs:
        return ""
    start, stop = verbs[-1]
    before = sentence[:start].strip(" ,،:;")
    if re.search("[A-Za-z]", before[:1]):
        return _english_name(before)
    for connector in _CONNECTORS:
        if before.startswith(connector):
            before = before[len(connector) :]
    if not before:
        before = sentence[stop:].strip(" ,،:;")
    words = before.split()
    return before if 1 <= len(words) <= 10 else ""


def _is_sentence(quote: str) -> bool:
    return len(quote) >= 25 and len(quote.split()) >= 5


def split_quotation(text: str, marked: bool = False) -> tuple[str, Quotation] | None:
    """``(text before, {"quote", "attribution"})`` when ``text`` holds an obvious quotation."""
    text = text.strip()
    if len(text) > 5000 or not text:
        return None
    whole = _whole(text, marked)
    if whole:
        return "", whole
    return _trailing(text)


def _whole(text: str, marked: bool) -> Quotation | None:
    opener = text[0]
    closer = _PAIRS.get(opener)
    if closer is None:
        if marked:
            body, _, attribution = _split_dash(text)
            return {"quote": body, "attribution": attribution} if body else None
        return None
    end = text.find(closer, 1)
    if end < 0:
        return None
    quote = _strip_quote(text[1:end])
    rest = text[end + 1 :].strip()
    if not rest:
        return {"quote": quote, "attribution": ""} if marked and quote else None
    m = _DASH_ATTRIBUTION.match(rest)
    if m and _is_sentence(quote):
        return {"quote": quote, "attribution": m.group("a").strip(" .")}
    # “…,” said Name.  /  «…»، Name وویل.
    rest_clean = rest.strip(" ,،.")
    if len(rest_clean) > 120 or not _is_sentence(quote):
        return None
    verbs = _verb_positions(fold_aligned(rest_clean))
    if not verbs:
        return None
    start, stop = verbs[0]
    name = (rest_clean[:start] + " " + rest_clean[stop:]).strip(" ,،.")
    if not name or len(name.split()) > 12:
        return None
    return {"quote": quote, "attribution": name}


def _split_dash(text: str) -> tuple[str, str, str]:
    m = re.search(r"\s[-–—―]+\s*([^-–—―]{2,100})$", text)
    if m:
        return text[: m.start()].strip(), "", m.group(1).strip(" .")
    return text, "", ""


def _trailing(text: str) -> tuple[str, Quotation] | None:
    stripped = text.rstrip(" .")
    if not stripped:
        return None
    closer = stripped[-1]
    openers = [o for o, c in _PAIRS.items() if c == closer]
    if not openers:
        return None
    start = max(stripped.rfind(o, 0, len(stripped) - 1) for o in openers)
    if start <= 0:
        return None
    quote = _strip_quote(stripped[start + 1 : -1])
    if not _is_sentence(quote) or quote[-1:] not in ".!?؟…" and text.rstrip()[-1:] != ".":
        return None
    lead = text[:start].rstrip()
    sentences = _SENTENCE_END.split(lead)
    lead_sentence = sentences[-1] if sentences else lead
    attribution = _attribution_before_verb(lead_sentence)
    if not attribution:
        return None
    return lead, {"quote": quote, "attribution": attribution}
