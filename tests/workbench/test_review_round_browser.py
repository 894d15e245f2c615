"""Done means: a Pashto translator, a Pashto reviewer and an editor, in the real admin, with the
admin in Pashto and in Dari: ready with a note → translate side by side → send back with a
comment (the translator sees it) → hand in again → approve (the editor is told) → publish."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.users.models import UserProfile

from csrs import languages
from issues.models import TranslationStatus
from issues.translations import units
from issues.workflow import roles
from issues.workflow.states import TranslationState
from tests.factories import build_issue, make_site
from tests.memory.conftest import translate_all_but

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PS = languages.BY_CODE["ps"]


def person(django_user_model, username, group, admin_language):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = admin_language
    profile.save()
    return user


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def state(issue) -> str:
    return TranslationStatus.objects.get(issue=issue, language="ps").state


def both_widths(page, screenshot, name):
    for width, height in ((1440, 900), (390, 844)):
        page.set_viewport_size({"width": width, "height": height})
        screenshot(f"{name}-{width}")
    page.set_viewport_size({"width": 1440, "height": 900})


@pytest.mark.parametrize("admin_language", ["ps", "fa-af"])
def test_a_pashto_translation_goes_round_the_review_to_publication(
    page, live_server, django_user_model, screenshot, admin_language
):
    _, archive = make_site()
    roles.create_groups()
    issue = build_issue(archive, number=490, codes=("en",))
    person(django_user_model, "editor", roles.EDITORS, admin_language)
    translator = person(
        django_user_model, "translator", roles.translator_group_name(PS), admin_language
    )
    person(django_user_model, "reviewer", roles.reviewer_group_name(PS), admin_language)
    status_url = f"{live_server.url}/admin/translation/{issue.pk}/"
    mail.outbox.clear()

    # The editor makes Pashto ready for translation, with a note.
    sign_in(page, live_server, "editor")
    page.goto(status_url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    card = page.locator('section[data-language="ps"]')
    card.locator('form:has(button[data-action="ready"]) input[name=comment]').fill(
        "لومړی سرلیک وژباړئ"
    )
    card.locator('button[data-action="ready"]').click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.READY

    # Every piece but the three the translator types below is translated already (as from an
    # imported file): the checks before review (#17) refuse untranslated pieces.
    analysis_titles = [
        unit.id
        for unit in units.issue_units(issue, languages.BY_CODE["en"], PS)
        if unit.id.startswith("analyses/") and unit.id.endswith("/title")
    ]
    translate_all_but(issue, PS, {"title", "standfirst", analysis_titles[0]})

    # The translator sees the note, translates beside the source and hands it in.
    sign_in(page, live_server, "translator")
    assert "لومړی سرلیک وژباړئ" in page.locator("[data-comment]").first.inner_text()
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/#tab-ps")
    analysis_title = page.locator(
        '[data-piece^="analyses/"][data-piece$="/title"][data-language="ps"]'
    ).first
    assert "Analysis 1" in analysis_title.locator(".workbench-source").inner_text()
    analysis_title.locator("input").fill("د اوبو وېش")
    title = page.locator('[data-piece="title"][data-language="ps"]')
    assert "Analysis #490" in title.locator(".workbench-source").inner_text()
    title.locator("input[name=title_ps]").fill("د اوبو شننه")
    page.locator('[data-piece="standfirst"][data-language="ps"] textarea').fill("لنډیز")
    both_widths(page, screenshot, f"round-{admin_language}-translator")
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    page.goto(status_url)
    page.locator('section[data-language="ps"] button[data-action="submit"]').click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.SUBMITTED

    # The reviewer compares, and sends it back with a reason.
    sign_in(page, live_server, "reviewer")
    page.goto(status_url)
    page.locator('section[data-language="ps"] a[data-compare-link]').click()
    row = page.locator('tr[data-piece="title"]')
    assert "Analysis #490" in row.inner_text() and "د اوبو شننه" in row.inner_text()
    both_widths(page, screenshot, f"round-{admin_language}-compare")
    page.locator('form:has(button[data-action="send_back"]) textarea').fill("سرلیک لنډ کړئ")
    page.locator('button[data-action="send_back"]').click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.IN_PROGRESS
    assert any("سرلیک لنډ کړئ" in m.body for m in mail.outbox if m.to == [translator.email])

    # The translator sees why on their dashboard, fixes it and hands it in again.
    sign_in(page, live_server, "translator")
    sent_back = page.locator("[data-sent-back]")
    assert "سرلیک لنډ کړئ" in sent_back.inner_text()
    both_widths(page, screenshot, f"round-{admin_language}-sent-back")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.locator("input[name=title_ps]").fill("اوبه")
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    page.goto(status_url)
    page.locator('section[data-language="ps"] button[data-action="submit"]').click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.SUBMITTED

    # The reviewer approves from the compare view; the editor is told.
    mail.outbox.clear()
    sign_in(page, live_server, "reviewer")
    page.goto(f"{live_server.url}/admin/translation/compare/{issue.pk}/ps/")
    page.locator('button[data-action="approve"]').click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.APPROVED
    assert [m.to for m in mail.outbox] == [["editor@example.org"]]

    # The editor publishes Pashto; readers see it.
    sign_in(page, live_server, "editor")
    page.goto(status_url)
    page.locator('section[data-language="ps"] button[data-action="publish"]').click()
    page.wait_for_load_state("networkidle")
    both_widths(page, screenshot, f"round-{admin_language}-editor")
    page.goto(f"{live_server.url}/ps/issues/490/")
    assert "اوبه" in page.content()
