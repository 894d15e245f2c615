"""Lines to blocks: artefact removal and paragraph rejoining.

Removed as PDF artefacts (counted as blank lines so broken paragraphs still rejoin across them):
page numbers ("4", "Page 4", "- 4 -", "4 / 12"), lines of punctuation only, the publisher's name
and mangled logo text ("enterfor strategicand Reebonic"), the series name alone, contact lines
(an e-mail, a phone number, "Website: …", the publisher's own web address), running headers and
footers (short lines repeated on three or more pages, or at the same edge of several PDF pages),
Markdown escapes (``\\$500``), simple HTML tags (``<u>``), soft hyphens and bidi controls.

Then lines become :class:`Block` s: one per paragraph, list item, heading or footnote. Lines are
joined when a paragraph was hard-wrapped (a PDF text layer), broken by a page break (the line
before it is long and has no final punctuation), or hyphenated at the line end.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from issues.importers.vocabulary import (
    CONTACT_LABELS,
    NUMBER_LABEL,
    PUBLISHER_KEYS,
    SERIES_KEYS,
    ascii_digits,
    fold,
    is_contact_header,
    is_toc_header,
    key,
    structural_heading,
)

_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
_INVISIBLE = re.compile("[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$%&|<>~^\"'])")
_HTML_TAG = re.compile(
    r"</?(?:u|b|i|em|strong|span|sup|sub|br|p|div|font|mark|small)\b[^>]*>", re.IGNORECASE
)
_MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((\S{1,500}?)\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_DIGIT = r"[0-9\u06f0-\u06f9\u0660-\u0669]"
_PAGE_NUMBER = re.compile(
    rf"^(?:page|p\.|صفحه|صفحة|مخ|پاڼه)?\s*[-–—(\[|]?\s*{_DIGIT}{{1,3}}\s*[-–—)\]|]?"
    rf"(?:\s*(?:/|of|از|من|له)\s*{_DIGIT}{{1,3}})?$",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(
    r"(?:https?://|www\.)[\x21-\x7e]+"
    r"|(?<![@\w.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|af|link|info|gov|edu|io|de"
    r"|ru|cn|ir|pk|uk|int|news|tv|me|co|ly|gl|eu|us|example)(?:/[\x21-\x7e]*|(?![\w.-]))",
    re.IGNORECASE,
)
_PHONE = re.compile(r"^\+?[\d\u06f0-\u06f9\u0660-\u0669][\d\u06f0-\u06f9\u0660-\u0669\s().-]{6,}$")
_TERMINAL = ".!?:;…؟؛۔"
_CLOSERS = "\"'”’»)]}›"
_BULLETS = "-•*▪●◦·–—➢►■□○✓∙"
_MARKER = re.compile(
    rf"^(?:\[(?P<fn>{_DIGIT}{{1,3}})\]\s*"
    rf"|[{re.escape(_BULLETS)}]?\s*\(?(?P<num>{_DIGIT}{{1,3}})\s*[.)\-–ـ]\s*(?!\s|{_DIGIT})"
    rf"|(?P<bullet>[{re.escape(_BULLETS)}])\s+)"
)
_MARKER_ONLY = re.compile(
    rf"^(?:\[{_DIGIT}{{1,3}}\]|[{re.escape(_BULLETS)}]?\s*\(?{_DIGIT}{{1,3}}\s*[.)\-–]"
    rf"|[{re.escape(_BULLETS)}])$"
)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*$")
_MD_QUOTE = re.compile(r"^>\s?(.*)$")
_DECORATION = re.compile(r"(?:\.{3,}|…+|\s[.·]?\s*\d{1,3}|[^\W\d_]\d{1,3})\s*$")
_TRAILING_NOTE = re.compile(r"(?:\[\d{1,3}\]|[¹²³⁰-⁹]+)+$")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
_STARTS_LOWER = re.compile(r"^[\"'“‘(]?[a-z]")


@dataclass
class Line:
    """One physical line after normalisation."""

    text: str
    page: int = 0
    gap: int = 0  # blank or removed lines before it
    level: int | None = None  # Markdown/.docx heading level
    quote: bool = False  # Markdown "> " / .docx quotation style


@dataclass
class Block:
    """One paragraph, list item, heading candidate or footnote."""

    text: str
    marker: str = ""  # "", "bullet", "number" or "footnote"
    number: str = ""  # ASCII digits for numbered items and footnotes
    level: int | None = None
    quote: bool = False
    gap: int = 0
    decorated: bool = False  # bullet or trailing page number: looks like a TOC entry
    page: int = 0
    lines: int = 1  # physical lines joined into it

    @property
    def heading_like(self) -> bool:
        """Short, without final punctuation, not starting lower-case: could be a heading."""
        if self.level is not None:
            return True
        return self.lines == 1 and looks_like_heading(self.text)


def normalize_line(text: str) -> str:
    """Unicode, Markdown and whitespace clean-up of one line."""
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = _HTML_TAG.sub("", text)
    text = _MD_LINK.sub(lambda m: f"{m.group(1)} {m.group(2)}", text)
    text = _MD_EMPHASIS.sub(lambda m: m.group(2), text)
    text = _MD_ESCAPE.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()


def ends_terminal(text: str) -> bool:
    """Whether the text ends a sentence (or with a link, which ends a reference)."""
    stripped = _TRAILING_NOTE.sub("", text.rstrip()).rstrip(_CLOSERS).rstrip()
    if not stripped:
        return False
    if stripped[-1] in _TERMINAL:
        return True
    last = text.rsplit(None, 1)[-1] if text.split() else ""
    return bool(_URL.fullmatch(last.rstrip(".,;")) or _EMAIL.fullmatch(last))


def looks_like_heading(text: str) -> bool:
    """Short, has letters, no final punctuation, not starting lower-case: could be a heading.

    "Short" is at most 150 characters and 20 words; in Latin script a line of more than six
    words must also be in title case or capitals (most longer words capitalised), and in Arabic
    script (no capitals to go by) at most 12 words.
    """
    if not text or len(text) > 150:
        return False
    words = text.split()
    if len(words) > 20 or ends_terminal(text) or text.rstrip()[-1] in ",،":
        return False
    if _STARTS_LOWER.match(text) or not any(ch.isalpha() for ch in text):
        return False
    if _ARABIC_LETTER.search(text) and not re.search("[A-Za-z]{3}", text):
        return len(words) <= 12
    if len(words) > 6:
        long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
        capitalised = [w for w in long_words if w[:1].isupper()]
        return bool(long_words) and len(capitalised) >= 0.6 * len(long_words)
    return True


def split_marker(text: str) -> tuple[str, str, str]:
    """``(marker, number, rest)`` for list items ("- 1. …", "۲) …", "• …") and footnotes."""
    m = _MARKER.match(text)
    if not m:
        return "", "", text
    rest = text[m.end() :].strip()
    if not rest:
        return "", "", text
    if m.group("fn"):
        return "footnote", ascii_digits(m.group("fn")), rest
    if m.group("num"):
        return "number", str(int(ascii_digits(m.group("num")))), rest
    return "bullet", "", rest


# --- artefacts --------------------------------------------------------------------------------


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text)) and any(ch.isdigit() for ch in text)


def is_publisher_or_logo(text: str) -> bool:
    """The publisher's or series' name alone, or a mangled rendering of the logo."""
    if len(text) > 70:
        return False
    return _is_publisher_key(key(text))


@functools.lru_cache(maxsize=4096)
def _is_publisher_key(k: str) -> bool:
    if not k:
        return False
    if k in PUBLISHER_KEYS or k in SERIES_KEYS:
        return True
    rest = k
    for name in _NAMES_LONGEST_FIRST:
        rest = rest.replace(name, "")
    if not rest:
        return True
    if len(k) < 12:
        return False
    for name in _LONG_PUBLISHER_KEYS:
        matcher = difflib.SequenceMatcher(None, k, name, autojunk=False)
        if (
            matcher.real_quick_ratio() >= 0.7
            and matcher.quick_ratio() >= 0.7
            and matcher.ratio() >= 0.7
        ):
            return True
    return False


_NAMES_LONGEST_FIRST = sorted(PUBLISHER_KEYS | SERIES_KEYS, key=len, reverse=True)
_LONG_PUBLISHER_KEYS = [name for name in PUBLISHER_KEYS if len(name) >= 12]


def is_contact_line(text: str, own_domains: set[str]) -> bool:
    """An e-mail, a phone number, "Website: …" or the publisher's own address, alone."""
    if len(text) > 120:
        return False
    if _EMAIL.fullmatch(text) or _PHONE.match(text):
        return True
    label, sep, value = text.partition(":")
    if sep and fold(label).strip() in CONTACT_LABELS and len(label) <= 30:
        return True
    url = _URL.fullmatch(text)
    return bool(url and _domain(text) in own_domains)


