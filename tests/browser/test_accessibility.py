"""axe-core (vendored from npm, tests/browser/vendor/axe-core/) on every kind of public page,
in all four languages: no serious or critical violation. Also: skip link and visible focus."""

from pathlib import Path

import pytest
from django.core.management import call_command

from csrs import languages
from tests.factories import make_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

AXE = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
PAGES = {
    "home": "/{code}/",
    "archive": "/{code}/issues/",
    "issue": "/{code}/issues/560/",
    "search": "/{code}/search/?q=2026",
    "404": "/{code}/no-such-page/",
}
RUN_AXE = """
async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" "))}));
}
"""


@pytest.fixture
def demo_site(db):
    # Earlier transactional tests may have emptied the page tree: make_site() rebuilds its root.
    make_site()
    with open("/dev/null", "w") as devnull:
        call_command("load_demo", stdout=devnull)


@pytest.fixture
def browser_context_args(browser_context_args):
    """axe-core is injected as a script the site's Content-Security-Policy rightly refuses:
    let the test's own script through (the policy itself is tested in tests/security/)."""
    return {**browser_context_args, "bypass_csp": True}


@pytest.mark.parametrize("code", languages.CODES)
def test_no_serious_or_critical_axe_violations(page, live_server, demo_site, code):
    problems = {}
    for name, path in PAGES.items():
        page.goto(live_server.url + path.format(code=code))
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(RUN_AXE)
        if violations:
            problems[name] = violations
    assert problems == {}


def test_skip_link_is_first_and_focus_is_visible(page, live_server, demo_site):
    page.goto(f"{live_server.url}/ps/issues/560/")
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => ({cls: document.activeElement.className,"
        " outline: getComputedStyle(document.activeElement).outlineStyle,"
        " top: document.activeElement.getBoundingClientRect().top})"
    )
    assert focused["cls"] == "skip-link"
    assert focused["outline"] != "none" and focused["top"] >= 0  # visible when focused
    page.keyboard.press("Enter")
    assert page.evaluate("() => location.hash") == "#main"


def test_the_axe_check_catches_a_real_violation(page):
    """The harness itself can fail: an image without alt text is a critical violation."""
    page.set_content('<html lang="en"><title>t</title><main><img src="x.png"></main></html>')
    page.add_script_tag(path=str(AXE))
    assert "image-alt" in [v["id"] for v in page.evaluate(RUN_AXE)]
