"""Only what may be public goes live, whatever publishes: the original language as published,
every other language's last approved text (or nothing)."""

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.actions.publish_revision import PublishRevisionAction

from csrs import languages
from issues.models import IssuePage, IssuePDF, TranslationEvent, TranslationStatus
from issues.workflow import actions, publishing
from issues.workflow.states import TranslationState
from tests.factories import build_issue, language_content
from tests.workflow.conftest import edit_form, edit_url, latest

pytestmark = pytest.mark.django_db

DARI = languages.get_language("fa-af")
PASHTO = languages.get_language("ps")
DARI_TITLE = "پیش‌نویس ناتمام دری دربارهٔ دهلیز آبی"
ENGLISH_FIX = "The corrected English standfirst about the water corridor"


def post_action(client, issue, code, action):
    return client.post(reverse("csrs_translation_action", args=(issue.pk, code, action)))


def type_dari_draft_then_publish_an_english_fix(client, issue):
    """The issue's scenario through the real admin forms: a Dari draft never sent to
    translation, saved; later an English fix, published with Wagtail's own Publish."""
    data = edit_form(client, issue, ("en", "fa-af"))
    data["title_fa_af"] = DARI_TITLE
    assert client.post(edit_url(issue), data).status_code == 302
    data = edit_form(client, issue, ("en", "fa-af"))
    data["title_fa_af"] = DARI_TITLE  # the Dari draft, as the form shows it again
    data["standfirst_en"] = ENGLISH_FIX
    data["action-publish"] = "action-publish"
    assert client.post(edit_url(issue), data).status_code == 302


@pytest.fixture
def published_with_dari_draft(client, make_user, archive, django_capture_on_commit_callbacks):
    issue = build_issue(archive, number=700, codes=("en",))
    client.force_login(make_user("editor"))
    with django_capture_on_commit_callbacks(execute=True):  # the PDF builds run, as in dev
        type_dari_draft_then_publish_an_english_fix(client, issue)
    client.logout()
    return IssuePage.objects.get(pk=issue.pk)


def test_wagtails_publish_puts_the_english_fix_live_and_keeps_the_dari_draft_a_draft(
    published_with_dari_draft,
):
    issue = published_with_dari_draft
    assert issue.standfirst_en == ENGLISH_FIX
    assert issue.title_fa_af in ("", None) and not issue.analyses_fa_af
    assert not issue.is_available_in(DARI)
    # Not lost: the editor's draft keeps the Dari text, and Wagtail shows a draft.
    assert latest(issue).title_fa_af == DARI_TITLE
    assert issue.has_unpublished_changes
    # Not marked approved, anywhere.
    assert actions.display_state(issue, DARI) != TranslationState.APPROVED
    assert not TranslationStatus.objects.filter(issue=issue, language="fa-af").exists()


def test_no_public_surface_shows_the_unapproved_dari_draft(client, published_with_dari_draft):
    issue = published_with_dari_draft
    dari_page = f"/fa-af/issues/{issue.number}/"

    def public(path, **params):
        response = client.get(path, params)
        return response.status_code, response.content.decode()

    # The page itself, its citations and its PDF edition.
    for path in (dari_page, dari_page + "cite.bib", dari_page + "cite.ris", dari_page + "pdf/"):
        assert client.get(path).status_code == 404, path
    assert IssuePDF.objects.filter(issue=issue, language="en").exists()
    assert not IssuePDF.objects.filter(issue=issue, language="fa-af").exists()
    # The English page: language switcher, hreflang alternates, JSON-LD, citation.
    status, html = public(f"/en/issues/{issue.number}/")
    assert status == 200 and ENGLISH_FIX in html
    soup = BeautifulSoup(html, "html.parser")
    assert not soup.select('[hreflang="fa-af"]')
    assert dari_page not in html and DARI_TITLE not in html
    data = json.loads(soup.select_one("script[type='application/ld+json']").string)
    assert "fa-af" not in json.dumps(data) and DARI_TITLE not in json.dumps(data)
    assert DARI_TITLE not in public(f"/en/issues/{issue.number}/cite.bib")[1]
    # Dari lists: home, archive, search, feeds.
    for path, params in (
        ("/fa-af/", {}),
        ("/fa-af/issues/", {}),
        ("/fa-af/search/", {"q": "دهلیز"}),
        ("/fa-af/feeds/rss/", {}),
        ("/fa-af/feeds/atom/", {}),
    ):
        status, body = public(path, **params)
        assert status == 200, path
        assert DARI_TITLE not in body and dari_page not in body, path
    # The sitemap and its hreflang alternates.
    status, sitemap = public("/sitemap.xml")
    assert status == 200 and f"/en/issues/{issue.number}/" in sitemap
    assert dari_page not in sitemap
    assert not IssuePage.objects.readable("fa-af").filter(pk=issue.pk).exists()


