"""Blocks to a :class:`ParsedIssue`: masthead, analyses, recommendations, references.

How the structure is found:

- An analysis starts at its title: the heading-like line just before an «Introduction» heading
  (any language), or a line repeating a title from the masthead. Everything before the first
  title is the masthead (number, week, titles, standing blurb, table of contents).
- Inside an analysis, the structural headings (Introduction, Conclusion, Recommendations,
  References) switch between parts; other heading-like lines are section headings or
  sub-headings. Which is which comes from, in order: heading styles (.docx / Markdown ``#``);
  the table of contents (headings it lists are sections); ALL CAPS (Latin script: capitals are
  sections); otherwise numbered headings are sub-headings and the rest sections (a warning says
  so).
- A numbered heading-like line followed by text is a numbered sub-heading; numbered lines that
  follow each other, or end with punctuation, are a numbered list.
- The "about us" paragraph and the contact block end the issue; lines the parser cannot place go
  to ``unplaced`` with a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from issues.importers.cleanup import Block, ends_terminal, looks_like_heading
from issues.importers.dates import find_week, mentions_month
from issues.importers.quotes import split_quotation
from issues.importers.references import looks_like_reference, normalize_url, parse_reference
from issues.importers.structure import (
    ParsedAnalysis,
    ParsedIssue,
    ParsedReference,
    ParsedSection,
)
from issues.importers.vocabulary import (
    ABOUT_WORDS,
    LANGUAGE_NAME_WORDS,
    NUMBER_LABEL,
    PUBLISHER_NAMES,
    SERIES_KEYS,
    ascii_digits,
    fold,
    is_contact_header,
    is_toc_header,
    key,
    structural_heading,
)

_PAGE_REF = re.compile(r"(?:\.{3,}|…+|\s[.·]?\s*\d{1,3}|[^\W\d_]\d{1,3})\s*$")
_TOC_NUMBER = re.compile(r"(?<!\d)[\s.·…]*(?<!\d)\d{1,3}\s*$")
_URL_ONLY = re.compile(r"^(?:https?://|www\.)?\S+\.\S+$")
_PUBLISHER_FOLDED = tuple(fold(n) for n in PUBLISHER_NAMES)


def is_number_line(text: str) -> bool:
    """A line carrying the issue number: short, or (old web pages) a sentence of running text
    that names the edition ("… presents Weekly Analysis, No. 302, on the week …")."""
    if len(text) > 400 or not NUMBER_LABEL.search(ascii_digits(text)):
        return False
    return len(text) <= 120 or any(series in key(text) for series in SERIES_KEYS)


def is_date_line(text: str) -> bool:
    return len(text) <= 80 and find_week(text) is not None


def is_blurb(text: str) -> bool:
    """The standing "Weekly Analysis is … published in Pashto, Dari, English and Arabic"."""
    if len(text) < 60:
        return False
    k = key(text)
    if any(s in k for s in SERIES_KEYS):
        return True
    words = set(re.findall(r"\w+", fold(text)))
    return len(words & LANGUAGE_NAME_WORDS) >= 3


def is_about(text: str) -> bool:
    """The standing "CSRS is an independent, non-profit research organisation …" paragraph."""
    if len(text) < 60:
        return False
    folded = fold(text)
    return any(p in folded for p in _PUBLISHER_FOLDED) and any(w in folded for w in ABOUT_WORDS)


def toc_entry_text(text: str) -> str:
    """A table-of-contents entry without leaders and page number ("Afghanistan3")."""
    text = re.sub(r"[.…·]{3,}\s*\d*\s*$", "", text)
    return _TOC_NUMBER.sub("", text).strip(" .·…") or text


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters if c.isascii())
        and any(c.isascii() for c in letters)
    )


@dataclass
class _Span:
    start: int  # index of the title block (or first body block)
    title_idx: int | None
    body_start: int
    has_intro: bool


@dataclass
class IssueParser:
    """Runs the parse over cleaned blocks; fills ``issue``."""

    blocks: list[Block]
    footnotes: list[Block]
    issue: ParsedIssue
    toc: list[str] = field(default_factory=list)
    masthead_titles: list[str] = field(default_factory=list)
    section_method: str = ""  # "explicit", "toc", "caps" or "numbers"
    levels: list[int] = field(default_factory=list)  # heading levels seen (explicit method)
    toc_keys: set[str] = field(default_factory=set)

    # --- helpers ------------------------------------------------------------------------------

    def structural(self, b: Block) -> str | None:
        if b.marker in ("bullet", "footnote") or _PAGE_REF.search(b.text):
            return None
        if b.level is None and not looks_like_heading(b.text) and not b.text.endswith(":"):
            return None
        return structural_heading(b.text)

    def heading_candidate(self, b: Block) -> bool:
        return (
            b.marker in ("", "number")
            and b.heading_like
            and not b.quote
            and self.structural(b) is None
            and not is_toc_header(b.text)
            and not is_contact_header(b.text)
        )

    def masthead_line(self, b: Block) -> bool:
        return is_number_line(b.text) or is_date_line(b.text) or is_blurb(b.text)

    # --- top level ----------------------------------------------------------------------------

    def run(self) -> ParsedIssue:
        spans = self.find_spans()
        front_end = spans[0].start if spans else len(self.blocks)
        front = list(range(front_end))
        if spans and spans[0].title_idx is not None:
            front += [
                i
                for i in range(spans[0].title_idx + 1, spans[0].body_start)
                if self.masthead_line(self.blocks[i])
            ]
        self.read_masthead(front)
        self.decide_section_method(spans)
        for n, span in enumerate(spans):
            end = spans[n + 1].start if n + 1 < len(spans) else len(self.blocks)
            self.read_analysis(span, end)
        for b in self.footnotes:
            self.add_reference(b.text, b.number)
        self.finish()
        return self.issue

    def find_spans(self) -> list[_Span]:
        """Where each analysis starts: the title before each «Introduction» heading."""
        blocks = self.blocks
        spans: list[_Span] = []
        for i, b in enumerate(blocks):
            if self.structural(b) != "introduction" or i + 1 >= len(blocks):
                continue
            nxt = blocks[i + 1]
            if nxt.heading_like or self.structural(nxt) or _PAGE_REF.search(nxt.text):
                continue  # an entry of the table of contents
            j = i - 1
            while j >= 0 and self.masthead_line(blocks[j]) and not self.heading_candidate_title(j):
                j -= 1
            title_idx = j if j >= 0 and self.heading_candidate_title(j) else None
            if spans and title_idx is not None and title_idx <= spans[-1].body_start:
                title_idx = None
            start = title_idx if title_idx is not None else i
            if spans and start <= spans[-1].start:
                continue
            spans.append(_Span(start, title_idx, i + 1, True))
        return self.add_titled_spans(spans) if spans else self.spans_without_introduction()

    def heading_candidate_title(self, j: int) -> bool:
        b = self.blocks[j]
        return (
            self.heading_candidate(b)
            and not is_number_line(b.text)
            and not is_date_line(b.text)
            and not _PAGE_REF.search(b.text)
        )

    def spans_without_introduction(self) -> list[_Span]:
        """No «Introduction» heading: the first heading after the masthead is the title."""
        blocks = self.blocks
        i = 0
        in_toc = False
        title_idx = None
        while i < len(blocks):
            b = blocks[i]
            if is_toc_header(b.text):
                in_toc = True
            elif in_toc and (b.decorated or b.heading_like) and not b.quote:
                pass
            elif self.masthead_line(b):
                in_toc = False
            elif self.heading_candidate_title(i):
                title_idx = i
                break
            else:
                break
            i += 1
        if title_idx is None:
            return [_Span(i, None, i, False)] if i < len(blocks) else []
        body = title_idx + 1
        # the masthead title may be repeated at the top of the body
        while body < len(blocks) and (
            self.masthead_line(blocks[body])
            or key(blocks[body].text) == key(blocks[title_idx].text)
        ):
            body += 1
        return [_Span(title_idx, title_idx, body, False)]

    def add_titled_spans(self, spans: list[_Span]) -> list[_Span]:
        """Analyses without an «Introduction» heading, found by a title from the masthead."""
        titles = {key(self.blocks[s.title_idx].text) for s in spans if s.title_idx is not None}
        wanted: set[str] = set()
        for i in range(spans[0].start):
            b = self.blocks[i]
            if self.heading_candidate_title(i) and key(b.text) not in titles:
                wanted.add(key(b.text))
        if not wanted:
            return spans
        extra = []
        for i in range(spans[0].body_start, len(self.blocks)):
            b = self.blocks[i]
            if key(b.text) in wanted and self.heading_candidate_title(i):
                if any(s.start == i for s in spans):
                    continue
                extra.append(_Span(i, i, i + 1, False))
                wanted.discard(key(b.text))
        return sorted(spans + extra, key=lambda s: s.start)

    # --- masthead -----------------------------------------------------------------------------

    def read_masthead(self, indices: list[int]) -> None:
        issue = self.issue
        week_text = ""
        in_toc = False
        for i in indices:
            b = self.blocks[i]
            text = b.text
            if is_toc_header(text):
                in_toc = True
                continue
            if (
                in_toc
                and (b.decorated or b.heading_like or self.structural(b))
                and not b.quote
                and len(text) <= 200
            ):
                self.toc.append(toc_entry_text(text))
                continue
            in_toc = False
            placed = False
            if issue.number is None and is_number_line(text):
                m = NUMBER_LABEL.search(ascii_digits(text))
                if m and 0 < int(m.group(1)) < 100000:
                    issue.number = int(m.group(1))
                    placed = True
            if issue.week_start is None and len(text) <= 200:
                week = find_week(text)
                if week:
                    issue.week_start, issue.week_end = week
                    week_text = text
                    placed = True
                elif mentions_month(text) and not week_text:
                    week_text = text
                    placed = placed or is_number_line(text)
            if placed or is_number_line(text):
                continue
            if is_blurb(text) or is_about(text):
                continue
            if self.heading_candidate(b):
                self.masthead_titles.append(text)
                continue
            self.issue.unplaced.append(text)
        if issue.number is None:
            issue.warn("number_missing")
        if issue.week_start is None:
            if week_text:
                issue.warn("week_not_recognised", text=week_text)
            else:
                issue.warn("week_missing")
        elif issue.week_end is None:
            issue.warn("week_single_date", date=issue.week_start)
        elif not 0 <= (issue.week_end - issue.week_start).days <= 13:
            issue.warn("week_suspicious", start=issue.week_start, end=issue.week_end)

    def nicer(self, text: str) -> str:
        """An ALL CAPS heading in the casing the table of contents or masthead gives it."""
        if not _is_all_caps(text):
            return text
        k = key(text)
        for entry in self.toc + self.masthead_titles:
            if key(entry) == k and not _is_all_caps(entry):
                return entry
        return text

    # --- sections or sub-headings ----------------------------------------------------------

    def decide_section_method(self, spans: list[_Span]) -> None:
        candidates: list[Block] = []
        for n, span in enumerate(spans):
            end = spans[n + 1].start if n + 1 < len(spans) else len(self.blocks)
            candidates += [
                self.blocks[i]
                for i in range(span.body_start, end)
                if self.heading_candidate(self.blocks[i])
            ]
        self.levels = [b.level for b in candidates if b.level is not None]
        toc_keys = {key(e) for e in self.toc} - {""}
        if self.levels:
            self.section_method = "explicit"
        elif toc_keys and any(
            key(self.numbered(b)) in toc_keys or key(b.text) in toc_keys for b in candidates
        ):
            self.section_method = "toc"
            self.toc_keys = toc_keys
        elif any(_is_all_caps(b.text) for b in candidates) and any(
            not _is_all_caps(b.text) for b in candidates
        ):
            self.section_method = "caps"
        else:
            self.section_method = "numbers"
            unnumbered = [b for b in candidates if b.marker != "number"]
            if candidates and (len(unnumbered) > 1 or self.issue.language != "en"):
                self.issue.warn("heading_levels_guessed")

    @staticmethod
    def numbered(b: Block) -> str:
        return f"{b.number}. {b.text}" if b.marker == "number" else b.text

    def is_section_heading(self, b: Block) -> bool:
        method = self.section_method
        if method == "explicit":
            return b.level is not None and b.level <= min(self.levels)
        if method == "toc":
            return key(self.numbered(b)) in self.toc_keys or key(b.text) in self.toc_keys
        if method == "caps":
            return _is_all_caps(b.text)
        return b.marker != "number"

    # --- one analysis -------------------------------------------------------------------------

    def read_analysis(self, span: _Span, end: int) -> None:
        issue = self.issue
        analysis = ParsedAnalysis()
        if span.title_idx is not None:
            analysis.title = self.nicer(self.blocks[span.title_idx].text)
        elif len(issue.analyses) < len(self.masthead_titles):
            analysis.title = self.masthead_titles[len(issue.analyses)]
        issue.analyses.append(analysis)
        if not span.has_intro:
            issue.warn("introduction_missing", title=analysis.title or "?")
        mode = "intro"
        section: ParsedSection | None = None
        seen_conclusion = False
        i = span.body_start
        while i < end:
            b = self.blocks[i]
            nxt = self.blocks[i + 1] if i + 1 < end else None
            i += 1
            kind = self.structural(b)
            if kind:
                mode = {
                    "introduction": "intro",
                    "conclusion": "conclusion",
                    "recommendations": "recs",
                    "references": "refs",
                }[kind]
                seen_conclusion = seen_conclusion or kind == "conclusion"
                continue
            if is_contact_header(b.text) or (mode != "intro" and is_about(b.text)):
                mode = "end"
                continue
            if mode == "end":
                if not (is_about(b.text) or is_blurb(b.text)):
                    issue.unplaced.append(b.text)
                continue
            if mode == "recs":
                self.read_recommendation(b)
                continue
            if mode == "refs":
                self.read_reference_block(b)
                continue
            if mode == "conclusion":
                if self.heading_candidate(b) and b.marker == "":
                    issue.warn("heading_in_conclusion", text=b.text)
                analysis.conclusion.append(b.text)
                continue
            # introduction and sections
            if self.heading_candidate(b) and not (
                b.marker == "number" and not self.numbered_heading(b, nxt)
            ):
                if is_date_line(b.text) or is_number_line(b.text) and len(b.text) < 40:
                    issue.unplaced.append(b.text)
                    continue
                if section is None or self.is_section_heading(b):
                    section = ParsedSection(self.nicer(self.numbered(b)))
                    analysis.sections.append(section)
                else:
                    section.blocks.append(
                        ("subheading", {"number": b.number, "text": self.nicer(b.text)})
                    )
                mode = "body"
                continue
            if mode == "intro" or section is None:
                analysis.introduction.append(b.text)
                continue
            self.add_body_block(section, b)
        if not analysis.sections:
            issue.warn("sections_missing", title=analysis.title or "?")
        if not seen_conclusion and not analysis.conclusion:
            issue.warn("conclusion_missing", title=analysis.title or "?")

    def numbered_heading(self, b: Block, nxt: Block | None) -> bool:
        """A numbered line is a sub-heading when text (not another item) follows it."""
        if nxt is None or nxt.marker == "number" or ends_terminal(b.text):
            return False
        return (
            not self.heading_candidate(nxt) or self.structural(nxt) is not None or nxt.marker == ""
        )

    def add_body_block(self, section: ParsedSection, b: Block) -> None:
        blocks = section.blocks
        last = blocks[-1] if blocks else None
        if (
            b.quote
            and last is not None
            and last[0] == "quotation"
            and not last[1]["attribution"]
            and len(b.text.split()) <= 12
        ):
            dash = re.match(r"^[-–—―]+\s*(.+)$", b.text)
            if dash or b.marker == "bullet":  # "> — Name" under a quotation
                last[1]["attribution"] = (dash.group(1) if dash else b.text).strip()
                return
        if b.marker in ("bullet", "number"):
            kind = "bulleted_list" if b.marker == "bullet" else "numbered_list"
            if last is not None and last[0] == kind:
                last[1].append(b.text)
            else:
                blocks.append((kind, [b.text]))
            return
        found = split_quotation(b.text, marked=b.quote)
        if found:
            lead, quotation = found
            if lead:
                blocks.append(("paragraph", lead))
            blocks.append(("quotation", quotation))
            return
        blocks.append(("paragraph", b.text))

    # --- recommendations and references ------------------------------------------------------

    def read_recommendation(self, b: Block) -> None:
        issue = self.issue
        if b.marker == "" and b.text.rstrip().endswith((":", "：")) and len(b.text) < 300:
            issue.warn("lead_in_ignored", level="info", text=b.text)
            return
        if b.marker == "" and b.heading_like and len(b.text.split()) <= 3:
            issue.unplaced.append(b.text)
            return
        issue.recommendations.append(b.text)

    def read_reference_block(self, b: Block) -> None:
        issue = self.issue
        text = b.text
        if (
            b.marker == ""
            and text.rstrip().endswith(":")
            and len(text) < 200
            and not looks_like_reference(text)
        ):
            issue.warn("lead_in_ignored", level="info", text=text)
            return
        if _URL_ONLY.match(text) and issue.references and not issue.references[-1].url:
            issue.references[-1].url = normalize_url(text)
            return
        if not looks_like_reference(text) and (len(text) > 400 or b.marker == ""):
            if is_blurb(text) or is_about(text):
                return
            if len(text) > 400 or b.heading_like:
                issue.unplaced.append(text)
                return
        self.add_reference(text, b.number)

    def add_reference(self, text: str, number: str = "") -> None:
        ref: ParsedReference = parse_reference(text)
        if ref.outlet or ref.title or ref.url:
            self.issue.references.append(ref)
        else:
            self.issue.unplaced.append(text)

    # --- wrap-up ------------------------------------------------------------------------------

    def finish(self) -> None:
        issue = self.issue
        issue.titles = [a.title for a in issue.analyses if a.title]
        if not issue.titles and self.masthead_titles:
            issue.titles = list(self.masthead_titles)
        title_keys = {key(t) for t in issue.titles}
        issue.unplaced[:0] = [t for t in self.masthead_titles if key(t) not in title_keys]
        if not issue.titles:
            issue.warn("title_missing")
        if not issue.recommendations:
            issue.warn("recommendations_missing")
        if not issue.references:
            issue.warn("references_missing")
        for n, ref in enumerate(issue.references, start=1):
            if ref.date is None:
                issue.warn("reference_no_date", index=n)
            if not ref.url:
                issue.warn("reference_no_url", index=n)
        if issue.unplaced:
            issue.warn("unplaced_lines", count=len(issue.unplaced))
