"""The editor's date picker stays under the Save bar and closes on Escape (#16)."""

import pytest

from tests.factories import build_issue, make_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_date_picker_closes_on_escape_and_stays_under_the_save_bar(
    page, live_server, django_user_model
):
    django_user_model.objects.create_superuser("dates", "dates@example.org", "pw-d")
    issue = build_issue(make_site()[1], number=487, codes=("en",))
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "dates")
    page.fill("#id_password", "pw-d")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    page.goto(f"{live_server.url}/admin/pages/{issue.pk}/edit/")

    field = page.locator("input[name=week_start]")
    field.scroll_into_view_if_needed()
    field.click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    picker.first.wait_for()
    # Under the sticky action bar that holds "Save draft": it can never cover it.
    layers = page.evaluate(
        """() => {
            const picker = [...document.querySelectorAll('.xdsoft_datetimepicker')]
                .find((p) => getComputedStyle(p).display !== 'none');
            const save = [...document.querySelectorAll('button')]
                .find((b) => b.textContent.trim() === 'Save draft');
            const bar = save.closest('.footer');
            return [Number(getComputedStyle(picker).zIndex), Number(getComputedStyle(bar).zIndex)];
        }"""
    )
    assert layers[0] < layers[1]
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert picker.count() == 0
    page.goto(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")
