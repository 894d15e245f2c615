"""Shared helpers for the importer tests: fixture paths and file builders (docx, PDF)."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from issues.importers import ParsedIssue

FIXTURES = Path(__file__).parent / "fixtures"
# The real seed lives beside the repository (../shared/seeds); tests skip when it is absent.
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"
# Fonts for right-to-left PDFs: DejaVu Sans has Arabic, Persian and Latin letters but not the
# Pashto ۍ; Noto Naskh Arabic has every Pashto letter but no Latin letters, dashes or brackets.
FONTS = {
    "dejavu": Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    "naskh": Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf"),
}

FIXTURE_NAMES = (
    "en_single_topic.txt",
    "en_wrapped_old_style.txt",
    "ps_single_topic.txt",
    "fa_af_two_topics.txt",
    "ar_single_topic.txt",
)


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def fixture_text(name: str) -> str:
    return fixture_bytes(name).decode("utf-8")


def all_text(issue: ParsedIssue) -> str:
    """Every piece of text the parse placed, for "this must (not) appear" checks."""
    parts: list[str] = list(issue.titles)
    for a in issue.analyses:
        parts += [a.title, *a.introduction, *a.conclusion]
        for s in a.sections:
            parts.append(s.heading)
            for kind, value in s.blocks:
                if kind == "paragraph":
                    parts.append(value)
                elif kind == "subheading":
                    parts.append(value["text"])
                elif kind == "quotation":
                    parts += [value["quote"], value["attribution"]]
                else:
                    parts += value
    parts += issue.recommendations
    for r in issue.references:
        parts += [r.outlet, r.title, r.url, r.note]
    return "\n".join(parts)


def body_paragraphs(issue: ParsedIssue) -> list[str]:
    out: list[str] = []
    for a in issue.analyses:
        out += a.introduction + a.conclusion
        for s in a.sections:
            out += [v for k, v in s.blocks if k == "paragraph"]
    return out


# --- .docx ------------------------------------------------------------------------------------


def build_docx(paragraphs: list[tuple[str, str]], rtl: bool = False) -> bytes:
    """A .docx from ``(style, text)`` pairs (style "" for Normal)."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for style, text in paragraphs:
        p = document.add_paragraph(text, style=style or None)
        if rtl:
            p.paragraph_format.alignment = 2  # right
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# --- PDF --------------------------------------------------------------------------------------

_LATIN1 = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "’": "'", "•": "-", "\t": " "})


def build_pdf(text: str, header: str = "", rtl: str = "", font: str = "dejavu") -> bytes:
    """A small PDF with a text layer: blank-line separated blocks, long blocks wrapped.

    ``header`` is printed at the top of every page and the page number at the bottom (artefacts
    the importer must drop). ``rtl`` is "" for Latin text (core font), "visual" to draw
    right-to-left lines in visual order as real RTL PDFs do, or "logical" to draw them in
    logical order left to right (a broken producer whose text layer comes out reversed).
    """
    fpdf = pytest.importorskip("fpdf")

    class _Pdf(fpdf.FPDF):
        def header(self) -> None:
            if header:
                self.set_font(self.body_font, size=8)
                self.cell(0, 6, _draw(header), new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(self.body_font, size=8)
            self.cell(0, 6, _draw(str(self.page_no())), align="C")

    def _draw(line: str) -> str:
        if not rtl:
            return line.translate(_LATIN1).encode("latin-1", "replace").decode("latin-1")
        if rtl == "visual":
            return _visual(line)
        return line

    pdf = _Pdf()
    if rtl:
        if not FONTS[font].exists():
            pytest.skip(f"no font for Arabic script on this system ({FONTS[font]})")
        pdf.add_font("RTL", fname=str(FONTS[font]))
        pdf.body_font = "RTL"
    else:
        pdf.body_font = "Helvetica"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font(pdf.body_font, size=10)
    for block in re.split(r"\n\s*\n", text):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        separate = all(len(ln) < 90 for ln in lines) or all(
            re.match(r"^(?:[-•]|\d+\.|[\u06f0-\u06f9]+\.)\s", ln) for ln in lines[1:]
        )
        for line in lines if separate else [" ".join(lines)]:
            if rtl:  # RTL lines are drawn one by one (fpdf2 would wrap them left to right)
                for chunk in _chunks(line, 70):
                    pdf.cell(0, 5, _draw(chunk), align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5, _draw(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def _chunks(line: str, width: int) -> list[str]:
    words, out, cur = line.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*out, cur] if cur else out


_MIRROR = str.maketrans("()[]«»", ")(][»«")
_LTR_SPAN = re.compile(
    r"[A-Za-z][^\u0600-\u06ff]*[A-Za-z0-9]|[A-Za-z]|[0-9][0-9.,/:-]*[0-9]|[0-9]"
    r"|[\u06f0-\u06f9\u0660-\u0669]+(?:[./:][\u06f0-\u06f9\u0660-\u0669]+)*"
)


def _visual(line: str) -> str:
    """A right-to-left line in visual (left-to-right drawing) order, as the Unicode bidi
    algorithm lays it out, simplified: reversed, except Latin words and numbers (read left to
    right), with brackets and guillemets mirrored."""
    units: list[str] = []
    pos = 0
    for m in _LTR_SPAN.finditer(line):
        units.extend(line[pos : m.start()].translate(_MIRROR))
        units.append(m.group())
        pos = m.end()
    units.extend(line[pos:].translate(_MIRROR))
    return "".join(reversed(units))
