"""Zero-width non-joiners (U+200C) survive into the PDF's text layer, and shaping is unchanged.

Dari and Pashto words such as «می‌دهد» are written with a ZWNJ; before issues/pdf/zwnj.py,
WeasyPrint drew no glyph for it and text copied or extracted from the PDF read «میدهد».
"""

from __future__ import annotations

import re

import pytest
import weasyprint
from fontTools import subset as font_subset
from fontTools.ttLib import TTFont
from weasyprint import CSS, HTML
from weasyprint import draw as weasyprint_draw
from weasyprint.text.fonts import FontConfiguration

from csrs import languages
from issues.pdf import fonts, zwnj
from issues.pdf.render import LocalOnlyFetcher, render_issue_pdf
from tests.pdf.conftest import create_issue, normalise, read_pdf
from tests.pdf.content import HEADINGS, SENTENCE

ZWNJ = "\u200c"
BASE_URL = "http://testserver/"


def zwnj_words(code: str) -> set[str]:
    words = (SENTENCE[code] + " " + " ".join(HEADINGS[code])).split()
    return {word.strip(".،") for word in words if ZWNJ in word}


def text_of(data: bytes) -> str:
    return normalise(" ".join(page.extract_text() for page in read_pdf(data).pages))


def render_html(body: str, language, *, font_files=None) -> bytes:
    """A one-page PDF of ``body`` in ``language``'s PDF fonts (or in ``font_files``)."""
    if font_files is None:
        paths = {f.path for f in fonts.files_for(language)}
        font_css = fonts.font_face_css(language)
    else:
        paths = set(font_files)
        family = ", ".join(f'"Test {i}"' for i in range(len(font_files)))
        font_css = (
            "".join(
                f'@font-face {{ font-family: "Test {i}"; src: url({path.as_uri()}); }}'
                for i, path in enumerate(font_files)
            )
            + f":root {{ font-family: {family}; }}"
        )
    fetcher = LocalOnlyFetcher(BASE_URL, allowed_files=paths)
    font_config = FontConfiguration()
    css = CSS(
        string=font_css + "body { font-size: 14pt; }",
        font_config=font_config,
        url_fetcher=fetcher,
    )
    direction = "rtl" if language.is_rtl else "ltr"
    html = f'<html lang="{language.code}" dir="{direction}"><body>{body}</body></html>'
    document = HTML(string=html, base_url=BASE_URL, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[css], font_config=font_config)


def content_stream(data: bytes) -> str:
    return read_pdf(data).pages[0].get_contents().get_data().decode("latin-1")


def glyph_ids(data: bytes) -> list[int]:
    """Every glyph id shown on the first page, in drawing (visual) order."""
    ids = []
    for run in re.findall(r"<([0-9a-f]+)>", content_stream(data)):
        ids += [int(run[i : i + 4], 16) for i in range(0, len(run), 4)]
    return ids


def font_zwnj_glyph(path) -> int:
    font = TTFont(path)
    return font.getGlyphID(font.getBestCmap()[ord(ZWNJ)])


def outline_titles(outline) -> list:
    return [outline_titles(item) if isinstance(item, list) else item.title for item in outline]


@pytest.fixture
def without_zwnj_fix(monkeypatch):
    """WeasyPrint's own text drawing, as before the fix, for comparisons."""
    monkeypatch.setattr(weasyprint_draw, "draw_text", weasyprint_draw.draw_text.__wrapped__)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["fa-af", "ps"])
def test_text_extracted_from_dari_and_pashto_pdfs_keeps_zwnj(publish_issue, code):
    from tests.pdf.test_pdf_edition import stored_pdf

    issue = publish_issue(461, (code,))
    _, data = stored_pdf(issue, code)
    text = text_of(data)
    words = zwnj_words(code)
    assert words  # the content really has ZWNJ words to look for
    for word in words:
        assert word in text, word
        assert word.replace(ZWNJ, "") not in text, word  # not glued together


