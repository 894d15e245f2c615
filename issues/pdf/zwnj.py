"""Keep ZERO WIDTH NON-JOINER (U+200C) in the PDF's text layer (WeasyPrint 70).

Dari and Pashto write ZWNJ inside words («سیاست‌ها», «نشست‌های»): it stops the letters on
either side from joining. HarfBuzz shapes it (the letters come out in their non-joining forms),
then pango replaces the ZWNJ itself by ``PANGO_GLYPH_EMPTY`` (it is a default-ignorable
character) and WeasyPrint's ``draw_first_line`` writes an empty glyph for it: no glyph, so no
ToUnicode entry, and text copied or extracted from the PDF reads «سیاستها».

This module gives the ZWNJ its glyph back while WeasyPrint draws a text box:

- the empty glyph of a ZWNJ becomes the font's own glyph for U+200C (zero advance; pango's
  layout is untouched, WeasyPrint compensates any advance with a TJ adjustment), and that
  glyph's ToUnicode entry is U+200C, so every extractor (pypdf, poppler, pdf.js, viewers'
  copy) reads the ZWNJ from the ordinary text layer;
- a font whose U+200C glyph has ink (Noto's is a visible dashed bar, for "show invisibles")
  has that glyph drawn with text rendering mode 3 (invisible), as OCR text layers are.

Shaping is not touched: the glyphs around the ZWNJ are HarfBuzz's. ``install`` wraps
``weasyprint.draw.draw_text`` (HTML text boxes only; SVG text is left as WeasyPrint draws it),
and refuses any WeasyPrint other than 70.x, the version whose drawing code this was written
against (pyproject.toml pins ``weasyprint>=70,<71``).
"""

from __future__ import annotations

import re
from functools import wraps

import weasyprint
from cffi import FFI
from weasyprint import draw as weasyprint_draw
from weasyprint.text.ffi import ffi, pango

ZWNJ = "\u200c"
_ZWNJ_UTF8 = ZWNJ.encode()
INVISIBLE = 3  # PDF text rendering mode "neither fill nor stroke" (ISO 32000-1, 9.3.6)
SUPPORTED_MAJOR = "70"

# HarfBuzz's cmap lookup is not in WeasyPrint's cffi declarations: a private FFI declares it on
# the same shared library (pointers cross over by address).
_hb_ffi = FFI()
_hb_ffi.cdef(
    """
    typedef struct _hb_font_t hb_font_t;
    int hb_font_get_nominal_glyph (hb_font_t *font, uint32_t unicode, uint32_t *glyph);
    """
)
_harfbuzz = None


def _hb():
    global _harfbuzz
    if _harfbuzz is None:
        for name in ("libharfbuzz.so.0", "libharfbuzz.0.dylib", "libharfbuzz-0.dll", "harfbuzz"):
            try:
                _harfbuzz = _hb_ffi.dlopen(name)
                break
            except OSError:
                continue
        else:
            raise OSError("libharfbuzz not found (WeasyPrint needs it too)")
    return _harfbuzz


def zwnj_glyph(pango_font) -> int | None:
    """The glyph id ``pango_font`` maps U+200C to, or None when its cmap has none."""
    # Not cached by address: fonts are freed after each document and addresses reused.
    address = int(ffi.cast("uintptr_t", pango.pango_font_get_hb_font(pango_font)))
    hb_font = _hb_ffi.cast("hb_font_t *", address)
    glyph = _hb_ffi.new("uint32_t *")
    if _hb().hb_font_get_nominal_glyph(hb_font, ord(ZWNJ), glyph):
        return glyph[0]
    return None


def _has_ink(pango_font, glyph: int) -> bool:
    ink = ffi.new("PangoRectangle *")
    pango.pango_font_get_glyph_extents(pango_font, glyph, ink, ffi.NULL)
    return ink.width > 0 and ink.height > 0