def _domain(text: str) -> str:
    text = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.strip().lower())
    return text.split("/", 1)[0]


def own_domains(lines: list[str]) -> set[str]:
    """Domains of e-mail addresses in contact lines: the publisher's own web site."""
    domains: set[str] = set()
    for text in lines:
        for email in _EMAIL.findall(text):
            domains.add(email.rsplit("@", 1)[1].lower())
    return domains


# --- RTL text stored in visual order ----------------------------------------------------------

_COMMON_RTL_WORDS = {
    "در",
    "از",
    "به",
    "که",
    "این",
    "را",
    "با",
    "است",
    "د",
    "په",
    "او",
    "چې",
    "له",
    "کې",
    "سره",
    "في",
    "من",
    "على",
    "إلى",
    "أن",
    "التي",
    "الذي",
    "و",
    "هم",
}
_LTR_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.,:/%@_\-]*(?<![.,:])")
_EASTERN_NUMBER = re.compile(r"[\u06f0-\u06f9\u0660-\u0669]")
_MIRROR = str.maketrans("()[]{}«»<>", ")(][}{»«><")


def _rtl_hits(text: str) -> int:
    return sum(1 for w in text.split() if w in _COMMON_RTL_WORDS)


def reverse_visual(text: str) -> str:
    """A reversed RTL line in logical order (Latin words and ASCII numbers kept)."""
    flipped = text[::-1].translate(_MIRROR)
    return _LTR_RUN.sub(lambda m: m.group()[::-1], flipped)


