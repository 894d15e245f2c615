"""Every language × role, over HTTP through the real admin: what each may and may not do."""

import datetime

import pytest
from django.urls import reverse

from csrs import languages
from issues.models import IssuePage, TranslationStatus
from issues.workflow.states import TranslationState
from tests.factories import build_issue
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db

ROLES = ("translator", "reviewer", "editor")


def other_language(code: str):
    return next(lang for lang in languages.LANGUAGES if lang.code != code)


def post_action(client, issue, code, action, comment=""):
    url = reverse("csrs_translation_action", args=(issue.pk, code, action))
    return client.post(url, {"comment": comment})


def state_of(issue, code) -> str | None:
    status = TranslationStatus.objects.filter(issue=issue, language=code).first()
    return status.state if status else None


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("code", languages.CODES)
def test_permission_matrix(client, make_user, archive, code, role):
    language = languages.get_language(code)
    other = other_language(code)
    issue = build_issue(archive, number=600, codes=languages.CODES)
    user = make_user(role, code if role != "editor" else None)
    client.force_login(user)
    before = latest(issue)

    # Edit own language, other language and a shared fact in one hand-crafted save.
    data = edit_form(client, issue, languages.CODES)
    data[language.field("title")] = "OWN-" + code
    data[other.field("title")] = "OTHER-" + other.code
    new_end = (before.week_start + datetime.timedelta(days=6)).isoformat()
    data["week_end"] = new_end
    data["number"] = "9999"
    response = client.post(edit_url(issue), data)
    assert response.status_code == 302
    after = latest(issue)
    assert getattr(after, language.field("title")) == "OWN-" + code  # edit own: everyone
    if role == "editor":
        assert getattr(after, other.field("title")) == "OTHER-" + other.code
        assert after.week_end.isoformat() == new_end and after.number == 9999
    else:
        # Edit other / edit shared: nothing of them changed, and the user was told.
        assert getattr(after, other.field("title")) == getattr(before, other.field("title"))
        assert after.week_end == before.week_end and after.number == before.number
        followed = client.get(response["Location"])
        assert "These changes were not saved" in followed.content.decode()

    # A translator's or reviewer's save starts the work; an editor asks for it.
    if role == "editor":
        # Editors' own edits do not start a translation (the English title they changed may
        # have made it outdated, though).
        assert state_of(issue, code) in (
            None,
            TranslationState.APPROVED,
            TranslationState.NEEDS_UPDATE,
        )
        assert post_action(client, issue, code, "ready").status_code == 302
        assert state_of(issue, code) == TranslationState.READY
    else:
        assert state_of(issue, code) == TranslationState.IN_PROGRESS

    # Submit: translators of the language and editors.
    response = post_action(client, issue, code, "submit", "done")
    if role == "reviewer":
        assert response.status_code == 403
        assert state_of(issue, code) != TranslationState.SUBMITTED
        # Let the language's translator hand it in, so the reviewer can review it.
        client.force_login(make_user("translator", code))
        assert post_action(client, issue, code, "submit").status_code == 302
        client.force_login(user)
    else:
        assert response.status_code == 302
    assert state_of(issue, code) == TranslationState.SUBMITTED

    # Approve: reviewers of the language and editors.
    response = post_action(client, issue, code, "approve")
    if role == "translator":
        assert response.status_code == 403
        assert state_of(issue, code) == TranslationState.SUBMITTED
    else:
        assert response.status_code == 302
        assert state_of(issue, code) == TranslationState.APPROVED

    # Publish: only editors, neither through the page's Publish button nor one language.
    live_title = IssuePage.objects.get(pk=issue.pk).title_en
    data = edit_form(client, issue, languages.CODES)
    data["title_en"] = "Published by " + role if role == "editor" else data["title_en"]
    data[language.field("title")] = "PUBLISH-" + code
    data["action-publish"] = "action-publish"
    client.post(edit_url(issue), data)
    live = IssuePage.objects.get(pk=issue.pk)
    if role == "editor":
        if code == issue.original_language:
            assert getattr(live, language.field("title")) == "PUBLISH-" + code
        else:
            # Only approved text goes live: the editor's unapproved change stays a draft.
            assert getattr(live, language.field("title")) == "OWN-" + code
            assert getattr(latest(issue), language.field("title")) == "PUBLISH-" + code
    else:
        assert getattr(live, language.field("title")) != "PUBLISH-" + code
        assert live.title_en == live_title
        assert post_action(client, issue, code, "publish").status_code == 403
        delete = client.post(reverse("wagtailadmin_pages:delete", args=(issue.pk,)))
        assert IssuePage.objects.filter(pk=issue.pk).exists(), delete.status_code


def test_translator_cannot_act_on_another_language(client, make_user, issue_en_ps):
    client.force_login(make_user("translator", "ps"))
    response = post_action(client, issue_en_ps, "ar", "submit")
    assert response.status_code == 403
    assert state_of(issue_en_ps, "ar") is None


def test_translator_cannot_edit_the_home_page(client, make_user, site_tree):
    home, _archive = site_tree
    client.force_login(make_user("translator", "ps"))
    response = client.get(reverse("wagtailadmin_pages:edit", args=(home.pk,)))
    assert response.status_code in (302, 403)


def test_outsider_sees_no_status_page(client, django_user_model, issue_en_ps):
    user = django_user_model.objects.create_user("reader", "r@example.org", "pw")
    client.force_login(user)
    response = client.get(reverse("csrs_translation_status", args=(issue_en_ps.pk,)))
    assert response.status_code in (302, 403)