def restore_zwnj_glyphs(line, text: str) -> dict:
    """Give each ZWNJ of the pango ``line`` (laid out from ``text``) the font's U+200C glyph.

    Returns ``{pango font: (glyph id, has ink)}`` for the fonts whose glyphs were changed."""
    utf8 = None
    restored = {}
    node = line.runs
    while node != ffi.NULL:
        glyph_item = node.data
        node = node.next
        glyphs = glyph_item.glyphs
        item = glyph_item.item
        for i in range(glyphs.num_glyphs):
            if glyphs.glyphs[i].glyph != pango.PANGO_GLYPH_EMPTY:
                continue
            utf8 = utf8 if utf8 is not None else text.encode()
            start = item.offset + glyphs.log_clusters[i]
            if utf8[start : start + len(_ZWNJ_UTF8)] != _ZWNJ_UTF8:
                continue  # another ignorable character (ZWJ, bidi marks): left empty
            font = item.analysis.font
            if font not in restored:
                glyph = zwnj_glyph(font)
                restored[font] = None if glyph is None else (glyph, _has_ink(font, glyph))
            if restored[font] is not None:
                glyphs.glyphs[i].glyph = restored[font][0]
    return {font: found for font, found in restored.items() if found is not None}


_GLYPH_RUN = re.compile(r"(<[0-9a-f]*>)")


class _ZwnjStream:
    """The page stream as ``draw_text`` sees it: ZWNJ glyphs get ToUnicode U+200C, and those
    with ink are shown in invisible rendering mode. Everything else goes to the real stream."""

    def __init__(self, stream, restored: dict):
        self._stream = stream
        self._restored = restored
        self._hidden = {}  # font hash -> hex of an inked ZWNJ glyph
        self._font = None

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def add_font(self, pango_font):
        font, font_size = self._stream.add_font(pango_font)
        found = self._restored.get(pango_font)
        if found and not font.bitmap:
            glyph, has_ink = found
            font.to_unicode[glyph] = ZWNJ
            if has_ink:
                self._hidden[font.hash] = f"{glyph:04x}"
        return font, font_size

    def set_font_size(self, font, size):
        self._font = font
        self._stream.set_font_size(font, size)

    def show_text(self, text):
        hidden = self._hidden.get(self._font)
        if hidden is None or hidden not in text:
            self._stream.show_text(text)
            return
        pending = []
        for part in _GLYPH_RUN.split(text):
            if not part.startswith("<"):
                pending.append(part)  # a TJ position adjustment
                continue
            kept = ""
            for j in range(1, len(part) - 1, 4):
                glyph = part[j : j + 4]
                if glyph != hidden:
                    kept += glyph
                    continue
                if kept:
                    pending.append(f"<{kept}>")
                    kept = ""
                self._show(pending)
                pending = []
                self._stream.set_text_rendering(INVISIBLE)
                self._stream.show_text(f"<{glyph}>")
                self._stream.set_text_rendering(0)  # WeasyPrint draws HTML text filled
            if kept:
                pending.append(f"<{kept}>")
        self._show(pending)

    def _show(self, parts: list[str]) -> None:
        # What the split left before a hidden glyph: glyph runs and the single numbers (TJ
        # position adjustments) WeasyPrint writes between them. Shown unless nothing moves.
        if any(part.startswith("<") or (part and float(part)) for part in parts):
            self._stream.show_text("".join(parts))


def _with_zwnj(draw_text):
    @wraps(draw_text)
    def draw_text_keeping_zwnj(stream, textbox, *args, **kwargs):
        layout = textbox.pango_layout
        if ZWNJ not in layout.text:
            return draw_text(stream, textbox, *args, **kwargs)
        restored = {}
        get_first_line = layout.get_first_line

        def first_line_with_zwnj():
            line, index = get_first_line()
            restored.update(restore_zwnj_glyphs(line, layout.text))
            return line, index

        # An instance attribute shadows the method for this one drawing only.
        layout.get_first_line = first_line_with_zwnj
        try:
            return draw_text(_ZwnjStream(stream, restored), textbox, *args, **kwargs)
        finally:
            del layout.get_first_line

    draw_text_keeping_zwnj.keeps_zwnj = True
    return draw_text_keeping_zwnj


def install() -> None:
    """Wrap WeasyPrint's text drawing once (idempotent); refuse an untested WeasyPrint."""
    if weasyprint.__version__.split(".")[0] != SUPPORTED_MAJOR:
        raise RuntimeError(
            f"issues.pdf.zwnj was written for WeasyPrint {SUPPORTED_MAJOR}.x, "
            f"found {weasyprint.__version__}: check draw_first_line and update it"
        )
    if not getattr(weasyprint_draw.draw_text, "keeps_zwnj", False):
        weasyprint_draw.draw_text = _with_zwnj(weasyprint_draw.draw_text)
