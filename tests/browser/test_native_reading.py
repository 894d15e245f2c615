"""Pashto, Dari and Arabic readers in a real browser: direction, font, calendar, language, bidi."""

import datetime

import pytest
from django.core.management import call_command

from csrs import languages
from issues.l10n import format_week_range
from issues.models import IssuePage
from tests.factories import build_issue, make_site
from tests.i18n.test_interface_language import english_words_in, interface_msgids

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EXPECTED_FONT = {"ps": "Vazirmatn", "fa-af": "Vazirmatn", "ar": '"Noto Naskh Arabic"'}

RANGE_OF_TEXT = """
([selector, needle]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const at = node.textContent.indexOf(needle);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getBoundingClientRect();
      return {left: r.left, right: r.right, top: r.top};
    }
  }
  return null;
}
"""


@pytest.fixture
def demo(db):
    make_site()  # recreates the root page and locale that transactional tests wipe
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_rtl_issue_page_reads_as_native(page, live_server, demo, screenshot, code):
    language = languages.get_language(code)
    issue = IssuePage.objects.get(number=560)
    page.goto(f"{live_server.url}/{code}/issues/560/")
    page.evaluate("document.fonts.ready")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    family = page.evaluate("getComputedStyle(document.querySelector('.analysis p')).fontFamily")
    assert family.startswith(EXPECTED_FONT[code])
    week = " ".join(page.inner_text(".masthead__week").split())
    assert week == format_week_range(issue.week_start, issue.week_end, language)
    assert all(ch in language.digits for ch in week if ch.isdigit())
    page.evaluate("document.querySelectorAll('.language-switcher').forEach(e => e.remove())")
    assert english_words_in(page.inner_text("body"), interface_msgids()) == []
    # Quotations open with the language's own marks.
    mark = page.evaluate(
        "getComputedStyle(document.querySelector('.quotation__text p'), '::before').content"
    )
    assert mark == '"«"'
    # Headings align to the right edge in a right-to-left page.
    h1 = page.evaluate(
        "(() => { const r = document.querySelector('h1').getBoundingClientRect();"
        " return [r.right, document.querySelector('.masthead').getBoundingClientRect().right]; })()"
    )
    assert abs(h1[0] - h1[1]) < 2
    print(f"screenshot: {screenshot(f'issue-560-{code}')}")


def test_latin_run_inside_pashto_keeps_its_order(page, live_server, db, screenshot):
    _, archive = make_site()
    issue = build_issue(
        archive,
        number=900,
        codes=("ps",),
        original_language="ps",
        week_start=datetime.date(2026, 11, 16),
    )
    analyses = issue.analyses_ps.get_prep_value()
    analyses[0]["value"]["introduction"] = (
        "<p>د Tolo News راپور وايي چې CASA-1000 پروژه (2026) پیلېږي.</p>"
    )
    issue.analyses_ps = analyses
    issue.save_revision().publish()
    page.goto(f"{live_server.url}/ps/issues/900/")
    rect = lambda needle: page.evaluate(RANGE_OF_TEXT, [".analysis__introduction p", needle])  # noqa: E731
    first_word, latin_tolo, latin_news, next_word = (
        rect("د "),
        rect("Tolo"),
        rect("News"),
        rect("راپور"),
    )
    # Right to left between words: «د» rightmost, then the Latin name, then «راپور».
    assert first_word["left"] >= latin_news["right"] - 1
    assert latin_tolo["left"] > next_word["right"] - 1
    # Left to right inside the Latin name: "Tolo" before "News".
    assert latin_tolo["right"] <= latin_news["left"] + 1
    print(f"screenshot: {screenshot('mixed-direction-ps')}")
