"""The newsletter as a mail client shows it: right to left for Pashto, Dari and Arabic.

The message's HTML (CSS inlined, as sent) is loaded into headless Chromium; the screenshots are
kept under test-artifacts/screenshots/ for a reviewer's eye. Positions are measured on the text
itself (a Range around the title), not read from the markup.
"""

from __future__ import annotations

import pytest

from csrs import languages
from issues.models import Subscriber
from issues.newsletter import composing
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

MEASURE = """() => {
  const content = document.querySelector('[dir] .content, .content').getBoundingClientRect();
  const h1 = document.querySelector('h1');
  const range = document.createRange();
  range.selectNodeContents(h1);
  const text = range.getBoundingClientRect();
  const button = document.querySelector('a[href*="/issues/"]').getBoundingClientRect();
  return {
    direction: getComputedStyle(h1).direction,
    lang: document.documentElement.lang,
    contentLeft: content.left, contentRight: content.right,
    textLeft: text.left, textRight: text.right,
    buttonLeft: button.left, buttonRight: button.right,
    styleTags: document.querySelectorAll('style').length,
  };
}"""


@pytest.mark.parametrize("code", languages.CODES)
def test_the_message_reads_in_its_direction_in_a_browser(archive, page, screenshot, code):
    issue = build_issue(archive, number=720, codes=("en", "ps", "fa-af", "ar"))
    language = languages.get_language(code)
    rendered = composing.render_issue(composing.readable_issue(issue.pk, code), language)
    message = rendered.message_for(Subscriber(pk=1, email="reader@example.org"))
    page.set_viewport_size({"width": 700, "height": 900})
    page.set_content(message.alternatives[0][0])
    box = page.evaluate(MEASURE)
    path = screenshot(f"newsletter-email-{code}")
    assert path.exists() and path.stat().st_size > 5000
    assert box["lang"] == code and box["styleTags"] == 0
    middle = (box["contentLeft"] + box["contentRight"]) / 2
    if language.is_rtl:
        assert box["direction"] == "rtl"
        # The title starts at the right edge, the "read online" button sits on the right.
        assert box["contentRight"] - box["textRight"] < 40
        assert box["textLeft"] > box["contentLeft"] + 40
        assert box["buttonRight"] > middle
    else:
        assert box["direction"] == "ltr"
        assert box["textLeft"] - box["contentLeft"] < 40
        assert box["buttonLeft"] < middle
