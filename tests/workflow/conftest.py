"""Users in each workflow role, and the issue editor's form as a browser posts it."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from csrs import languages
from issues.workflow import roles
from tests.factories import build_issue, language_content
from tests.foundation.admin_forms import empty_language_form_data, language_form_data


@pytest.fixture
def workflow_groups(db):
    roles.create_groups()  # the migration made them; transactional tests flush them
    return {group.name: group for group in Group.objects.all()}


@pytest.fixture
def make_user(django_user_model, workflow_groups):
    """A user in one role: ``make_user("translator", "ps")``, ``make_user("editor")``."""

    def make(role: str, code: str | None = None, *, preferred_language: str = ""):
        language = languages.get_language(code) if code else None
        if role == "editor":
            group = roles.EDITORS
        elif role == "translator":
            group = roles.translator_group_name(language)
        else:
            group = roles.reviewer_group_name(language)
        username = f"{role}-{code or 'all'}"
        user = django_user_model.objects.create_user(
            username, f"{username}@example.org", "pw", first_name=role.title()
        )
        user.groups.add(workflow_groups[group])
        if preferred_language:
            from wagtail.users.models import UserProfile

            profile = UserProfile.get_for_user(user)
            profile.preferred_language = preferred_language
            profile.save()
        return user

    return make


@pytest.fixture
def issue_en_ps(archive):
    """A published issue written in English with an editor-published Pashto translation."""
    return build_issue(archive, number=455, codes=("en", "ps"))


def edit_url(issue) -> str:
    return reverse("wagtailadmin_pages:edit", args=(issue.pk,))


def edit_form(client, issue, codes) -> dict:
    """The edit form as the browser posts it, streams as the admin's JavaScript posts them."""
    page = client.get(edit_url(issue))
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="page-edit-form").dict()
    for lang in languages.LANGUAGES:
        if lang.code in codes:
            data.update(
                language_form_data(
                    lang.field_suffix, language_content(lang.code, number=issue.number)
                )
            )
        else:
            data.update(empty_language_form_data(lang.field_suffix))
    return data


def latest(issue):
    issue.refresh_from_db()
    return issue.get_latest_revision_as_object()
