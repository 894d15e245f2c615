import pytest

from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db


def test_pashto_translator_changes_only_pashto(client, make_user, issue_en_ps):
    user = make_user("translator", "ps")
    client.force_login(user)
    data = edit_form(client, issue_en_ps, ("en", "ps"))
    data["title_ps"] = "نوی سرلیک"
    data["title_en"] = "Hacked"
    data["week_end"] = "2026-12-30"
    response = client.post(edit_url(issue_en_ps), data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    page = latest(issue_en_ps)
    assert page.title_ps == "نوی سرلیک"
    assert page.title_en != "Hacked"
