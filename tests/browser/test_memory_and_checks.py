"""A Pashto translator inserts memory matches, sees a failed check, fixes it and submits."""

import pytest

from csrs import languages
from issues.models import GlossaryTerm, TranslationStatus
from issues.workflow import actions, roles
from issues.workflow.states import TranslationState
from tests.factories import build_issue, make_site
from tests.memory.conftest import pashto, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PS = languages.get_language("ps")


@pytest.fixture
def pashto_translator(django_user_model):
    make_site()
    roles.create_groups()
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("pashto", "ps@example.org", "pw-pashto")
    user.groups.add(Group.objects.get(name="Translators: Pashto"))
    return user


def old_translation(text: str) -> str:
    """Last year's translation used the Dari word «تحلیل» for "Analysis"."""
    if text.startswith("Analysis #"):
        return "تحلیل " + text.removeprefix("Analysis ").translate(
            str.maketrans("0123456789", PS.digits)
        )
    return pashto(text)


def test_translator_inserts_a_match_and_fixes_the_failed_check(
    page, live_server, pashto_translator, screenshot
):
    archive = make_site()[1]
    remembered = build_issue(archive, number=481, codes=("en",))
    translate(remembered, PS, pashto_translator, make=old_translation)
    actions.approve(remembered, PS, None, comment="Last year's translation")
    GlossaryTerm.objects.create(
        term_en="Analysis", term_ps="شننه", forbidden_ps="تحلیل", kind="other", status="approved"
    )
    issue = build_issue(archive, number=482, codes=("en",))

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "pashto")
    page.fill("#id_password", "pw-pashto")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")

    # The editor's header actions link here (tests/memory/test_memory.py checks the link).
    page.goto(f"{live_server.url}/admin/translation-memory/issue/{issue.pk}/")
    page.wait_for_url(f"**/translation-memory/issue/{issue.pk}/ps/")
    assert page.locator('[data-code="untranslated"]').count() > 5
    page.locator("#memory-pretranslate").click()
    page.wait_for_load_state("networkidle")

    # The title has a fuzzy match (issue 481's), its glossary term shown with the Pashto form.
    title = page.locator('article[data-piece="title"]')
    assert "شننه" in title.locator("mark.memory-term").inner_text()
    assert "%" in title.locator(".memory-match").first.inner_text()
    title.locator("button.memory-insert").first.click()
    page.wait_for_load_state("networkidle")
    standfirst = page.locator('article[data-piece="standfirst"]')
    standfirst.locator("button.memory-insert").first.click()
    page.wait_for_load_state("networkidle")

    # The inserted title uses the forbidden variant: an error that blocks submission.
    title = page.locator('article[data-piece="title"]')
    assert title.locator('[data-code="forbidden_variant"]').count() == 1
    assert page.locator('[data-code="untranslated"]').count() == 0
    screenshot("memory-failed-check")
    with pytest.raises(actions.WorkflowError):
        actions.submit_for_review(issue, PS, pashto_translator)

    # The translator fixes the title in the editor, and the checks pass.
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    page.get_by_role("tab", name="پښتو (Pashto)").click()
    page.locator("input[name=title_ps]").fill("شننه #۴۸۲")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/admin/translation-memory/issue/{issue.pk}/ps/")
    assert page.locator(".memory-report-ok").count() == 1
    assert page.locator('[data-code="forbidden_variant"]').count() == 0
    screenshot("memory-checks-pass")

    page.goto(f"{live_server.url}/admin/translation/{issue.pk}/")
    page.locator('section[data-language="ps"] button[data-action="submit"]').click()
    page.wait_for_load_state("networkidle")
    status = TranslationStatus.objects.get(issue=issue, language="ps")
    assert status.state == TranslationState.SUBMITTED