def test_the_editor_sees_which_languages_publish_puts_live(client, make_user, archive):
    issue = build_issue(archive, number=701, codes=("en", "ps"))
    client.force_login(make_user("editor"))
    data = edit_form(client, issue, ("en", "ps", "fa-af"))
    data["title_ps"] = "نوی سرلیک چې لا نه دی منل شوی"
    assert client.post(edit_url(issue), data).status_code == 302
    soup = BeautifulSoup(client.get(edit_url(issue)).content, "html.parser")
    panels = soup.select("[data-publishing-outcome]")
    assert len(panels) == 2  # the panel in the Issue tab, and beside the Publish button
    outcome = {li["data-language"]: li["data-outcome"] for li in panels[0].select("li")}
    assert outcome == {
        "en": publishing.ORIGINAL,
        "ps": publishing.REVISED,
        "fa-af": publishing.DRAFT,
    }
    goes_live = {li["data-language"]: li["data-goes-live"] for li in panels[1].select("li")}
    assert goes_live == {"en": "true", "ps": "true", "fa-af": "false"}
    assert "Stays a draft: not approved" in panels[1].get_text()


def test_translators_do_not_see_the_publishing_outcome(client, make_user, archive):
    issue = build_issue(archive, number=702, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    html = client.get(edit_url(issue)).content.decode()
    assert "data-publishing-outcome" not in html


def test_an_approved_language_being_revised_keeps_its_approved_text_live(
    client, make_user, archive
):
    issue = build_issue(archive, number=703, codes=("en", "ps"))
    approved_title = issue.title_ps
    translator, reviewer = make_user("translator", "ps"), make_user("reviewer", "ps")
    actions.apply_language_fields(issue, PASHTO, {"title": "بیا کتل شوی سرلیک"}, translator)
    editor = make_user("editor")
    latest(issue).save_revision(user=editor).publish(user=editor)
    assert IssuePage.objects.get(pk=issue.pk).title_ps == approved_title
    assert client.get("/ps/issues/703/").status_code == 200
    # Once the revision is approved, the next publication puts it live.
    actions.submit_for_review(issue, PASHTO, translator)
    actions.transition(issue, PASHTO, "approve", reviewer)
    assert IssuePage.objects.get(pk=issue.pk).title_ps == approved_title  # not before
    actions.publish_language(issue, PASHTO, editor)
    assert IssuePage.objects.get(pk=issue.pk).title_ps == "بیا کتل شوی سرلیک"


def test_every_way_of_publishing_passes_through_the_rule(make_user, archive):
    """Wagtail's publish action saves the page from the revision: the seam the rule sits in.
    If Wagtail stops passing through ``IssuePage.save()``, this fails."""
    issue = build_issue(archive, number=704, codes=("en",))
    draft = latest(issue)
    draft.title_fa_af = DARI_TITLE
    draft.analyses_fa_af = language_content("fa-af")["analyses"]
    revision = draft.save_revision()
    # The command line and bulk publish call revision.publish(); the edit view the action.
    PublishRevisionAction(revision).execute(skip_permission_checks=True)
    assert not IssuePage.objects.get(pk=issue.pk).title_fa_af
    revision.publish()
    live = IssuePage.objects.get(pk=issue.pk)
    assert not live.title_fa_af and not live.is_available_in(DARI)
    assert live.live_revision_id == revision.pk


def test_bulk_publish_keeps_the_rule(admin_client, archive):
    issue = build_issue(archive, number=705, codes=("en",))
    draft = latest(issue)
    draft.title_fa_af = DARI_TITLE
    draft.analyses_fa_af = language_content("fa-af")["analyses"]
    draft.save_revision()
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish")) + f"?id={issue.pk}"
    )
    response = admin_client.post(url, {"include_descendants": ""})
    assert response.status_code in (200, 302)
    live = IssuePage.objects.get(pk=issue.pk)
    assert live.live_revision_id == live.latest_revision_id  # it did publish
    assert not live.title_fa_af and not live.is_available_in(DARI)


