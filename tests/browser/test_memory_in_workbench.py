"""A Pashto translator sees the translation memory in the issue editor and uses a match.

The workbench (static/js/admin-workbench.js) fetches the memory's JSON once for the Pashto tab
and lists, under each empty piece's source, its matches with the difference to the current
source; "Use" fills the input, and the editor's own "Save draft" stores it.
"""

from __future__ import annotations

import pytest

from csrs import languages
from issues.models import GlossaryTerm
from issues.workflow import actions, copying
from tests.factories import build_issue, make_site
from tests.memory.conftest import pashto, translate
from tests.workbench.test_workbench_browser import leave_the_editor, sign_in, translator  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EN, PS = languages.BY_CODE["en"], languages.BY_CODE["ps"]


@pytest.fixture
def issues_with_memory(translator):  # noqa: F811
    """Issue 491 translated into Pashto and approved (the memory), issue 492 not translated;
    492's standfirst is unlike anything 491 had."""
    archive = make_site()[1]
    remembered = build_issue(archive, number=491, codes=("en",))
    translate(remembered, PS, translator)
    actions.approve(remembered, PS, None, comment="Last year's translation")
    GlossaryTerm.objects.create(term_en="Analysis", term_ps="شننه", kind="other", status="approved")
    issue = build_issue(archive, number=492, codes=("en",))
    latest = actions.latest_content(issue)
    latest.standfirst_en = "Quokkas juggle marmalade beside xylophones."
    latest.save_revision()
    copying.copy_source_structure(issue, PS, EN, "analyses", translator)
    return issue


def test_translator_uses_a_memory_match_in_the_editor_and_saves_it(
    page, live_server, issues_with_memory, screenshot
):
    issue = issues_with_memory
    requests = []
    page.on(
        "request", lambda request: "matches.json" in request.url and requests.append(request.url)
    )
    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, live_server, "pashto")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")

    title = page.locator('[data-piece="title"][data-language="ps"]')
    match = title.locator(".workbench-memory__match").first
    match.wait_for()
    # A fuzzy match with its percentage; the difference to 492's source is marked.
    assert "%" in match.locator(".workbench-memory__score").inner_text()
    assert match.locator("del").inner_text().strip() == "#491"
    assert match.locator("ins").inner_text().strip() == "#492"
    assert match.locator(".workbench-memory__target").inner_text() == pashto("Analysis #491")
    # The glossary term in the source pane, with its approved Pashto form.
    term = title.locator(".workbench-source__text mark.workbench-term")
    assert term.get_attribute("data-term-target") == "شننه"
    assert "شننه" in term.inner_text()
    # Nothing similar: no suggestion at all for the standfirst.
    standfirst = page.locator('[data-piece="standfirst"][data-language="ps"]')
    assert standfirst.count() == 1
    assert standfirst.locator(".workbench-memory").count() == 0
    # One request for the whole Pashto tab, none per piece.
    assert len(requests) == 1 and "piece=" not in requests[0]
    screenshot("workbench-memory-match")

    match.locator("button.workbench-memory__use").click()
    assert page.locator("input[name=title_ps]").input_value() == pashto("Analysis #491")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    assert actions.latest_content(issue).title_ps == pashto("Analysis #491")
    leave_the_editor(page, live_server)


def test_a_match_goes_into_a_rich_text_piece_through_draftail(
    page, live_server, issues_with_memory, screenshot
):
    from issues.memory import store
    from issues.translations import units

    issue = issues_with_memory
    sign_in(page, live_server, "pashto")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    intro = page.locator('[data-piece$="/introduction"][data-language="ps"]').first
    piece_id = intro.get_attribute("data-piece")
    match = intro.locator(".workbench-memory__match[data-exact]").first
    match.wait_for()
    target = match.locator(".workbench-memory__target").inner_text()
    match.locator("button.workbench-memory__use").click()
    assert intro.locator("[contenteditable=true]").inner_text().strip() == target
    screenshot("workbench-memory-rich")
    page.wait_for_function(  # Draftail writes to the form a moment after typing
        """(text) => [...document.querySelectorAll("input[name^='analyses_ps']")]
            .some((input) => input.value.includes(text))""",
        arg=target,
    )
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")

    def saved() -> str:
        found = units.issue_units(actions.latest_content(issue), EN, PS)
        return {unit.id: store.piece_target(unit).text for unit in found}[piece_id]

    for _ in range(50):  # the save's response may still be on its way
        if saved() == target:
            break
        page.wait_for_timeout(200)
    assert saved() == target
    leave_the_editor(page, live_server)
