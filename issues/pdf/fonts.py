"""The complete font files embedded in PDFs, by family name.

Which families a language uses, and in which order, is ``Language.pdf_font_stack`` in
csrs/languages.py. This module only knows where each family's files are. All are complete
TrueType files vendored with their OFL licence, so a PDF needs no system font package:

- ``static/fonts/vazirmatn-full/``: Vazirmatn (npm ``vazirmatn``);
- ``static/fonts/noto-serif-full/``: Noto Serif 2.015 (npm ``@expo-google-fonts/noto-serif``);
- ``static/fonts/noto-naskh-arabic-full/``: Noto Naskh Arabic 1.00 (npm ``@embedpdf/fonts-arabic``,
  OFL; it has the Pashto letters). Not the 2.x build: that one draws letters as a dotless
  base plus separate dot glyphs, and text copied or extracted from the PDF comes out wrong
  (a reader searching the PDF for «مركز» found «مركرز»).

Web fonts are subset per script and lose characters such as ``/`` and ``—`` when a PDF engine
picks them, so PDFs never use them. Only the weights the PDF stylesheet uses are vendored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from csrs.languages import Language

VAZIRMATN = "vazirmatn-full"
SERIF = "noto-serif-full"
NASKH = "noto-naskh-arabic-full"


def _vendored(folder: str, name: str) -> Path:
    return Path(settings.BASE_DIR) / "static" / "fonts" / folder / name


@dataclass(frozen=True)
class PdfFontFile:
    family: str
    weight: int
    style: str  # "normal" or "italic"
    path: Path


def font_files() -> tuple[PdfFontFile, ...]:
    """Every font file a PDF may embed."""
    return (
        PdfFontFile("Vazirmatn", 400, "normal", _vendored(VAZIRMATN, "Vazirmatn-Regular.ttf")),
        PdfFontFile("Vazirmatn", 700, "normal", _vendored(VAZIRMATN, "Vazirmatn-Bold.ttf")),
        PdfFontFile(
            "Noto Naskh Arabic", 400, "normal", _vendored(NASKH, "NotoNaskhArabic-Regular.ttf")
        ),
        PdfFontFile(
            "Noto Naskh Arabic", 700, "normal", _vendored(NASKH, "NotoNaskhArabic-Bold.ttf")
        ),
        PdfFontFile("Noto Serif", 400, "normal", _vendored(SERIF, "NotoSerif-Regular.ttf")),
        PdfFontFile("Noto Serif", 700, "normal", _vendored(SERIF, "NotoSerif-Bold.ttf")),
        PdfFontFile("Noto Serif", 400, "italic", _vendored(SERIF, "NotoSerif-Italic.ttf")),
        PdfFontFile("Noto Serif", 700, "italic", _vendored(SERIF, "NotoSerif-BoldItalic.ttf")),
    )


def files_for(language: Language) -> list[PdfFontFile]:
    """The files of ``language``'s PDF font stack, in stack order."""
    files = font_files()
    known = {f.family for f in files}
    missing = [family for family in language.pdf_font_stack if family not in known]
    if missing or not language.pdf_font_stack:
        raise LookupError(f"No PDF font files for {language.code}: {missing or 'empty stack'}")
    return [f for family in language.pdf_font_stack for f in files if f.family == family]


def font_face_css(language: Language) -> str:
    """``@font-face`` rules for the language's stack and a ``--pdf-font-family`` on the root.

    Family names are prefixed ("PDF …") so WeasyPrint uses exactly these files and never a
    same-named system font that fontconfig might prefer.
    """
    rules = []
    for f in files_for(language):
        if not f.path.exists():
            raise FileNotFoundError(
                f"PDF font file missing: {f.path} (vendored under static/fonts/)"
            )
        rules.append(
            f"@font-face {{ font-family: {_css_name(f.family)}; src: url({f.path.as_uri()}); "
            f"font-weight: {f.weight}; font-style: {f.style}; }}"
        )
    family = ", ".join(_css_name(name) for name in language.pdf_font_stack)
    rules.append(f":root {{ font-family: {family}; }}")
    return "\n".join(rules)


def _css_name(family: str) -> str:
    return f'"PDF {family}"'