def _bidi_class(ch: str) -> str:
    """pypdf's view of a character: "N" neutral, "R" right-to-left, "L" left-to-right."""
    if (
        ch <= "\x2f"
        or "\x3a" <= ch <= "\x40"
        or "\u0660" <= ch <= "\u066d"
        or "\u06f0" <= ch <= "\u06f9"
        or "\u2000" <= ch <= "\u206f"
        or "\u20a0" <= ch <= "\u21ff"
    ):
        return "N"
    if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufeff":
        return "R"
    return "L"


def _pypdf_runs(text: str, rtl: bool) -> tuple[list[tuple[str, bool]], bool]:
    """Cut pypdf's output into the direction runs pypdf made (see :func:`fix_pdf_rtl_runs`)."""
    runs: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        j = i
        stop = "L" if rtl else "R"
        while j < n and _bidi_class(text[j]) != stop:
            j += 1
        if not rtl and j < n:
            # Neutrals between a left-to-right run and the next right-to-left one may end the
            # first or (reversed) end the second; digits there belong to the second.
            k = j
            while k > i and _bidi_class(text[k - 1]) == "N":
                k -= 1
            digit = _EASTERN_NUMBER.search(text, k, j)
            if digit and digit.start() > i:
                j = digit.start()
        if j > i:
            runs.append((text[i:j], rtl))
        if j < n:
            rtl = not rtl
        i = j
    return runs, rtl


