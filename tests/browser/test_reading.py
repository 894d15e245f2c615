"""A reader opens issues in a real browser: direction, layout and fonts as a reader sees them."""

import pytest

from csrs import languages
from tests.factories import build_issue, make_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

# Where the first letter of a paragraph sits, relative to its box: start edge by direction.
FIRST_LETTER_OFFSETS = """
(selector) => {
  const block = document.querySelector(selector);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT,
  });
  const text = walker.nextNode();
  const start = text.textContent.search(/\\S/);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 1);
  const letter = range.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  return {fromLeft: letter.left - box.left, fromRight: box.right - letter.right,
          direction: getComputedStyle(block).direction};
}
"""


@pytest.fixture
def published_issue(db):
    _, archive = make_site()
    return build_issue(archive, number=455, codes=("en", "ps"), analyses=2, sections=2)


@pytest.mark.parametrize("code", ["en", "ps"])
def test_issue_page_direction_and_layout(page, live_server, published_issue, screenshot, code):
    language = languages.get_language(code)
    page.goto(f"{live_server.url}/{code}/issues/455/")
    assert page.locator("html").get_attribute("dir") == language.direction
    assert page.locator("html").get_attribute("lang") == code
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == (
        language.direction
    )
    offsets = page.evaluate(FIRST_LETTER_OFFSETS, ".analysis__introduction p")
    assert offsets["direction"] == language.direction
    if language.is_rtl:
        # Right-to-left: the paragraph's first letter sits at its right edge.
        assert offsets["fromRight"] < 2 < offsets["fromLeft"]
    else:
        assert offsets["fromLeft"] < 2 < offsets["fromRight"]
    path = screenshot(f"issue-455-{code}")
    print(f"screenshot: {path}")


def test_pashto_page_uses_a_font_with_pashto_letters(page, live_server, published_issue):
    page.goto(f"{live_server.url}/ps/issues/455/")
    page.evaluate("document.fonts.ready")
    family = page.evaluate("getComputedStyle(document.querySelector('h1')).fontFamily")
    assert family.startswith("Vazirmatn")
    # The self-hosted Arabic-script file really loaded (not a system fallback).
    assert page.evaluate("document.fonts.check('16px Vazirmatn', 'ښ ږ ځ څ ډ ټ ړ ګ ڼ ۍ ې')")
    loaded = page.evaluate(
        "[...document.fonts].filter(f => f.family.includes('Vazirmatn') && f.status == 'loaded')"
        ".length"
    )
    assert loaded >= 1


def test_table_of_contents_link_scrolls_to_its_section(page, live_server, published_issue):
    page.set_viewport_size({"width": 390, "height": 800})  # a phone
    page.goto(f"{live_server.url}/ps/issues/455/")
    page.locator("nav.toc a").nth(2).click()
    assert page.url.endswith("#analysis-1-section-2")
    top = page.evaluate(
        "document.getElementById('analysis-1-section-2').getBoundingClientRect().top"
    )
    assert 0 <= top < 100
    # Nothing overflows sideways on a phone.
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