@pytest.mark.django_db
@pytest.mark.parametrize("code", languages.CODES)
def test_the_fix_changes_nothing_but_the_zwnj_in_the_text(archive, code, request):
    issue = create_issue(archive, 462, (code,))
    language = languages.get_language(code)
    fixed = render_issue_pdf(issue, language)
    request.getfixturevalue("without_zwnj_fix")
    before = render_issue_pdf(issue, language)

    fixed_pdf, before_pdf = read_pdf(fixed), read_pdf(before)
    assert len(fixed_pdf.pages) == len(before_pdf.pages)
    for fixed_page, before_page in zip(fixed_pdf.pages, before_pdf.pages, strict=True):
        fixed_text, before_text = fixed_page.extract_text(), before_page.extract_text()
        # Same text on the same page (line breaks included), plus the ZWNJ that was lost.
        assert fixed_text.replace(ZWNJ, "") == before_text
        assert ZWNJ not in before_text
        assert len(fixed_page.get("/Annots") or []) == len(before_page.get("/Annots") or [])
    assert outline_titles(fixed_pdf.outline) == outline_titles(before_pdf.outline)
    assert outline_titles(fixed_pdf.outline)
    has_zwnj = ZWNJ in text_of(fixed)
    assert has_zwnj == (code in ("fa-af", "ps"))


@pytest.mark.parametrize("code", ["fa-af", "ps", "ar"])
def test_letters_either_side_of_a_zwnj_keep_their_non_joining_forms(code):
    """«سیاست‌ها» is drawn as «سیاست» and «ها» side by side; «سیاستها» joins ت and ه."""
    language = languages.get_language(code)
    glyphs = {
        text: glyph_ids(render_html(f"<p>{text}</p>", language))
        for text in ("سیاست\u200cها", "سیاستها", "سیاست", "ها")
    }
    zwnj_ids = {font_zwnj_glyph(f.path) for f in fonts.files_for(language)}
    with_zwnj = glyphs["سیاست\u200cها"]
    assert len([g for g in with_zwnj if g in zwnj_ids]) == 1  # the ZWNJ has its glyph
    letters = [g for g in with_zwnj if g not in zwnj_ids]
    # Right to left: «ها» is drawn left of «سیاست», so its glyphs come first.
    assert letters == glyphs["ها"] + glyphs["سیاست"]
    assert letters != glyphs["سیاستها"]
    assert len(letters) == len(glyphs["سیاستها"])


def test_a_visible_zwnj_glyph_is_drawn_in_invisible_mode():
    """Noto Naskh Arabic draws U+200C as a dashed bar (for "show invisibles"): the PDF shows it
    in text rendering mode 3, so readers see nothing and extractors still read the ZWNJ.
    Vazirmatn's U+200C glyph is empty and needs no mode change."""
    arabic = render_html("<p>سیاست\u200cها</p>", languages.ARABIC)
    naskh = font_zwnj_glyph(fonts.files_for(languages.ARABIC)[0].path)
    assert re.search(rf"3 Tr\s*\[<{naskh:04x}>\] TJ\s*0 Tr", content_stream(arabic))
    assert "سیاست\u200cها" in text_of(arabic)

    dari = render_html("<p>سیاست\u200cها</p>", languages.DARI)
    assert " Tr" not in content_stream(dari)
    assert "سیاست\u200cها" in text_of(dari)


def test_other_ignorable_characters_do_not_become_zwnj():
    text = "سیاست\u200dها \u200fدهلیز"  # a zero-width joiner and a right-to-left mark
    extracted = text_of(render_html(f"<p>{text}</p>", languages.DARI))
    assert ZWNJ not in extracted
    assert "دهلیز" in extracted


def test_a_font_without_a_zwnj_glyph_draws_the_text_as_before(tmp_path):
    """No U+200C in the font's cmap: nothing to map, the letters are still drawn and read."""
    vazirmatn = fonts.files_for(languages.DARI)[0].path
    font = TTFont(vazirmatn)
    keep = [cp for cp in font.getBestCmap() if cp != ord(ZWNJ)]
    options = font_subset.Options(layout_features=["*"], notdef_outline=True)
    subsetter = font_subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    path = tmp_path / "no-zwnj.ttf"
    font.save(path)
    assert ord(ZWNJ) not in TTFont(path).getBestCmap()

    data = render_html("<p>سیاست\u200cها دهلیز</p>", languages.DARI, font_files=[path])
    extracted = text_of(data)
    # The letters are all there; only the ZWNJ, which this font cannot show, is not.
    assert "سیاستها دهلیز" in extracted


def test_install_wraps_once_and_refuses_another_weasyprint(monkeypatch):
    zwnj.install()
    zwnj.install()
    assert weasyprint_draw.draw_text.keeps_zwnj
    assert not getattr(weasyprint_draw.draw_text.__wrapped__, "keeps_zwnj", False)

    monkeypatch.setattr(weasyprint, "__version__", "71.0")
    with pytest.raises(RuntimeError, match="WeasyPrint 70"):
        zwnj.install()
