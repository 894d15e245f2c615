"""In a real browser, no payload in any translated field runs: no dialog opens on any page.

One paragraph per issue also holds raw HTML stored past the editor (as a careless import or a
database edit would): Wagtail does not re-sanitise stored rich text on output, so there the
Content-Security-Policy is what stops it, and the test checks the browser reported blocking it.
Needs base.py's CSP lines.
"""

from __future__ import annotations

import pytest
from django.conf import settings as django_settings

from csrs import languages
from tests.factories import make_site
from tests.security.payloads import build_hostile_issues

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

RAW_PARAGRAPH = (
    "<p>[raw] <img src=x onerror=\"alert('raw-img')\"></p>"
    "<script>alert('raw-script')</script>"
    "<p style=\"background:url(javascript:alert('raw-style'))\">styled</p>"
)

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});
"""


@pytest.fixture
def hostile(db):
    _, archive = make_site()
    return build_hostile_issues(archive, raw_paragraph=RAW_PARAGRAPH)


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("load")
    page.wait_for_timeout(150)  # let any deferred handler (onerror, ontoggle) fire
    return page.evaluate("window.__cspViolations")


def test_no_payload_opens_a_dialog_on_any_public_page(page, live_server, hostile):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script(RECORD_VIOLATIONS)
    blocked = []
    for language in languages.LANGUAGES:
        code = language.code
        for path in [f"/{code}/", f"/{code}/issues/"] + [
            f"/{code}/issues/{issue.number}/" for issue in hostile
        ]:
            violations = visit(page, live_server.url + path)
            assert not dialogs, f"{path}: a payload ran: {dialogs}"
            if path.rstrip("/").split("/")[-1].isdigit():
                blocked.extend(violations)
    # The raw paragraph's inline script and handler were refused by the policy, not ignored.
    assert any(v.startswith("script-src") for v in blocked), blocked


def test_the_policy_header_reaches_the_browser(page, live_server, hostile):
    response = page.goto(f"{live_server.url}/en/issues/{hostile[0].number}/")
    header = response.headers["content-security-policy"]
    assert "'unsafe-inline'" not in header
    assert django_settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["script-src"] == ["'self'"]


def test_public_pages_load_their_own_css_and_fonts_under_the_policy(page, live_server, hostile):
    page.add_init_script(RECORD_VIOLATIONS)
    page.goto(f"{live_server.url}/ps/")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("window.__cspViolations") == []
    # The site's stylesheet applied (a same-origin file, allowed by style-src 'self').
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"
