"""A Pashto translator fills their tab in the real admin and hands it in for review."""

import pytest

from csrs import languages
from issues.models import IssuePage, TranslationStatus
from issues.workflow import roles
from issues.workflow.states import TranslationState
from tests.factories import build_issue, make_site
from tests.memory.conftest import translate_all_but

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def archive_page(db):
    return make_site()[1]


@pytest.fixture
def pashto_translator(django_user_model, archive_page):
    # After make_site(): earlier transactional tests may have flushed the tree's root page,
    # which the groups' page permissions hang on.
    roles.create_groups()
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("pashto", "ps@example.org", "pw-pashto")
    user.groups.add(Group.objects.get(name="Translators: Pashto"))
    return user


def test_pashto_translator_fills_the_tab_and_submits(
    page, live_server, pashto_translator, screenshot
):
    _, archive = make_site()
    issue = build_issue(archive, number=470, codes=("en",))
    # Every piece but the two the translator types is translated already: the checks before
    # review block untranslated pieces (issues/memory/checks.py).
    translate_all_but(issue, languages.get_language("ps"), {"title", "standfirst"})
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "pashto")
    page.fill("#id_password", "pw-pashto")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    assert "My work" in page.content() or "Translations" in page.content()

    response = page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")
    assert response.status == 200, (response.status, page.url, page.content()[:2000])
    page.get_by_role("tab", name="پښتو (Pashto)").click()
    title = page.locator("input[name=title_ps]")
    assert title.get_attribute("dir") == "rtl"
    # The English source is shown above the field, and the field is marked untranslated.
    source = page.locator('[data-source-for="ps"]').first
    assert "Analysis #470" in source.inner_text()
    assert source.locator("[data-untranslated]").count() == 1
    title.fill("د سوداګرۍ لارې او ګاونډیان")
    page.locator("textarea[name=standfirst_ps]").fill("لنډه پېژندنه د دې ګڼې")
    screenshot("translator-pashto-tab")
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_load_state("networkidle")

    latest = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    assert latest.title_ps == "د سوداګرۍ لارې او ګاونډیان"
    assert latest.title_en == "Analysis #470"  # untouched
    assert TranslationStatus.objects.get(issue=issue, language="ps").state == (
        TranslationState.IN_PROGRESS
    )

    page.goto(f"{live_server.url}/admin/translation/{issue.pk}/")
    card = page.locator('section[data-language="ps"]')
    card.locator("input[name=comment]").first.fill("لومړۍ مسوده")
    card.locator('button[data-action="submit"]').click()
    page.wait_for_load_state("networkidle")
    assert page.locator('section[data-language="ps"]').get_attribute("data-state") == "submitted"
    status = TranslationStatus.objects.get(issue=issue, language="ps")
    assert status.state == TranslationState.SUBMITTED
    # Not public until a reviewer approves it.
    page.goto(f"{live_server.url}/ps/issues/470/")
    assert "د سوداګرۍ لارې" not in page.content()
    screenshot("translator-pashto-submitted")
