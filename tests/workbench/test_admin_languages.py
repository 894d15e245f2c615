"""The admin in Pashto and Dari: selectable, right to left, its daily strings translated."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from tests.factories import build_issue

pytestmark = pytest.mark.django_db


def test_pashto_and_dari_are_admin_languages_named_in_themselves():
    offered = dict(get_available_admin_languages())
    assert offered["ps"] == "پښتو" and offered["fa-af"] == "دری"
    assert set(offered) == {"en", "ps", "fa-af", "ar"}


@pytest.mark.parametrize(
    ("code", "wagtail_string", "project_string"),
    [
        # Wagtail's "Save draft" from this project's Pashto catalog; the workbench's own string.
        ("ps", "مسوده خوندي کړئ", "اصلي ژبه"),
        # Dari reads Wagtail's Persian catalog under this project's Dari wording ("مسوده", not
        # the Iranian "پیشنویس").
        ("fa-af", "ذخیرهٔ مسوده", "زبان اصلی"),
    ],
)
def test_an_editor_with_the_admin_in_pashto_or_dari_gets_it_right_to_left_and_translated(
    client, archive, make_user, code, wagtail_string, project_string
):
    issue = build_issue(archive, number=750, codes=("en",))
    editor = make_user("editor")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = code
    profile.save()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,))).content.decode()
    assert f'lang="{code}" dir="rtl"' in html
    assert wagtail_string in html
    assert project_string in html
    assert "Save draft" not in html


def test_field_labels_follow_the_admin_language_not_the_import_language(client, archive, make_user):
    from csrs import languages
    from issues.panels import language_label

    label = language_label("title", languages.BY_CODE["ar"])
    with translation.override("ar"):
        arabic = str(label)
    with translation.override("en"):
        english = str(label)
    assert english == "Title · العربية"
    assert arabic != english and arabic.endswith(" · العربية")
