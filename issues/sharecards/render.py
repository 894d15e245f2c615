"""An issue in one language -> the PNG bytes of its share card (1200 x 630, Pillow + libraqm).

libraqm (HarfBuzz + FriBiDi) joins Arabic-script letters and orders each line right to left;
without it Pillow draws isolated letters left to right, so :func:`render_card` refuses to run.
Fonts are the complete files of the PDF edition (:mod:`issues.pdf.fonts`): the first family of
the language's stack that has every letter of a text draws it (Noto Naskh Arabic has no Latin
letters: an Arabic title naming "CASA-1000" is drawn in Vazirmatn).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext
from fontTools.ttLib import TTFont
from PIL import Image, ImageDraw, ImageFont, features

from csrs.languages import Language
from issues.l10n import format_week_range, localize_digits
from issues.pdf import fonts

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BACKGROUND = (11, 61, 92)  # the site's and the PDF's dark blue
TEXT = (255, 255, 255)
MUTED = (196, 220, 235)
TITLE_SIZES = (68, 58, 50, 44)  # the largest that fits in MAX_TITLE_LINES wins
MAX_TITLE_LINES = 3
# What raqm calls the languages (OpenType language tags follow from them).
RAQM_LANGUAGE = {"en": "en", "ps": "ps", "fa-af": "fa", "ar": "ar"}


class ShapingUnavailable(RuntimeError):
    """Pillow was built without libraqm: Arabic-script text would come out unjoined."""


def has_shaping() -> bool:
    """Whether Pillow can shape and reorder text (libraqm)."""
    return bool(features.check("raqm"))


@cache
def _coverage(path: Path) -> frozenset[int]:
    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


def font_file(language: Language, text: str, weight: int) -> Path:
    """The file of the first family in the language's stack that draws every letter of ``text``."""
    files = [f for f in fonts.files_for(language) if f.style == "normal"]
    needed = {ord(ch) for ch in text if not ch.isspace() and ord(ch) not in (0x200C, 0x200D)}
    by_weight = [f for f in files if f.weight == weight] or files
    for f in by_weight:
        if needed <= _coverage(f.path):
            return f.path
    return by_weight[0].path


def _font(language: Language, text: str, size: int, weight: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(font_file(language, text, weight)), size, layout_engine=ImageFont.Layout.RAQM
    )


def text_width(language: Language, text: str, size: int, weight: int = 400) -> float:
    """How wide ``text`` is drawn on a card (shaped, in the language's direction)."""
    font = _font(language, text, size, weight)
    return font.getlength(text, direction=language.direction, language=RAQM_LANGUAGE[language.code])


def _wrap(language: Language, text: str, size: int, weight: int, width: int) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and text_width(language, candidate, size, weight) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


def _title_lines(language: Language, title: str) -> tuple[list[str], int]:
    width = WIDTH - 2 * MARGIN
    for size in TITLE_SIZES:
        lines = _wrap(language, title, size, 700, width)
        if len(lines) <= MAX_TITLE_LINES:
            return lines, size
    lines = lines[:MAX_TITLE_LINES]
    lines[-1] = f"{lines[-1]} …"
    return lines, TITLE_SIZES[-1]


def _draw_line(draw, language: Language, text: str, y: int, size: int, weight: int, fill) -> None:
    """One line at the reading start: the right edge in RTL languages, the left in English."""
    font = _font(language, text, size, weight)
    x, anchor = (WIDTH - MARGIN, "ra") if language.is_rtl else (MARGIN, "la")
    draw.text(
        (x, y),
        text,
        font=font,
        fill=fill,
        anchor=anchor,
        direction=language.direction,
        language=RAQM_LANGUAGE[language.code],
    )


def _settings(issue):
    from issues.models import PublicationSettings

    return PublicationSettings.for_site(issue.get_site())


def card_texts(issue, language: Language, *, latin_digits: bool = False) -> dict[str, str]:
    """The card's words in ``language``: publication, title, and "Issue 455 · week"."""
    publication = _settings(issue)
    with translation.override(language.code):
        name = publication.publication_name or gettext("Weekly Analysis")
        number = localize_digits(issue.number, language, latin_digits=latin_digits)
        week = format_week_range(
            issue.week_start, issue.week_end, language, latin_digits=latin_digits
        )
        issue_label = gettext("Issue %(number)s") % {"number": number}
    title = (getattr(issue, language.field("title"), "") or issue.title).strip()
    return {"publication": name, "title": title, "meta": f"{issue_label} · {week}"}


def render_card(issue, language: Language) -> bytes:
    """The share card of ``issue`` in ``language`` as PNG bytes (raises without libraqm)."""
    if not has_shaping():
        raise ShapingUnavailable("Pillow has no libraqm: share cards would be unshaped")
    latin = _settings(issue).date_options(language)["latin_digits"]
    texts = card_texts(issue, language, latin_digits=latin)
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    _draw_line(draw, language, texts["publication"], MARGIN, 36, 700, MUTED)
    lines, size = _title_lines(language, texts["title"])
    line_height = int(size * (1.75 if language.is_rtl else 1.3))
    top = (HEIGHT - line_height * len(lines)) // 2
    for index, line in enumerate(lines):
        _draw_line(draw, language, line, top + index * line_height, size, 700, TEXT)
    _draw_line(draw, language, texts["meta"], HEIGHT - MARGIN - 40, 32, 400, MUTED)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
