"""In the real admin: “Copy source structure” keeps every block; the preview panel shows each
language."""

import datetime

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from csrs import languages
from issues.models import IssuePage
from issues.workflow import content, roles
from tests.factories import build_issue, make_site
from tests.workflow.test_copy_structure import EVERY_BLOCK_KIND, shape

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def archive_page(db):
    return make_site()[1]


def make_member(django_user_model, username: str, group: str):
    # After make_site(): earlier transactional tests may have flushed the tree's root page,
    # which the groups' page permissions hang on.
    roles.create_groups()
    user = django_user_model.objects.create_user(
        username, f"{username}@example.org", f"pw-{username}"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


def log_in(page, live_server, username: str):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"pw-{username}")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def test_translator_copies_every_block_of_the_source(
    page, live_server, archive_page, django_user_model, screenshot
):
    make_member(django_user_model, "pashto", "Translators: Pashto")
    issue = build_issue(archive_page, number=480, codes=("en",))
    latest = issue.get_latest_revision_as_object()
    for field, value in EVERY_BLOCK_KIND.items():
        setattr(latest, languages.ENGLISH.field(field), value)
    latest.save_revision().publish()
    log_in(page, live_server, "pashto")

    page.goto(f"{live_server.url}/admin/translation/{issue.pk}/")
    card = page.locator('section[data-language="ps"]')
    card.get_by_role("button", name="Copy source structure: Analyses").click()
    # Back in the editor, on the Pashto tab (tab anchors are tied to the language).
    page.wait_for_url(f"**/admin/pages/{issue.pk}/edit/#tab-ps")
    assert "The source's structure was copied" in page.content()
    assert page.get_by_role("tab", name="پښتو (Pashto)").get_attribute("aria-selected") == "true"
    # The editor shows the copied blocks: headings, quotations and list items with their text.
    panel = page.locator('[data-field-language="ps"]').filter(has=page.locator("[id^=analyses_ps]"))
    headings = page.locator("input[name^='analyses_ps-'][name$='-value-heading']")
    assert [headings.nth(i).input_value() for i in range(headings.count())] == [
        "The objectives",
        "Diverging interests",
        "Tariffs",
    ]
    assert page.locator("textarea[name^='analyses_ps-'][name$='-value-quote']").input_value() == (
        "We will share the water."
    )
    editor_text = panel.first.inner_text()
    for text in ("dams", "canals", "wells", "first", "second", "A closing paragraph."):
        assert text in editor_text
    # Progress counts the untouched copy as not translated.
    status = page.locator('.translation-language-status[data-language="ps"]')
    assert "0 of 5 fields translated" in status.inner_text()
    screenshot("copy-source-structure-ps")
    leave_the_editor(page, live_server)

    saved = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    source = content.stream_data(saved.analyses_en)
    copied = content.stream_data(saved.analyses_ps)
    assert shape(copied) == shape(source)
    copied_ids = content.block_ids(copied)
    assert len(set(copied_ids)) == len(copied_ids)
    assert not set(copied_ids) & set(content.block_ids(source))


def leave_the_editor(page, live_server):
    """Leave before teardown: the editor's unload beacon must not race the database flush."""
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")


def preview_frame(page, code: str):
    """The panel's frame showing ``code`` (Wagtail loads each preview in a new frame)."""
    return page.frame_locator(f"iframe.w-preview__iframe[src*='mode={code}']").last


def test_editor_previews_every_language_in_the_side_panel(
    page, live_server, archive_page, django_user_model, screenshot
):
    make_member(django_user_model, "editor", roles.EDITORS)
    issue = build_issue(
        archive_page, number=481, codes=("en", "ps"), week_start=datetime.date(2024, 12, 2)
    )
    log_in(page, live_server, "editor")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator('[data-side-panel-toggle="preview"]').click()
    mode = page.locator("select#id_preview_mode")
    mode.wait_for()
    expected = {
        "en": ("ltr", "Analysis #481", "2–6 December 2024"),
        "ps": ("rtl", "شننه #481", "۱۴۰۳"),
        "fa-af": ("rtl", None, "۱۴۰۳"),  # no Dari text: the notice
        "ar": ("rtl", None, "٢٠٢٤"),
    }
    for language in languages.LANGUAGES:
        direction, title, year = expected[language.code]
        mode.select_option(language.code)
        frame = preview_frame(page, language.code)
        root = frame.locator(f'html[lang="{language.code}"]')
        root.wait_for(state="attached", timeout=15_000)
        assert root.get_attribute("dir") == direction
        # Dates never break: their spaces are no-break spaces.
        week = frame.locator(".masthead__week").inner_text().replace("\xa0", " ")
        assert year in week
        if title:
            assert frame.locator("h1.masthead__title").inner_text() == title
            assert frame.locator("[data-preview-untranslated]").count() == 0
        else:
            notice = frame.locator(f'[data-preview-untranslated="{language.code}"]')
            # Wagtail shows a new preview frame once it has loaded: wait for it as a person would.
            expect(notice).to_be_visible(timeout=15_000)
            assert language.native_name in notice.inner_text()
            assert "Analysis #481" not in frame.locator("body").inner_text()
        screenshot(f"preview-panel-{language.code}")
    assert frame.locator("h1").first.inner_text() == "لم تُترجم بعد"
    leave_the_editor(page, live_server)