_LATIN_SPAN = re.compile(
    r"[A-Za-z\u00c0-\u024f](?:[^\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]*"
    r"[A-Za-z0-9\u00c0-\u024f])?"
)
_NUMBER_SPAN = re.compile(
    r"[0-9](?:[-+,./:]?[0-9])*%?|[\u06f0-\u06f9\u0660-\u0669]"
    r"(?:[,./:٫٬]?[\u06f0-\u06f9\u0660-\u0669])*"
)
_SPAN = re.compile(f"{_LATIN_SPAN.pattern}|{_NUMBER_SPAN.pattern}")


def logical_from_visual(visual: str) -> str:
    """A right-to-left line from its visual (left-to-right drawing) order: reversed, with Latin
    words and numbers, which are read left to right, kept; brackets and «» swapped back."""
    units: list[str] = []
    pos = 0
    for m in _SPAN.finditer(visual):
        units.extend(visual[pos : m.start()].translate(_MIRROR))
        units.append(m.group())
        pos = m.end()
    units.extend(visual[pos:].translate(_MIRROR))
    return "".join(reversed(units))


def fix_pdf_rtl_runs(lines: list[Line]) -> None:
    """Put right-to-left PDF lines into logical order, in place.

    A PDF draws a right-to-left line in visual order, left to right. pypdf cuts the drawn
    characters into direction runs (neutral characters, Persian and Arabic-Indic digits among
    them, join the run in progress; « and » count as left-to-right), reverses the right-to-left
    runs and keeps the runs in drawing order. Knowing that, the drawing order is rebuilt, then
    read as the Unicode bidi algorithm lays out a right-to-left paragraph.
    """
    rtl = False
    page = None
    for ln in lines:
        if ln.page != page:
            page, rtl = ln.page, False  # pypdf starts every page left to right
        runs, rtl = _pypdf_runs(ln.text, rtl)
        if _ARABIC_LETTER.search(ln.text) or _EASTERN_NUMBER.search(ln.text):
            visual = "".join(part[::-1] if is_rtl else part for part, is_rtl in runs)
            ln.text = normalize_line(logical_from_visual(visual))


def fix_visual_order(lines: list[Line]) -> bool:
    """Reverse RTL lines in place when a PDF's text came out reversed (glyphs drawn in
    logical order, left to right). True if done."""
    rtl = [ln for ln in lines if len(_ARABIC_LETTER.findall(ln.text)) > len(ln.text) / 3]
    forward = sum(_rtl_hits(ln.text) for ln in rtl)
    backward = sum(_rtl_hits(ln.text[::-1]) for ln in rtl)
    if backward < 5 or backward <= 2 * forward:
        return False
    for ln in rtl:
        ln.text = reverse_visual(ln.text)
    return True


# --- pipeline ---------------------------------------------------------------------------------


def to_lines(pages: list[str]) -> list[Line]:
    """Normalised non-blank lines with their page and the count of blank lines before them."""
    out: list[Line] = []
    gap = 0
    page_texts: list[str] = []
    for page in pages:
        page = page.replace("\r\n", "\n").replace("\r", "\n")
        page = page.replace("\u2028", "\n").replace("\u2029", "\n\n")
        page_texts.extend(page.split("\f"))
    for page_no, page in enumerate(page_texts):
        if page_no:
            gap += 3  # a page break reads like a run of blank lines
        for raw in page.split("\n"):
            text = normalize_line(raw)
            if not text:
                gap += 1
                continue
            line = Line(text=text, page=page_no, gap=gap)
            if (m := _MD_HEADING.match(text)) and len(m.group(1)) <= 6:
                line.text, line.level = m.group(2).strip(), len(m.group(1))
            elif m := _MD_QUOTE.match(text):
                line.text, line.quote = m.group(1).strip(), True
            if line.text:
                out.append(line)
                gap = 0
            else:
                gap += 1
    return out


def _repeat_key(text: str) -> str:
    return re.sub(r"\d+", "#", ascii_digits(text.casefold()))


