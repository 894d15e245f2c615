"""The four languages of the Weekly Analysis: the one place that describes them.

Settings (``LANGUAGES``, ``LANGUAGES_BIDI``, ``LANG_INFO``, modeltranslation), the admin's
language tabs, templates, the stylesheet's font faces, date and digit formatting and the tests
all read this module. Add or change a language here and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

LATIN_RANGE = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,"
    "U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD"
)
ARABIC_SCRIPT_RANGE = (
    "U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,"
    "U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC"
)

LATIN_DIGITS = "0123456789"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"  # U+06F0..U+06F9, what Pashto and Dari readers expect
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"  # U+0660..U+0669


@dataclass(frozen=True)
class FontFace:
    """One self-hosted font file (OFL, vendored from npm under ``static/fonts/``)."""

    family: str
    weight: int
    path: str  # relative to the static root
    unicode_range: str


VAZIRMATN = (
    FontFace(
        "Vazirmatn", 400, "fonts/vazirmatn/vazirmatn-arabic-400-normal.woff2", ARABIC_SCRIPT_RANGE
    ),
    FontFace(
        "Vazirmatn", 700, "fonts/vazirmatn/vazirmatn-arabic-700-normal.woff2", ARABIC_SCRIPT_RANGE
    ),
    FontFace("Vazirmatn", 400, "fonts/vazirmatn/vazirmatn-latin-400-normal.woff2", LATIN_RANGE),
    FontFace("Vazirmatn", 700, "fonts/vazirmatn/vazirmatn-latin-700-normal.woff2", LATIN_RANGE),
)
NOTO_NASKH_ARABIC = (
    FontFace(
        "Noto Naskh Arabic",
        400,
        "fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-400-normal.woff2",
        ARABIC_SCRIPT_RANGE,
    ),
    FontFace(
        "Noto Naskh Arabic",
        700,
        "fonts/noto-naskh-arabic/noto-naskh-arabic-arabic-700-normal.woff2",
        ARABIC_SCRIPT_RANGE,
    ),
)


@dataclass(frozen=True)
class Language:
    """Everything the site needs to know to publish in one language."""

    code: str  # URL prefix, hreflang and Django language code
    name: str  # English name, as Django's LANG_INFO wants it
    native_name: str  # how readers of the language call it
    direction: Literal["ltr", "rtl"]
    digits: str  # the ten digits readers expect, 0 to 9
    calendar: Literal["gregorian", "solar_hijri"]
    font_stack: tuple[str, ...]  # CSS font-family, first choice first
    font_faces: tuple[FontFace, ...]  # the files the stack needs (served by the site)
    list_style: str  # CSS list-style-type / counter style for numbered lists
    quotes: tuple[str, str]  # opening and closing quotation marks
    # The PDF edition embeds complete font files (issues/pdf/fonts.py knows where they are):
    # together the stack must cover the language's letters and Latin names and URLs.
    pdf_font_stack: tuple[str, ...] = ()
    # What joins a reference's outlet, title and date, or a quotation's speaker and role: the
    # Arabic comma «،» in right-to-left languages (a Latin comma reads as foreign there).
    separator: str = ", "
    # Open Graph wants language_TERRITORY; Facebook knows Arabic as ``ar_AR``.
    og_locale: str = "en_US"
    # Other codes browsers send for this language (Windows announces Dari as ``prs``).
    accept_aliases: tuple[str, ...] = ()

    @property
    def field_suffix(self) -> str:
        """The suffix modeltranslation gives this language's columns (``title_fa_af``)."""
        return self.code.replace("-", "_")

    @property
    def locale_name(self) -> str:
        """The folder name of the gettext catalog under ``locale/`` (``fa_AF``)."""
        lang, _, country = self.code.partition("-")
        return f"{lang}_{country.upper()}" if country else lang

    @property
    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    @property
    def font_family(self) -> str:
        """The font stack as a CSS ``font-family`` value."""
        return ", ".join(f'"{f}"' if " " in f else f for f in self.font_stack)

    def field(self, name: str) -> str:
        """This language's column of a translated field: ``field("title")`` -> ``title_ps``."""
        return f"{name}_{self.field_suffix}"


SYSTEM_SERIF = ("Charter", "Georgia", "Cambria", "Noto Serif", "Times New Roman", "serif")

ENGLISH = Language(
    code="en",
    name="English",
    native_name="English",
    direction="ltr",
    digits=LATIN_DIGITS,
    calendar="gregorian",
    font_stack=SYSTEM_SERIF,
    font_faces=(),
    list_style="decimal",
    quotes=("\u201c", "\u201d"),
    pdf_font_stack=("Noto Serif", "Vazirmatn"),
    og_locale="en_US",
)
PASHTO = Language(
    code="ps",
    name="Pashto",
    native_name="پښتو",
    direction="rtl",
    digits=PERSIAN_DIGITS,
    calendar="solar_hijri",
    font_stack=("Vazirmatn", "Noto Naskh Arabic", "sans-serif"),
    font_faces=VAZIRMATN,
    list_style="persian",
    quotes=("«", "»"),
    pdf_font_stack=("Vazirmatn", "Noto Naskh Arabic"),
    separator="، ",
    og_locale="ps_AF",
    accept_aliases=("pbt", "pbu"),
)
DARI = Language(
    code="fa-af",
    name="Dari",
    native_name="دری",
    direction="rtl",
    digits=PERSIAN_DIGITS,
    calendar="solar_hijri",
    font_stack=("Vazirmatn", "Noto Naskh Arabic", "sans-serif"),
    font_faces=VAZIRMATN,
    list_style="persian",
    quotes=("«", "»"),
    pdf_font_stack=("Vazirmatn", "Noto Naskh Arabic"),
    separator="، ",
    og_locale="fa_AF",
    accept_aliases=("prs",),
)
ARABIC = Language(
    code="ar",
    name="Arabic",
    native_name="العربية",
    direction="rtl",
    digits=ARABIC_INDIC_DIGITS,  # a site setting may switch Arabic pages to 0-9
    calendar="gregorian",
    # Noto Naskh has no Latin letters: Vazirmatn's Latin subset carries names and URLs.
    font_stack=("Noto Naskh Arabic", "Vazirmatn", "serif"),
    font_faces=NOTO_NASKH_ARABIC + VAZIRMATN[2:],
    list_style="arabic-indic",
    quotes=("«", "»"),
    # Noto Naskh Arabic has no Latin letters: Vazirmatn carries names, URLs and slashes.
    pdf_font_stack=("Noto Naskh Arabic", "Vazirmatn"),
    separator="، ",
    og_locale="ar_AR",
)

LANGUAGES: tuple[Language, ...] = (ENGLISH, PASHTO, DARI, ARABIC)
DEFAULT_LANGUAGE = ENGLISH
BY_CODE: dict[str, Language] = {lang.code: lang for lang in LANGUAGES}
CODES: tuple[str, ...] = tuple(BY_CODE)


def get_language(code: str | None) -> Language:
    """The language for a code (case-insensitive, ``fa_AF`` or ``fa-af``); English if unknown."""
    if code:
        normalised = code.replace("_", "-").lower()
        if normalised in BY_CODE:
            return BY_CODE[normalised]
    return DEFAULT_LANGUAGE


def django_lang_info() -> dict[str, dict]:
    """``LANG_INFO`` entries for languages Django lacks (``ps``) or names wrongly (``fa-af``)."""
    return {
        lang.code: {
            "bidi": lang.is_rtl,
            "code": lang.code,
            "name": lang.name,
            "name_local": lang.native_name,
        }
        for lang in LANGUAGES
        if lang.code in ("ps", "fa-af")
    }
