"""The complete font files embedded in PDFs, by family name.

Which families a language uses, and in which order, is ``Language.pdf_font_stack`` in
csrs/languages.py. This module only knows where each family's files are: Vazirmatn is vendored
under ``static/fonts/vazirmatn-full/`` (OFL, from the npm package ``vazirmatn``), the Noto fonts
come from Debian's ``fonts-noto-core``. Web fonts are subset per script and lose characters such
as ``/`` and ``—`` when a PDF engine picks them, so PDFs never use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from csrs.languages import Language

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")


def _vendored(name: str) -> Path:
    return Path(settings.BASE_DIR) / "static" / "fonts" / "vazirmatn-full" / name


@dataclass(frozen=True)
class PdfFontFile:
    family: str
    weight: int
    style: str  # "normal" or "italic"
    path: Path


def font_files() -> tuple[PdfFontFile, ...]:
    """Every font file a PDF may embed."""
    return (
        PdfFontFile("Vazirmatn", 400, "normal", _vendored("Vazirmatn-Regular.ttf")),
        PdfFontFile("Vazirmatn", 700, "normal", _vendored("Vazirmatn-Bold.ttf")),
        PdfFontFile("Noto Naskh Arabic", 400, "normal", NOTO_DIR / "NotoNaskhArabic-Regular.ttf"),
        PdfFontFile("Noto Naskh Arabic", 700, "normal", NOTO_DIR / "NotoNaskhArabic-Bold.ttf"),
        PdfFontFile("Noto Serif", 400, "normal", NOTO_DIR / "NotoSerif-Regular.ttf"),
        PdfFontFile("Noto Serif", 700, "normal", NOTO_DIR / "NotoSerif-Bold.ttf"),
        PdfFontFile("Noto Serif", 400, "italic", NOTO_DIR / "NotoSerif-Italic.ttf"),
        PdfFontFile("Noto Serif", 700, "italic", NOTO_DIR / "NotoSerif-BoldItalic.ttf"),
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
            raise FileNotFoundError(f"PDF font file missing: {f.path} (install fonts-noto-core)")
        rules.append(
            f"@font-face {{ font-family: {_css_name(f.family)}; src: url({f.path.as_uri()}); "
            f"font-weight: {f.weight}; font-style: {f.style}; }}"
        )
    family = ", ".join(_css_name(name) for name in language.pdf_font_stack)
    rules.append(f":root {{ font-family: {family}; }}")
    return "\n".join(rules)


def _css_name(family: str) -> str:
    return f'"PDF {family}"'
