"""What a reader's browser downloads on a first visit to an issue page (issue 18).

Measured in Chromium, every response counted as it travels: HTML compressed by the application,
static CSS as WhiteNoise serves it in production (gzip; the test server sends it plain, so its
gzip size is counted), fonts as they are (woff2 is compressed already). Only the fonts the page
really uses are fetched: the language switcher's three foreign names cost none.
"""

from __future__ import annotations

import gzip

import pytest

from csrs import languages
from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LIMIT = 150 * 1024  # bytes, compressed, first visit
ARABIC_SCRIPT_FONTS = ("vazirmatn-arabic", "noto-naskh-arabic")


def first_visit(browser, url: str) -> dict[str, int]:
    """{url: bytes on the wire} of everything a fresh browser fetches to show ``url``."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="networkidle")
    page.evaluate("document.fonts.ready.then(() => true)")
    page.wait_for_load_state("networkidle")
    weights = {}
    for response in responses:
        body = response.body()
        encoded = response.request.sizes()["responseBodySize"]
        if response.url.endswith(".css") and not response.headers.get("content-encoding"):
            encoded = len(gzip.compress(body, compresslevel=9))  # as WhiteNoise's .gz file
        weights[response.url] = encoded
        if response.url == url:
            assert response.headers.get("content-encoding") == "gzip", "HTML not compressed"
    context.close()
    return weights


@pytest.mark.parametrize("code", languages.CODES)
def test_a_long_issue_page_weighs_under_150_kb_on_first_visit(browser, live_server, db, code):
    _, archive = make_site()
    build_issue(archive, number=620, analyses=3, sections=6, references=15, codes=languages.CODES)
    weights = first_visit(browser, f"{live_server.url}/{code}/issues/620/")
    fonts = [url for url in weights if url.endswith(".woff2")]
    total = sum(weights.values())
    print(code, total, sorted(f"{u.rsplit('/', 1)[-1]}={w}" for u, w in weights.items()))
    assert total < LIMIT, f"{code}: {total} bytes"
    if code == "en":
        # No Arabic-script font just to write «پښتو», «دری», «العربية» in the switcher.
        assert not [url for url in fonts if any(name in url for name in ARABIC_SCRIPT_FONTS)]
    if code in ("ps", "fa-af"):
        assert not [url for url in fonts if "noto-naskh" in url]  # no Naskh for «العربية»
        assert any("vazirmatn-arabic" in url for url in fonts)  # their own font, of course
    if code == "ar":
        assert not [url for url in fonts if "vazirmatn-arabic" in url]
