"""An issue number is taken once: the error leads the editor to the issue that has it.

Wagtail 8's autosave creates a new issue's page before Save is pressed, so an abandoned new issue
stays as a draft holding its number.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from issues.models import IssuePage
from tests.factories import build_issue, language_content
from tests.foundation.test_admin_editing import add_url, form_errors, issue_form_data

pytestmark = pytest.mark.django_db


def test_starting_an_issue_again_links_to_the_abandoned_draft(admin_client, archive):
    draft = build_issue(archive, number=810, codes=("en",), publish=False)
    assert not draft.live
    data = issue_form_data(810, {"en": language_content("en", number=810)})
    response = admin_client.post(add_url(archive), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Issue 810 already exists as an unpublished draft" in html
    edit = reverse("wagtailadmin_pages:edit", args=(draft.pk,))
    link = BeautifulSoup(html, "html.parser").find("a", string="continue that draft")
    assert link is not None and link["href"] == edit
    assert IssuePage.objects.filter(number=810).count() == 1
    assert admin_client.get(edit).status_code == 200  # the link opens the draft's editor


def test_a_published_issue_number_links_to_that_issue(admin_client, archive):
    live = build_issue(archive, number=811, codes=("en",))
    response = admin_client.post(
        add_url(archive), issue_form_data(811, {"en": language_content("en", number=811)})
    )
    link = BeautifulSoup(response.content, "html.parser").find("a", string="edit it")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=(live.pk,))
    assert "Issue 811 already exists:" in response.content.decode()


def test_the_error_is_in_the_editors_language(admin_client, admin_user, archive):
    from wagtail.users.models import UserProfile

    draft = build_issue(archive, number=812, codes=("en",), publish=False)
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ar"
    profile.save()
    response = admin_client.post(
        add_url(archive), issue_form_data(812, {"en": language_content("en", number=812)})
    )
    html = response.content.decode()
    assert "موجود مسبقًا كمسودة غير منشورة" in html
    link = BeautifulSoup(html, "html.parser").find("a", string="تابع تلك المسودة")
    assert link["href"] == reverse("wagtailadmin_pages:edit", args=(draft.pk,))


def test_a_free_number_and_saving_the_issue_itself_are_not_refused(admin_client, archive):
    response = admin_client.post(
        add_url(archive), issue_form_data(813, {"en": language_content("en", number=813)})
    )
    assert response.status_code == 302, form_errors(response)
    issue = IssuePage.objects.get(number=813)
    # Saving the draft again keeps its own number.
    data = issue_form_data(813, {"en": language_content("en", number=813)})
    edit = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    page = admin_client.get(edit)
    from wagtail.test.utils.form_data import querydict_from_html

    posted = querydict_from_html(page.content.decode(), form_id="page-edit-form").dict()
    posted.update(data)
    assert admin_client.post(edit, posted).status_code == 302