def remove_artefacts(lines: list[Line], title_keys: set[str] | None = None) -> list[Line]:
    """Drop artefact lines, adding them to the next line's gap."""
    domains = own_domains([ln.text for ln in lines if len(ln.text) < 120])
    counts = Counter(_repeat_key(ln.text) for ln in lines if len(ln.text) <= 100)
    edge = _edge_repeats(lines)
    title_keys = title_keys or set()
    masthead_end = next(
        (i for i, ln in enumerate(lines) if structural_heading(ln.text) == "introduction"), 25
    )
    seen: set[str] = set()
    out: list[Line] = []
    pending = 0
    for i, ln in enumerate(lines):
        text = ln.text
        rk = _repeat_key(text)
        drop = (
            is_page_number(text)
            or not any(ch.isalnum() for ch in text)
            or is_publisher_or_logo(text)
            or is_contact_line(text, domains)
        )
        if (
            not drop
            and ln.level is None
            and structural_heading(text) is None
            and not is_toc_header(text)
            and not is_contact_header(text)
        ):
            threshold = 2 if _masthead_like(text) else 3
            repeated = counts[rk] >= threshold or rk in edge
            if repeated and split_marker(text)[0] == "" and not ends_terminal(text):
                if key(text) in title_keys:
                    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
                    drop = rk in seen and structural_heading(nxt) != "introduction"
                else:
                    # the first occurrence in the masthead is not a running header: keep it
                    drop = rk in seen or i >= masthead_end
        seen.add(rk)
        if drop:
            pending += ln.gap + 1
            continue
        ln.gap += pending
        pending = 0
        out.append(ln)
    return out


def _masthead_like(text: str) -> bool:
    """The issue number or the series name: a running header when it repeats."""
    if len(text) > 100:
        return False
    k = key(text)
    return bool(NUMBER_LABEL.search(ascii_digits(text))) or any(s in k for s in SERIES_KEYS)


def _edge_repeats(lines: list[Line]) -> set[str]:
    """Lines found at the same edge (first or last line) of at least two pages, in PDFs."""
    firsts: dict[int, Line] = {}
    lasts: dict[int, Line] = {}
    for ln in lines:
        firsts.setdefault(ln.page, ln)
        lasts[ln.page] = ln
    if len(firsts) < 2:
        return set()
    found: set[str] = set()
    for edge in (firsts, lasts):
        c = Counter(_repeat_key(ln.text) for ln in edge.values() if len(ln.text) <= 100)
        found |= {k for k, n in c.items() if n >= 2}
    return found


def _merge_marker_lines(lines: list[Line]) -> list[Line]:
    """A list marker alone on its line ("1." then the text) joins the next line."""
    out: list[Line] = []
    carry: Line | None = None
    for ln in lines:
        if carry is not None:
            ln = Line(carry.text + " " + ln.text, ln.page, carry.gap, ln.level, ln.quote)
            carry = None
        if _MARKER_ONLY.match(ln.text):
            carry = ln
            continue
        out.append(ln)
    if carry is not None:
        out.append(carry)
    return out


def _wrapped_width(lines: list[Line], force: bool = False) -> int | None:
    """The text width when the text is hard-wrapped (most lines end mid-sentence), else None.

    With ``force`` (PDF text layers, always wrapped) the width is the 90th percentile of the
    lengths of the longer lines."""
    if force:
        lengths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 30)
        return lengths[int(len(lengths) * 0.9)] if lengths else None
    pairs = wrapped = 0
    lengths: list[int] = []
    for a, b in zip(lines, lines[1:], strict=False):
        if b.gap or len(a.text) < 30 or a.level is not None:
            continue
        pairs += 1
        if not ends_terminal(a.text):
            wrapped += 1
            lengths.append(len(a.text))
    if pairs < 5 or wrapped < 0.4 * pairs:
        return None
    lengths.sort()
    return lengths[int(len(lengths) * 0.8)] if lengths else None


def _hard_start(ln: Line) -> bool:
    text = ln.text
    return (
        ln.level is not None
        or bool(_MARKER.match(text) and split_marker(text)[0])
        or structural_heading(text) is not None
        or is_toc_header(text)
        or is_contact_header(text)
    )


def _hyphenated(prev: str, text: str) -> bool:
    return (
        bool(re.search(r"[^\W\d_]-$", prev))
        and bool(re.match(r"[^\W\d_]", text))
        and text[0].islower()
    )