def test_scheduled_publishing_keeps_the_rule_when_it_fires(client, make_user, archive):
    issue = build_issue(archive, number=706, codes=("en",))
    editor = make_user("editor")
    draft = latest(issue)
    draft.title_fa_af = DARI_TITLE
    draft.analyses_fa_af = language_content("fa-af")["analyses"]
    draft.standfirst_en = ENGLISH_FIX
    draft.go_live_at = timezone.now() + timedelta(hours=1)
    draft.save_revision(user=editor).publish(user=editor)
    assert IssuePage.objects.get(pk=issue.pk).standfirst_en != ENGLISH_FIX  # scheduled
    later = timezone.now() + timedelta(hours=2)
    with pytest.MonkeyPatch.context() as patch:  # two hours later, the scheduler runs
        patch.setattr(timezone, "now", lambda: later)
        call_command("publish_scheduled")
    live = IssuePage.objects.get(pk=issue.pk)
    assert live.standfirst_en == ENGLISH_FIX
    assert not live.title_fa_af and not live.is_available_in(DARI)
    assert client.get("/fa-af/issues/706/").status_code == 404


def test_unpublishing_one_language_keeps_the_issue_online(client, make_user, archive):
    issue = build_issue(archive, number=707, codes=("en", "ps", "ar"))
    editor = make_user("editor")
    client.force_login(editor)
    assert post_action(client, issue, "ps", "unpublish").status_code == 302
    live = IssuePage.objects.get(pk=issue.pk)
    assert not live.is_available_in(PASHTO) and not live.title_ps
    assert live.is_available_in(languages.get_language("ar"))
    client.logout()
    assert client.get("/ps/issues/707/").status_code == 404
    assert client.get("/en/issues/707/").status_code == 200
    assert TranslationEvent.objects.filter(issue=issue, comment="Unpublished").exists()
    # The approved text is kept: "Publish this language" puts it back.
    assert (
        latest(issue).title_ps
        and TranslationStatus.objects.get(issue=issue, language="ps").approved_content["title"]
        == latest(issue).title_ps
    )
    # And Wagtail's own Publish does not bring it back by itself.
    latest(issue).save_revision(user=editor).publish(user=editor)
    assert client.get("/ps/issues/707/").status_code == 404
    actions.publish_language(issue, PASHTO, editor)
    assert client.get("/ps/issues/707/").status_code == 200


def test_unpublishing_a_language_is_for_editors_and_only_for_a_live_translation(
    client, make_user, archive
):
    issue = build_issue(archive, number=708, codes=("en", "ps"))
    for role in ("translator", "reviewer"):
        client.force_login(make_user(role, "ps"))
        assert post_action(client, issue, "ps", "unpublish").status_code == 403
    assert IssuePage.objects.get(pk=issue.pk).is_available_in(PASHTO)
    editor = make_user("editor")
    with pytest.raises(actions.WorkflowError):
        actions.unpublish_language(issue, languages.get_language("en"), editor)  # original
    with pytest.raises(actions.WorkflowError):
        actions.unpublish_language(issue, DARI, editor)  # never approved
    actions.unpublish_language(issue, PASHTO, editor)
    with pytest.raises(actions.WorkflowError):
        actions.unpublish_language(issue, PASHTO, editor)  # already offline


def test_status_page_offers_unpublish_and_publish_to_editors(client, make_user, archive):
    issue = build_issue(archive, number=709, codes=("en", "ps"))
    client.force_login(make_user("editor"))
    page = BeautifulSoup(
        client.get(reverse("csrs_translation_status", args=(issue.pk,))).content, "html.parser"
    )
    pashto = page.select_one('section[data-language="ps"]')
    assert pashto.select_one('[data-action="unpublish"]')
    assert pashto.select_one('[data-action="publish"]')
    assert pashto.select_one('[data-online="true"]')
    assert not page.select_one('section[data-language="en"] [data-action="unpublish"]')


def test_approving_directly_is_for_editors(make_user, archive):
    issue = build_issue(archive, number=710, codes=("en", "ps"), approve=False, publish=False)
    editor = make_user("editor")
    with pytest.raises(actions.PermissionDenied):
        actions.approve(issue, PASHTO, make_user("reviewer", "ps"))
    with pytest.raises(actions.WorkflowError):
        actions.approve(issue, DARI, editor)  # no Dari text
    status = actions.approve(issue, PASHTO, editor)
    assert status.state == TranslationState.APPROVED
    assert status.approved_content["title"] == issue.title_ps
