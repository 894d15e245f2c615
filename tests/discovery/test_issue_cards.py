"""Issue cards (archive, home, search results) are built without page objects: each must say
what the page itself would (URL, title and standfirst with modeltranslation's fallback)."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Site

from csrs import languages
from issues.cards import PageUrls, issue_cards
from issues.models import IssuePage
from tests.factories import build_issue

pytestmark = pytest.mark.django_db


def _request(host: str, port: int = 80):
    return RequestFactory().get("/", HTTP_HOST=host, SERVER_PORT=str(port))


def _urls_match_wagtail(issues, requests):
    for request in requests:
        urls = PageUrls(request)
        for issue in issues:
            assert urls.url(issue.url_path) == issue.get_url(request=request), (
                request and request.get_host(),
                issue.number,
            )


def test_card_urls_are_the_urls_wagtail_gives(archive):
    issues = [build_issue(archive, number=n, codes=("en", "ps")) for n in (901, 902)]
    for code in ("en", "ps"):
        with translation.override(code):
            _urls_match_wagtail(issues, [_request("localhost"), _request("elsewhere.test"), None])
            assert PageUrls(_request("localhost")).url(issues[0].url_path) == f"/{code}/issues/901/"


def test_card_urls_follow_wagtail_with_several_sites(archive):
    issues = [build_issue(archive, number=903)]
    # The archive is also the root of a second site: its issues have two possible addresses.
    Site.objects.create(hostname="archive.example.org", port=80, root_page=archive)
    with translation.override("ar"):
        _urls_match_wagtail(issues, [_request("localhost"), _request("archive.example.org"), None])
        assert PageUrls(_request("archive.example.org")).url(issues[0].url_path) == "/ar/903/"
    # A page outside every site has no address (Wagtail: None; a card: no link target).
    assert PageUrls(_request("localhost")).url("/nowhere/issue/") == ""


def test_card_texts_fall_back_as_the_page_does(archive):
    issue = build_issue(archive, number=904, codes=("en", "ps"))
    IssuePage.objects.filter(pk=issue.pk).update(
        title_ps="", title_en="English title", standfirst_ps="", standfirst_en="In English"
    )
    readable = IssuePage.objects.readable("ps")
    with translation.override("ps"):
        (card,) = issue_cards(readable, languages.get_language("ps"), None, ids=[issue.pk])
        page = IssuePage.objects.get(pk=issue.pk)
        assert (card.title, card.standfirst) == (page.title, page.standfirst)
        # A page's title falls back to another language; an issue's standfirst never does.
        assert (card.title, card.standfirst) == ("English title", "")
        assert (card.number, card.week_start, card.week_end) == (
            page.number,
            page.week_start,
            page.week_end,
        )


def test_cards_keep_the_order_asked_and_leave_out_what_readers_cannot_see(archive):
    shown = [build_issue(archive, number=n) for n in (905, 906)]
    draft = build_issue(archive, number=907, publish=False)
    english = languages.get_language("en")
    with translation.override("en"):
        cards = issue_cards(
            IssuePage.objects.readable(english),
            english,
            None,
            ids=[shown[1].pk, draft.pk, shown[0].pk],
        )
    assert [card.number for card in cards] == [906, 905]


@pytest.mark.parametrize(
    "path",
    ["/en/", "/ps/issues/", "/fa-af/issues/?page=2", "/ar/issues/908/", "/en/search/?q=trade"],
)
def test_language_links_are_what_translate_url_gives(client, archive, path):
    """The alternates and the switcher reverse the request's own URL match in each language
    (``issue_tags._in_language``); Django's ``translate_url`` resolves it again: same answer."""
    from django.urls import translate_url

    build_issue(archive, number=908, codes=("en", "ps", "fa-af", "ar"))
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    request_path = path.split("?")[0]
    for code in ("en", "ps", "fa-af", "ar"):
        expected = translate_url(request_path, code)
        assert f'hreflang="{code}" href="http://testserver{expected}"' in html, (path, code)
    assert translate_url(request_path, "ps") != request_path or path.startswith("/ps/")
