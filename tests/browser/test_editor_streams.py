"""The language tabs' StreamFields share their packed definitions and still work apart.

issues/shared_block_widgets.py gives the four languages' copies of each StreamField one widget
(one set of block definitions). Here the admin's own JavaScript builds every stream from them:
each shows its own language's blocks, and a block added in one language lands only there.
"""

import re

import pytest
from django.utils.html import strip_tags
from playwright.sync_api import expect

from issues.models import IssuePage
from tests.factories import build_issue, make_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("streams", "streams@example.org", "pw-s")


def test_each_language_stream_renders_its_own_blocks_and_saves_alone(page, live_server, editor):
    _, archive = make_site()
    issue = build_issue(archive, number=480, codes=("en", "ar"), analyses=2, references=3)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "streams")
    page.fill("#id_password", "pw-s")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    # Every stream was built by the admin's JavaScript, each with its own language's blocks.
    for suffix, analyses, references in (("en", 2, 3), ("ar", 2, 3), ("ps", 0, 0)):
        root = page.locator(f"#analyses_{suffix}-root")
        assert root.count() == 1
        assert root.locator('[data-contentpath="title"] input').count() == analyses
        refs = page.locator(f"#references_{suffix}-root")
        assert refs.locator('[data-contentpath="outlet"] input').count() == references
    titles = {
        suffix: page.locator(
            f'#analyses_{suffix}-root [data-contentpath="title"] input'
        ).first.input_value()
        for suffix in ("en", "ar")
    }
    assert titles["en"] and titles["ar"] and titles["en"] != titles["ar"]

    # A recommendation added in the Pashto tab is saved in Pashto only.
    page.get_by_role("tab", name="پښتو (Pashto)").click()
    recommendations = page.locator("#recommendations_ps-root")
    recommendations.locator("button[title='Insert a block']").first.click()
    editor_box = recommendations.locator("[contenteditable=true]").first
    editor_box.click()
    editor_box.type("سپارښتنه")
    # Draftail writes its content to the form a moment later: wait for it, as a person would.
    expect(page.locator("input[name='recommendations_ps-0-value']")).to_have_value(
        re.compile("سپارښتنه")
    )
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")

    latest = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    assert [strip_tags(block.value.source) for block in latest.recommendations_ps] == ["سپارښتنه"]
    assert len(latest.recommendations_en) == len(issue.recommendations_en)
    assert len(latest.analyses_ar) == 2 and len(latest.references_ar) == 3
    assert errors == []
