"""A Pashto translator in the real editor: each piece's source beside its input, piece by piece."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from csrs import languages
from issues.workbench import pieces
from issues.workflow import actions, copying, roles
from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

EN, PS = languages.BY_CODE["en"], languages.BY_CODE["ps"]


@pytest.fixture
def translator(django_user_model):
    make_site()
    roles.create_groups()  # transactional tests flush the migrations' groups
    user = django_user_model.objects.create_user("pashto", "ps@example.org", "pw")
    user.groups.add(Group.objects.get(name=roles.translator_group_name(PS)))
    return user


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def leave_the_editor(page, live_server):
    """Leave before teardown: the editor's unload beacon must not race the database flush."""
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")


def box(locator) -> dict:
    return locator.bounding_box()


def test_translator_works_piece_by_piece_with_the_source_beside_each_input(
    page, live_server, translator, screenshot
):
    issue = build_issue(make_site()[1], number=480, codes=("en",))
    copying.copy_source_structure(issue, PS, EN, "analyses", translator)
    expected = pieces.language_pieces(actions.latest_content(issue), EN, PS)
    placed = [p for p in expected if p.target_path]

    page.set_viewport_size({"width": 1440, "height": 900})
    sign_in(page, live_server, "pashto")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    # The translator's own language opens first.
    assert page.locator("[role=tab][aria-selected=true]").get_attribute("aria-controls") == "tab-ps"
    # Dari and Arabic are not theirs: behind "Show other languages".
    dari = page.locator('[role=tab][aria-controls="tab-fa-af"]')
    assert page.locator('[role=tab][aria-controls="tab-en"]').is_visible()
    assert not dari.is_visible()
    page.locator("[data-workbench-show-languages]").click()
    assert dari.is_visible()
    containers = page.locator('[data-piece][data-language="ps"]')
    containers.first.wait_for()
    assert sorted(containers.evaluate_all("els => els.map(e => e.dataset.piece)")) == sorted(
        p.id for p in placed
    )

    # Desktop: the title's source sits beside its input, on the same line.
    title = page.locator('[data-piece="title"][data-language="ps"]')
    source, field = title.locator(".workbench-source"), title.locator("input[name=title_ps]")
    assert "Analysis #480" in source.inner_text()
    assert box(source)["x"] + box(source)["width"] <= box(field)["x"]
    assert abs(box(source)["y"] - box(field)["y"]) < 60
    # Rich text keeps its formatting: the introduction's source is a paragraph, not a blob.
    intro = page.locator('[data-piece$="/introduction"][data-language="ps"]')
    assert intro.locator(".workbench-source__text p").first.inner_text() == "Paragraph 1.0"
    screenshot("workbench-pashto-1440")

    # "Next piece to translate" goes to the first waiting piece, then to the one after it.
    status = page.locator('.translation-language-status[data-language="ps"]')
    assert f"0 of {len(expected)} pieces translated" in status.inner_text()
    status.locator("[data-workbench-next]").click()
    assert page.evaluate("document.activeElement.name") == "title_ps"
    field.fill("د سیند اوبه")
    assert title.get_attribute("data-piece-state") == "translated"
    status.locator("[data-workbench-next]").click()
    assert page.evaluate("document.activeElement.name") == "standfirst_ps"

    # Phone: the source is just above its input.
    page.set_viewport_size({"width": 390, "height": 844})
    # The admin lays the page out again after a resize, and may still be scrolling the focused
    # input into view: wait for the layout (5 s at most), then read both boxes at one instant.
    pair = [source.element_handle(), field.element_handle()]
    edges = "([s, f]) => [s.getBoundingClientRect().bottom, f.getBoundingClientRect().top]"
    page.wait_for_function(
        f"(pair) => {{ const [b, t] = ({edges})(pair); return b <= t; }}", arg=pair, timeout=5000
    )
    source_bottom, field_top = page.evaluate(edges, pair)
    assert source_bottom <= field_top
    screenshot("workbench-pashto-390")

    # Saving keeps the Pashto tab and counts the translated piece.
    page.set_viewport_size({"width": 1440, "height": 900})
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("[role=tab][aria-selected=true]").get_attribute("aria-controls") == "tab-ps"
    assert f"1 of {len(expected)} pieces translated" in status.inner_text()

    # Tab links are tied to the language: #tab-en opens English, not the second tab.
    page.goto(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/#tab-en")
    assert page.locator("[role=tab][aria-selected=true]").get_attribute("aria-controls") == "tab-en"
    english = page.locator("#tab-en")
    assert "Original language" in english.inner_text()
    assert "Not started" not in english.inner_text()
    leave_the_editor(page, live_server)


def test_an_editor_chose_tab_stays_chosen_after_saving(page, live_server, django_user_model):
    make_site()
    roles.create_groups()
    editor = django_user_model.objects.create_user("editor", "ed@example.org", "pw")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    issue = build_issue(make_site()[1], number=481, codes=("en",))
    sign_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator('[role=tab][aria-controls="tab-fa-af"]').click()
    page.locator("input[name=title_fa_af]").fill("آب و همسایه ها")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    selected = page.locator("[role=tab][aria-selected=true]")
    assert selected.get_attribute("aria-controls") == "tab-fa-af"
    leave_the_editor(page, live_server)
