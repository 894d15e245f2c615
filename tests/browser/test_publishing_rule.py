"""Issue 15's scenario in the real admin: Wagtail's own Publish puts only what may be public live.

An editor types a Dari title and analysis (never sent to translation) and saves a draft; later
fixes an English paragraph and presses Wagtail's Publish. The fix is live; Dari is not, has no
PDF and is not marked approved; beside the Publish button the editor saw it would stay a draft.
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.utils.html import strip_tags
from playwright.sync_api import expect

from issues.models import IssuePage, IssuePDF, TranslationStatus
from issues.workflow import roles
from tests.factories import build_issue, make_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]

DARI_TITLE = "دهلیز آبی و همسایگان"
DARI_ANALYSIS = "پیش‌نویس تحلیل دری"
FIX = " (corrected)"


@pytest.fixture
def archive_page(db):
    return make_site()[1]


@pytest.fixture
def editor(django_user_model, archive_page):
    roles.create_groups()  # after make_site(): the groups' permissions hang on the root page
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw-editor")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    return user


def log_in(page, live_server):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "pw-editor")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def type_rich_text(page, box, text):
    box.click()
    box.press("End")
    box.type(text)


def test_wagtails_publish_leaves_an_unapproved_dari_draft_unpublished(
    page, live_server, editor, archive_page, screenshot
):
    issue = build_issue(archive_page, number=490, codes=("en",))
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, live_server)
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")

    # The Dari tab: a title and an analysis, typed by the editor, never sent to translation.
    page.get_by_role("tab", name="دری (Dari)").click()
    page.locator("input[name=title_fa_af]").fill(DARI_TITLE)
    analyses = page.locator("#analyses_fa_af-root")
    # An analysis is the only block the picker offers ("Unplaced text" is for imports only),
    # so Wagtail inserts it at once, without a menu.
    analyses.locator("button[title='Insert a block']").first.click()
    analyses.locator('[data-contentpath="title"] input').first.fill(DARI_ANALYSIS)
    type_rich_text(
        page, analyses.locator('[data-contentpath="introduction"] [contenteditable=true]'), "مقدمه"
    )
    analyses.locator('[data-contentpath="heading"] input').first.fill("بخش نخست")
    body = analyses.locator('[data-contentpath="body"]').first
    body.locator("button[title='Insert a block']").first.click()
    page.get_by_role("option", name=re.compile("^Paragraph")).first.click()
    type_rich_text(page, body.locator("[contenteditable=true]").first, "یک پاراگراف ناتمام")
    page.wait_for_function(  # Draftail writes to the form a moment after typing
        """() => [...document.querySelectorAll("input[name^='analyses_fa_af']")]
            .some((input) => input.value.includes("ناتمام"))"""
    )
    expect(page.locator("input[name=title_fa_af]")).to_have_value(DARI_TITLE)
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    draft = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    assert draft.title_fa_af == DARI_TITLE, page.content()[:3000]
    assert [block.value["title"] for block in draft.analyses_fa_af] == [DARI_ANALYSIS]

    # Later: an English paragraph fixed, then Wagtail's own Publish.
    page.get_by_role("tab", name="English").click()
    paragraph = page.locator("#analyses_en-root [data-contentpath='body'] [contenteditable=true]")
    type_rich_text(page, paragraph.first, FIX)
    # Draftail writes its content to the form a moment later: wait for it, as a person would.
    page.wait_for_function(
        """() => [...document.querySelectorAll("input[name^='analyses_en']")]
            .some((input) => input.value.includes("(corrected)"))"""
    )
    page.locator("footer").get_by_role("button", name="More actions").click()
    outcome = page.locator("footer [data-publishing-outcome]")
    expect(outcome).to_be_visible()
    dari = outcome.locator('li[data-language="fa-af"]')
    assert dari.get_attribute("data-outcome") == "draft"
    assert "Stays a draft" in dari.inner_text()
    assert outcome.locator('li[data-language="en"]').get_attribute("data-goes-live") == "true"
    screenshot("publishing-rule-before-publish")
    page.locator("footer button[name=action-publish]").click()
    page.wait_for_load_state("networkidle")

    live = IssuePage.objects.get(pk=issue.pk)
    english = [strip_tags(p.value.source) for p in _paragraphs(live.analyses_en)]
    assert any(text.endswith(FIX.strip()) for text in english), (
        english,
        page.locator(".messages").all_inner_texts(),
    )
    assert not live.title_fa_af
    assert "fa-af" not in live.available_languages.split()
    assert not IssuePDF.objects.filter(issue=live, language="fa-af").exists()
    assert not TranslationStatus.objects.filter(
        issue=live, language="fa-af", approved_at__isnull=False
    ).exists()
    # The editor's Dari draft is still there to finish.
    assert live.get_latest_revision_as_object().title_fa_af == DARI_TITLE

    # What readers get.
    response = page.goto(f"{live_server.url}/fa-af/issues/490/")
    assert response.status == 404
    assert page.goto(f"{live_server.url}/fa-af/issues/490/pdf/").status == 404
    page.goto(f"{live_server.url}/en/issues/490/")
    assert FIX.strip() in page.content()
    assert page.locator('[hreflang="fa-af"]').count() == 0
    # And the translation status page does not call Dari approved.
    page.goto(f"{live_server.url}/admin/translation/{issue.pk}/")
    state = page.locator('section[data-language="fa-af"]').get_attribute("data-state")
    assert state != "approved"
    screenshot("publishing-rule-status-after-publish")
    assert errors == []


def _paragraphs(analyses):
    for analysis in analyses:
        if analysis.block_type != "analysis":
            continue
        for section in analysis.value["sections"]:
            for block in section["body"]:
                if block.block_type == "paragraph":
                    yield block
