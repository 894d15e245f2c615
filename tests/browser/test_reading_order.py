"""Reading order in Pashto, Dari and Arabic, measured from the characters' boxes (issue 18).

Each case is a place where right-to-left text meets Latin letters, digits or neutral signs: a
reference title that begins with a Latin name, the PDF label, a citation's web address, a
reference's separators and dates. The browser lays the page out; the tests read where each
character landed (``Range.getClientRects``), not what the markup says.
"""

from __future__ import annotations

import datetime

import pytest

from csrs import languages
from tests.factories import build_issue, make_site, publish_with_approvals

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A reference title that starts with two project names, in each language.
TITLES = {
    "ps": "CASA-1000 او TAPI: د سیمې د برېښنا لارې",
    "fa-af": "CASA-1000 و TAPI: راه‌های برق منطقوی",
    "ar": "CASA-1000 و TAPI: طرق الكهرباء الإقليمية",
}
OUTLETS = {"ps": "د سولې ورځپاڼه", "fa-af": "روزنامه صلح", "ar": "صحيفة السلام"}
SPEAKERS = {"ps": "یو سیمه‌ییز کارپوه", "fa-af": "یک کارشناس منطقوی", "ar": "خبير إقليمي"}
ROLES = {"ps": "د Kabul University استاد", "fa-af": "استاد دانشگاه", "ar": "أستاذ جامعي"}

# Boxes of ``needle``'s characters (each one a rectangle) inside the first element matching
# ``selector`` whose text holds it.
CHARACTER_BOXES = """
([selector, needle]) => {
  for (const root of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let text = "", nodes = [];
    let node;
    while ((node = walker.nextNode())) {
      nodes.push([node, text.length]);
      text += node.textContent;
    }
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const boxes = [];
    for (let i = at; i < at + needle.length; i++) {
      const [n, start] = nodes.filter(([n, s]) => s <= i).pop();
      const range = document.createRange();
      range.setStart(n, i - start);
      range.setEnd(n, i - start + 1);
      const r = range.getClientRects()[0];
      boxes.push(r ? {left: r.left, right: r.right, top: r.top} : null);
    }
    return boxes;
  }
  return null;
}
"""


def _boxes(page, selector: str, needle: str) -> list[dict]:
    boxes = page.evaluate(CHARACTER_BOXES, [selector, needle])
    assert boxes, f"{needle!r} not found in {selector}"
    return [box for box in boxes if box and box["right"] > box["left"]]


def _span(page, selector: str, needle: str) -> tuple[float, float]:
    """(leftmost, rightmost) edge of ``needle`` as laid out."""
    boxes = _boxes(page, selector, needle)
    return min(b["left"] for b in boxes), max(b["right"] for b in boxes)