def build_blocks(
    lines: list[Line], repair_breaks: bool = True, wrapped: bool = False
) -> list[Block]:
    """Group lines into paragraph, list-item and heading blocks (see module docstring).

    ``repair_breaks`` rejoins paragraphs cut by page breaks (not for .docx); ``wrapped`` says
    the lines are known to be hard-wrapped (a PDF text layer)."""
    lines = _merge_marker_lines(lines)
    width = _wrapped_width(lines, force=wrapped) if repair_breaks else None
    blocks: list[Block] = []
    cur: Block | None = None
    last_line = ""

    def start(ln: Line) -> Block:
        marker, number, rest = split_marker(ln.text)
        if ln.level is not None and marker != "number":  # a heading keeps bullets as text
            marker, number, rest = "", "", ln.text
        decorated = bool(marker in ("bullet", "number") or _DECORATION.search(ln.text))
        return Block(rest, marker, number, ln.level, ln.quote, ln.gap, decorated, ln.page)

    for ln in lines:
        if cur is not None and _join(cur, last_line, ln, width, repair_breaks):
            if _hyphenated(last_line, ln.text):
                cur.text = cur.text[:-1] + ln.text
            else:
                cur.text = cur.text + " " + ln.text
            cur.quote = cur.quote and ln.quote
            cur.lines += 1
        else:
            cur = start(ln)
            blocks.append(cur)
        last_line = ln.text
    return blocks


def _join(cur: Block, last_line: str, ln: Line, width: int | None, repair: bool) -> bool:
    """Whether line ``ln`` continues block ``cur`` (whose last physical line is ``last_line``)."""
    if _hard_start(ln) or cur.level is not None:
        return False
    if cur.marker == "" and (
        structural_heading(cur.text) or is_toc_header(cur.text) or is_contact_header(cur.text)
    ):
        return False
    if cur.quote != ln.quote and ln.gap == 0:
        return False
    text = ln.text
    if _hyphenated(last_line, text) and (ln.gap == 0 or repair):
        return True

    def headingish(line: str) -> bool:  # in wrapped text a heading is also a short line
        return looks_like_heading(line) and (width is None or len(line) < 0.75 * width)

    single = cur.lines == 1
    prev_heading = single and cur.marker in ("", "number") and headingish(cur.text)
    if ln.gap == 0:
        if cur.quote and ln.quote:
            return True
        if width is not None:
            if not ends_terminal(last_line):
                return not prev_heading
            return len(last_line) >= 0.92 * width and not headingish(text)
        if not repair:
            return False
        return not ends_terminal(last_line) and not prev_heading and not headingish(text)
    if not repair:
        return False
    # Across blank lines or a page break: only a paragraph cut mid-sentence continues.
    if ends_terminal(last_line) or prev_heading or headingish(text):
        return False
    return len(cur.text) >= 60 or bool(_STARTS_LOWER.match(text))


_FOOTNOTE_LINE = re.compile(rf"^\[{_DIGIT}{{1,3}}\]\s*\S")


def pull_footnotes(lines: list[Line], is_reference) -> tuple[list[Line], list[Line]]:
    """Take old-style footnotes (``[1] Outlet, “Title”, date, link``) out of the text flow.

    A footnote is a line starting with ``[n]`` that ``is_reference`` accepts, plus the lines that
    directly continue it. The text around it closes up as if it were not there.
    """
    body: list[Line] = []
    notes: list[Line] = []
    pending = 0
    current: Line | None = None
    for ln in lines:
        if (
            current is not None
            and ln.gap == 0
            and not _hard_start(ln)
            and not ends_terminal(current.text)
            and len(current.text) < 600
        ):
            current.text += " " + ln.text
            pending += 1
            continue
        current = None
        if _FOOTNOTE_LINE.match(ln.text) and is_reference(ln.text):
            current = Line(ln.text, ln.page, 0)
            notes.append(current)
            pending += ln.gap + 1
            continue
        ln.gap += pending
        pending = 0
        body.append(ln)
    return body, notes
