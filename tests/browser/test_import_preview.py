"""The back-catalogue import in a browser: a Dari admin previews a Pashto file, right to left."""

from __future__ import annotations

import pytest
from wagtail.users.models import UserProfile

from issues.models import IssuePage
from tests.backcatalogue.helpers import fixture_path
from tests.factories import make_site


@pytest.mark.django_db(transaction=True)
def test_dari_editor_previews_and_imports_a_pashto_issue(
    page, live_server, django_user_model, screenshot
):
    make_site()
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pw-for-test")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fa-af"
    profile.save()
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", "editor")
    page.fill("input[name=password]", "pw-for-test")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")

    page.goto(f"{live_server.url}/admin/issues/import/")
    page.set_input_files("input[name=files]", str(fixture_path("ps_single_topic.txt")))
    page.select_option("select[name=language]", "detect")
    page.click("#import-upload-form button[type=submit]")
    page.wait_for_selector(".import-preview")
    structure = page.locator(".import-preview div[lang=ps]")
    assert structure.evaluate("el => getComputedStyle(el).direction") == "rtl"
    text = page.locator(".import-preview").inner_text()
    assert "له ۱۹ تر ۲۳" not in text  # the week follows the admin's language (Dari), not the file's
    assert "۱۹ تا ۲۳ قوس ۱۴۰۳" in text
    # The warning, translated by its code; Dari spells the language «پشتو».
    assert "زبان پشتو تشخیص داده شد." in text
    screenshot("import-preview-fa-af")

    page.click("#import-confirm-form button[type=submit]")
    page.wait_for_selector(".import-results")
    assert "مسوده ایجاد شد" in page.locator(".import-results").inner_text()
    assert IssuePage.objects.filter(number=456, live=False).exists()
