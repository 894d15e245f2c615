"""A title cannot reverse the text around it, seen in a real browser (issue 14, item 8).

A right-to-left override (U+202E) typed or imported into a title used to reach the archive,
where Chromium then laid the Latin letters after it out backwards. The characters' boxes are
measured, not the markup read.
"""

from __future__ import annotations

import pytest

from csrs import languages
from tests.factories import build_issue, make_site, publish_with_approvals

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDS = {"ps": "پروژه", "fa-af": "پروژه", "ar": "مشروع"}

CHARACTER_LEFTS = """
([selector, needle]) => {
  const root = document.querySelector(selector);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const at = node.textContent.indexOf(needle);
    if (at >= 0) {
      return [...needle].map((_, i) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect().left;
      });
    }
  }
  return null;
}
"""


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_an_override_in_a_title_does_not_reverse_its_latin_letters(page, live_server, code):
    _, archive = make_site()
    issue = build_issue(archive, number=455, codes=("en", code), publish=False)
    # "CASA" after an unterminated RIGHT-TO-LEFT OVERRIDE: shown "ASAC" if it reaches a reader.
    setattr(issue, languages.get_language(code).field("title"), f"{WORDS[code]} \u202eCASA 1000")
    publish_with_approvals(issue)

    for path in (f"/{code}/issues/", f"/{code}/issues/455/"):
        page.goto(f"{live_server.url}{path}")
        selector = ".issue-card__title a" if path.endswith("issues/") else ".masthead__title"
        lefts = page.evaluate(CHARACTER_LEFTS, [selector, "CASA"])
        assert lefts is not None, path
        # Latin inside right-to-left text still reads left to right: C, A, S, A.
        assert lefts == sorted(lefts), (path, lefts)
        digits = page.evaluate(CHARACTER_LEFTS, [selector, "1000"])
        assert digits == sorted(digits), (path, digits)
