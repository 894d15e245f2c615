"""Review from the issue editor itself: a Pashto translator submits from the footer, a Pashto
reviewer sends back with a comment and then approves — and a translator never sees Approve."""

import pytest
from django.contrib.auth.models import Group

from csrs import languages
from issues.models import IssuePage, TranslationEvent, TranslationStatus
from issues.workflow import roles
from issues.workflow.states import TranslationState
from tests.factories import build_issue, make_site
from tests.memory.conftest import translate_all_but

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def issue(db):
    _, archive = make_site()
    roles.create_groups()  # transactional tests flush the migrations' groups
    issue = build_issue(archive, number=471, codes=("en",))
    # Every piece but the title already translated: the checks before review block untranslated
    # pieces (issues/memory/checks.py), and the translator types the title below.
    translate_all_but(issue, languages.get_language("ps"), {"title"})
    return issue


def person(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(page, live_server, username):
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "pw")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")


def open_footer_menu(page):
    """The footer's drop-up next to the main button holds the other actions."""
    page.locator("footer [data-w-dropdown-target='toggle']").last.click()


def state(issue) -> str:
    return TranslationStatus.objects.get(issue=issue, language="ps").state


def test_translator_submits_and_reviewer_sends_back_then_approves_from_the_editor(
    page, live_server, issue, django_user_model, screenshot
):
    person(django_user_model, "pashto-translator", "Translators: Pashto")
    person(django_user_model, "pashto-reviewer", "Reviewers: Pashto")
    edit = f"{live_server.url}/admin/pages/{issue.pk}/edit/"

    # The translator types in the Pashto tab and presses Submit for review in the footer.
    sign_in(page, live_server, "pashto-translator")
    page.goto(edit)
    page.get_by_role("tab", name="پښتو (Pashto)").click()
    page.locator("input[name=title_ps]").fill("د اوبو تړون او ګاونډیان")
    open_footer_menu(page)
    footer = page.locator("footer")
    assert footer.get_by_role("button", name="Approve (پښتو)").count() == 0
    assert footer.get_by_role("button", name="Send back (پښتو)").count() == 0
    screenshot("review-footer-translator")
    footer.get_by_role("button", name="Submit for review (پښتو)").click()
    page.wait_for_load_state("networkidle")
    assert "Submit for review — done" in page.content()
    assert state(issue) == TranslationState.SUBMITTED
    latest = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    assert latest.title_ps == "د اوبو تړون او ګاونډیان", "saved before it was handed in"

    # The reviewer sends it back with a comment, from the same footer.
    sign_in(page, live_server, "pashto-reviewer")
    page.goto(edit)
    open_footer_menu(page)
    page.locator("footer").get_by_role("button", name="Send back (پښتو)").click()
    dialog = page.locator("#csrs-send_back-ps")
    dialog.locator("textarea").fill("Check the title's spelling")
    page.wait_for_timeout(300)  # the dialog's opening transition
    screenshot("review-send-back-dialog")
    dialog.get_by_role("button", name="Send back (پښتو)").click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.IN_PROGRESS
    event = TranslationEvent.objects.filter(issue=issue, language="ps").first()
    assert event.comment == "Check the title's spelling"

    # Handed in again (through the same footer), the reviewer approves.
    sign_in(page, live_server, "pashto-translator")
    page.goto(edit)
    open_footer_menu(page)
    page.locator("footer").get_by_role("button", name="Submit for review (پښتو)").click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.SUBMITTED
    sign_in(page, live_server, "pashto-reviewer")
    page.goto(edit)
    open_footer_menu(page)
    page.locator("footer").get_by_role("button", name="Approve (پښتو)").click()
    page.wait_for_load_state("networkidle")
    assert state(issue) == TranslationState.APPROVED
    screenshot("review-approved")
    # Leave the editor and let its last requests (the editing session's release on unload)
    # finish: they would race the test database's flush.
    page.goto("about:blank")
    page.wait_for_timeout(1500)