@pytest.fixture
def issue_with_mixed_text(db):
    """Issue 455 in English and the three right-to-left languages, with Latin names in its
    references and attributions, published (with its PDF editions)."""
    _, archive = make_site()
    issue = build_issue(
        archive,
        number=455,
        codes=("en", "ps", "fa-af", "ar"),
        publish=False,
        week_start=datetime.date(2026, 11, 16),
    )
    for code in TITLES:
        language = languages.get_language(code)
        references = getattr(issue, language.field("references")).get_prep_value()
        references[0]["value"].update(
            outlet=OUTLETS[code], title=TITLES[code], date="2026-11-10", url=""
        )
        setattr(issue, language.field("references"), references)
        analyses = getattr(issue, language.field("analyses")).get_prep_value()
        section = analyses[0]["value"]["sections"][0]
        section = section.get("value", section)  # a ListBlock item, or its value
        quotation = section["body"][2]["value"]
        quotation.update(attribution=SPEAKERS[code], role=ROLES[code])
        analyses[0]["value"]["introduction"] = f"<p>{OUTLETS[code]} <em>{SPEAKERS[code]}</em></p>"
        setattr(issue, language.field("analyses"), analyses)
    publish_with_approvals(issue)
    return issue


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_rtl_reading_order_of_mixed_text(
    page, live_server, issue_with_mixed_text, screenshot, code
):
    language = languages.get_language(code)
    page.goto(f"{live_server.url}/{code}/issues/455/")

    # 1. The reference title keeps the line's right-to-left order although it begins with a
    #    Latin name: CASA-1000 is read first (rightmost), TAPI after it (to its left); inside
    #    each name the letters still run left to right.
    casa_left, _ = _span(page, ".reference__title", "CASA-1000")
    _, tapi_right = _span(page, ".reference__title", "TAPI")
    assert tapi_right <= casa_left + 1
    casa = [b["left"] for b in _boxes(page, ".reference__title", "CASA")]
    assert casa == sorted(casa)
    # ... and screen readers are told which words are English.
    assert page.evaluate(
        "document.querySelector('.reference__title bdi[lang=en]').textContent"
    ) == ("CASA-1000")

    # 2. Outlet, title and date are joined by the language's comma, never a Latin one.
    reference = page.inner_text(".reference")
    assert language.separator.strip() in reference
    assert "," not in reference
    attribution = page.inner_text(".quotation__attribution")
    assert f"{SPEAKERS[code]}{language.separator}" in attribution.replace("\n", " ")
    assert "," not in attribution

    # 3. A date never breaks between day, month and year, even on a phone.
    page.set_viewport_size({"width": 390, "height": 800})
    date_text = page.inner_text(".reference__date time")
    assert " " not in date_text and "\u00a0" in date_text
    tops = {round(b["top"]) for b in _boxes(page, ".reference__date time", date_text)}
    assert len(tops) == 1, tops
    page.set_viewport_size({"width": 1440, "height": 900})

    # 4. «(PDF، ۴۸ کیلوبایټ)»: "PDF" is read first, the size after it (to its left).
    size_text = page.inner_text(".pdf-download__size")
    digits = "".join(ch for ch in size_text if ch in language.digits)
    assert digits, size_text
    pdf_left, _ = _span(page, ".pdf-download__size", "PDF")
    _, number_right = _span(page, ".pdf-download__size", digits)
    assert number_right <= pdf_left + 1, size_text

    # 5. The citation's web address ends with its slash, at the address's right end.
    for dd in (1, 2):  # Chicago, then APA
        selector = f".cite__styles dd:nth-of-type({dd}) .cite__text"
        url = f"/{code}/issues/455/"
        boxes = _boxes(page, selector, url)
        lefts = [b["left"] for b in boxes]
        assert lefts == sorted(lefts), (selector, lefts)
        https_left, _ = _span(page, selector, "http")
        assert boxes[-1]["left"] > https_left  # the final "/" is right of "http", not before it

    # 6. Numbers the site writes are in the page's digits: the sub-heading typed as "1".
    assert page.inner_text(".subheading__number") == f"{language.digits[1]}."

    # 7. Emphasis is visible without italics (Arabic-script fonts have none): bold, as in the PDF.
    style = page.evaluate(
        "(() => { const s = getComputedStyle(document.querySelector('.analysis__introduction em'));"
        " return [s.fontStyle, s.fontWeight]; })()"
    )
    assert style == ["normal", "700"]

    page.set_viewport_size({"width": 390, "height": 844})
    screenshot(f"reading-order-{code}-390")
    page.set_viewport_size({"width": 1440, "height": 900})
    screenshot(f"reading-order-{code}-1440")


@pytest.fixture
def issue_with_numbered_subheadings(db):
    """Issue 456, whose sub-heading (its number typed "3" by the editor) holds a word found
    nowhere else, in each right-to-left language, published."""
    from tests.discovery.test_search_snippet_digits import CASES, analysis_with_subheading

    _, archive = make_site()
    issue = build_issue(archive, number=456, codes=tuple(CASES), publish=False)
    for code, (word, _, typed) in CASES.items():
        setattr(
            issue,
            languages.get_language(code).field("analyses"),
            analysis_with_subheading(word, typed),
        )
    publish_with_approvals(issue)
    return CASES


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_a_search_snippet_reads_the_subheading_number_in_the_pages_digits(
    page, live_server, issue_with_numbered_subheadings, screenshot, code
):
    word, digit, _ = issue_with_numbered_subheadings[code]
    page.goto(f"{live_server.url}/{code}/search/?q={word}")
    snippet = page.inner_text(".search-result__snippet")
    assert f"{digit}. {word}" in snippet, snippet
    assert "3." not in snippet
    # Read first, so laid out rightmost: the number, then the heading's word to its left.
    _, word_right = _span(page, ".search-result__snippet", word)
    number_left, _ = _span(page, ".search-result__snippet", digit)
    assert word_right <= number_left + 1, snippet
    screenshot(f"search-snippet-digits-{code}-1440")
