"""The StreamField block picker no longer offers "Unplaced text (not published)".

The block stays for what imports leave (issues/backcatalogue/): an existing one still shows and
saves in the editor, but "+" offers only the analysis (static/js/admin-block-picker.js).
"""

import pytest

from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_picker_leaves_out_unplaced_text_but_existing_blocks_remain(
    page, live_server, django_user_model
):
    django_user_model.objects.create_superuser("picker", "picker@example.org", "pw-p")
    issue = build_issue(make_site()[1], number=486, codes=("en",), analyses=1)
    issue.analyses_en = [
        *[
            {"type": b.block_type, "value": b.block.get_prep_value(b.value)}
            for b in issue.analyses_en
        ],
        {"type": "unplaced_text", "value": "A line the import left behind"},
    ]
    issue.save_revision()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "picker")
    page.fill("#id_password", "pw-p")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator('[role=tab][aria-controls="tab-en"]').click()
    root = page.locator("#analyses_en-root")
    # The existing unplaced block is still there to move from.
    assert (
        root.locator("textarea")
        .evaluate_all("els => els.map(e => e.value)")
        .count("A line the import left behind")
        == 1
    )
    titles = root.locator('[data-contentpath="title"] input')
    assert titles.count() == 1
    # "+" has one block left to offer, the analysis: Wagtail inserts it without a menu.
    root.locator("button[title='Insert a block']:visible").last.click()
    page.wait_for_timeout(500)
    assert page.locator("[data-tippy-root]").filter(has_text="Unplaced text").count() == 0
    assert titles.count() == 2
    assert errors == []
    # Leave before teardown: the editor's unload beacon must not race the database flush.
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")
