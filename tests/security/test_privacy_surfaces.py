"""Privacy holds on every public surface (issue 14, item 2).

An editor makes a published issue private (login required, a password, or groups; on the issue
itself or on the archive above it). From that moment, in every language, no public URL may show
its title, link to it, or offer its PDF or citation, and its own address answers as Wagtail does
(sign-in redirect or password form), never a copy from the page cache.

The public URLs are read from the project's URL resolver, not listed by hand: a new public
pattern fails :func:`test_every_public_url_pattern_is_checked` until it is added to
``SURFACES`` below, so a future surface (an API, OAI, a newsletter) is checked too.
"""

from __future__ import annotations

import hashlib

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from django.utils import timezone
from wagtail.models import PageViewRestriction

from csrs import languages
from issues.models import IssuePage, IssuePDF, Topic
from tests.factories import build_issue, publish_with_approvals

VISIBLE, PRIVATE = 455, 456
SEARCH_WORD = "zebra"  # in both issues' titles: a search finds the visible one, never the other
VISIBLE_MARK = "Okapivisible"
PRIVATE_MARK = "Narwhalprivate"
PRIVATE_TOPIC = "Narwhaltopic"

# Patterns that are not reader surfaces, and why.
NOT_READER_SURFACES = {
    "wagtaildocs_serve": "documents: Wagtail's own collection privacy guards them",
    "wagtaildocs_authenticate_with_password": "sign-in form of a private document",
    "wagtailcore_authenticate_with_password": "sign-in form of a private page",
    "wagtailcore_login": "sign-in form",
    "benchmark_floor": "exists only in the benchmark's own server",
    "newsletter_confirm": "a subscriber's signed link: shows their address, no issue",
    "newsletter_unsubscribe": "a subscriber's signed link: shows their address, no issue",
    "newsletter_manage": "a subscriber's signed link: their languages, no issue",
}
NOT_READER_PREFIXES = ("admin/",)


def public_url_patterns(resolver=None, prefix: str = ""):
    """(pattern, name) of every URL pattern outside the admin, with ``<lang>/`` for the
    language prefix of ``i18n_patterns``."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern.pattern, LocalePrefixPattern):
            part = "<lang>/"
        else:
            part = str(pattern.pattern)
        if (prefix + part).startswith(NOT_READER_PREFIXES):
            continue
        if isinstance(pattern, URLResolver):
            yield from public_url_patterns(pattern, prefix + part)
        else:
            yield prefix + part, pattern.name


# name -> addresses to read in language ``code``: (path, whether the visible issue must show).
# The visible issue (its title or its link) is the control: each such address really lists
# issues, so the private one's absence means something.
SURFACES = {
    "healthz": lambda code: [("/healthz", False)],
    # The mail itself reads issues through readable() (tests/newsletter/test_sending.py).
    "newsletter_subscribe": lambda code: [(f"/{code}/newsletter/subscribe/", False)],
    "readyz": lambda code: [("/readyz", False)],
    "choose_language": lambda code: [(f"/language/{code}/?next=/{code}/issues/", False)],
    "font_stylesheet": lambda code: [("/fonts.css", False)],
    "sitemap": lambda code: [("/sitemap.xml", True)],
    "robots_txt": lambda code: [("/robots.txt", False)],
    "search": lambda code: [(f"/{code}/search/?q={SEARCH_WORD}", True)],
    "feed_rss": lambda code: [(f"/{code}/feeds/rss/", True)],
    "feed_atom": lambda code: [(f"/{code}/feeds/atom/", True)],
    "issue_citation": lambda code: [
        (f"/{code}/issues/{VISIBLE}/cite.bib", True),
        (f"/{code}/issues/{VISIBLE}/cite.ris", True),
        (f"/{code}/issues/{PRIVATE}/cite.bib", False),
        (f"/{code}/issues/{PRIVATE}/cite.ris", False),
    ],
    "issue_pdf": lambda code: [(f"/{code}/issues/{PRIVATE}/pdf/", False)],
    "issue_share_card": lambda code: [(f"/{code}/issues/{PRIVATE}/card.png", False)],
    # Harvesters and the JSON API: a private issue-language is at most a deleted OAI header
    # (identifier only, as the protocol wants), never a record or an API entry.
    "oai": lambda code: [
        ("/oai/?verb=ListRecords&metadataPrefix=oai_dc", True),
        ("/oai/?verb=ListIdentifiers&metadataPrefix=oai_dc", False),
    ],
    "api_issue_list": lambda code: [(f"/api/v2/issues/?language={code}", True)],
    "api_issue_detail": lambda code: [
        (f"/api/v2/issues/{_issue_id(VISIBLE)}/?language={code}", True),
        (f"/api/v2/issues/{_issue_id(PRIVATE)}/?language={code}", False),
    ],
    # Wagtail's pages: home, the archive (plain and filtered by the private issue's topic),
    # the visible issue. The private issue's own page is checked on its own (below).
    "wagtail_serve": lambda code: [
        (f"/{code}/", True),
        (f"/{code}/issues/", True),
        (f"/{code}/issues/?topic=narwhal-topic", False),
        (f"/{code}/issues/{VISIBLE}/", True),
    ],
}


def _issue_id(number: int) -> int:
    return IssuePage.objects.get(number=number).pk


def test_every_public_url_pattern_is_checked():
    known = set(SURFACES) | set(NOT_READER_SURFACES)
    unknown = [(route, name) for route, name in public_url_patterns() if name not in known]
    assert not unknown, (
        "New public URL patterns: add them to SURFACES (how to read them as a reader) or to "
        f"NOT_READER_SURFACES (why they are not a reader surface): {unknown}"
    )
    # And the table names no pattern that is gone.
    names = {name for _, name in public_url_patterns()}
    assert set(SURFACES) <= names


# --- the issues -------------------------------------------------------------------------------
def publish_marked_issue(archive, number: int, mark: str, topic=None):
    issue = build_issue(archive, number=number, codes=languages.CODES, publish=False)
    for language in languages.LANGUAGES:
        setattr(issue, language.field("title"), f"{mark} {SEARCH_WORD} {language.code}")
        setattr(issue, language.field("standfirst"), f"{mark} standfirst")
    publish_with_approvals(issue)
    issue.refresh_from_db()
    if topic is not None:
        issue.topics.add(topic)
    return issue


def store_pdfs(issue) -> None:
    """A stored PDF edition in every language (as the build would leave it)."""
    for language in languages.LANGUAGES:
        data = f"%PDF-1.4 {issue.number} {language.code}".encode()
        name = default_storage.save(f"pdfs/{issue.number}-{language.code}.pdf", ContentFile(data))
        IssuePDF.objects.create(
            issue=issue,
            language=language.code,
            file=name,
            size=len(data),
            checksum=hashlib.sha256(data).hexdigest(),
            generated_at=timezone.now(),
        )


@pytest.fixture
def issues(archive):
    topic = Topic(slug="narwhal-topic")
    for language in languages.LANGUAGES:
        setattr(topic, language.field("name"), PRIVATE_TOPIC)
    topic.save()
    visible = publish_marked_issue(archive, VISIBLE, VISIBLE_MARK)
    private = publish_marked_issue(archive, PRIVATE, PRIVATE_MARK, topic)
    for issue in (visible, private):
        store_pdfs(issue)
    return visible, private


def restrict(kind: str, private, archive) -> None:
    if kind == "login":
        PageViewRestriction.objects.create(page=private, restriction_type="login")
    elif kind == "password":
        PageViewRestriction.objects.create(
            page=private, restriction_type="password", password="s3cret"
        )
    elif kind == "groups":
        restriction = PageViewRestriction.objects.create(page=private, restriction_type="groups")
        restriction.groups.add(Group.objects.create(name="Board"))
    elif kind == "archive-login":
        # Everything under the archive is private: no issue may show anywhere.
        PageViewRestriction.objects.create(page=archive, restriction_type="login")
    else:  # pragma: no cover
        raise ValueError(kind)


# --- privacy on every surface ---------------------------------------------------------------------
def read_all(client, code: str) -> dict[str, tuple[int, str]]:
    answers = {}
    for name in SURFACES:
        for path, _ in SURFACES[name](code):
            response = client.get(path)
            body = b"".join(response.streaming_content) if response.streaming else response.content
            answers[path] = (response.status_code, body.decode("utf-8", "replace"))
    return answers


def leaks(body: str) -> list[str]:
    found = [word for word in (PRIVATE_MARK, PRIVATE_TOPIC) if word in body]
    found += [link for link in (f"/issues/{PRIVATE}/", "narwhal-topic") if link in body]
    return found


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    for cache in caches.all():
        cache.clear()


@pytest.mark.parametrize("code", languages.CODES)
@pytest.mark.parametrize("kind", ["login", "password", "groups", "archive-login"])
def test_a_private_issue_shows_on_no_public_surface_even_right_after_it_was_cached(
    client, archive, issues, page_cache_on, django_capture_on_commit_callbacks, kind, code
):
    visible, private = issues
    own_page = f"/{code}/issues/{PRIVATE}/"

    # Before: every surface shows both issues, and the cache holds each answer.
    before = read_all(client, code)
    assert any(PRIVATE_MARK in body for _, body in before.values())
    assert client.get(own_page).status_code == 200
    assert client.get(own_page)["X-Page-Cache"] == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        restrict(kind, private, archive)

    # At once, in the same process, with the page cache on.
    after = read_all(client, code)
    problems = {path: leaks(body) for path, (_, body) in after.items() if leaks(body)}
    assert not problems, f"{kind}, {code}: the private issue shows at {problems}"
    if kind != "archive-login":  # the control: the visible issue still shows where listed
        for name in SURFACES:
            for path, listed in SURFACES[name](code):
                status, body = after[path]
                if listed:
                    shown = VISIBLE_MARK in body or f"/issues/{VISIBLE}/" in body
                    assert status == 200 and shown, (path, status)
    for path in (f"/{code}/issues/{PRIVATE}/cite.bib", f"/{code}/issues/{PRIVATE}/pdf/"):
        assert after[path][0] == 404, path

    # Its own address answers as Wagtail does, never from the page cache.
    response = client.get(own_page)
    assert response.get("X-Page-Cache") != "hit"
    assert PRIVATE_MARK not in response.content.decode()
    if kind == "password":
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    else:
        assert response.status_code == 302
        assert "/_util/login/" in response["Location"]


def test_lifting_the_privacy_setting_shows_the_issue_again_at_once(
    client, archive, issues, page_cache_on, django_capture_on_commit_callbacks
):
    _, private = issues
    with django_capture_on_commit_callbacks(execute=True):
        restrict("login", private, archive)
    assert PRIVATE_MARK not in client.get("/en/feeds/rss/").content.decode()
    assert client.get(f"/en/issues/{PRIVATE}/").status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=private).delete()
    assert PRIVATE_MARK in client.get("/en/feeds/rss/").content.decode()
    assert PRIVATE_MARK in client.get(f"/en/issues/{PRIVATE}/").content.decode()


def test_a_signed_in_reader_allowed_by_the_restriction_still_reads_the_issue(
    client, archive, issues, django_user_model, django_capture_on_commit_callbacks
):
    _, private = issues
    with django_capture_on_commit_callbacks(execute=True):
        restrict("login", private, archive)
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))
    assert PRIVATE_MARK in client.get(f"/en/issues/{PRIVATE}/").content.decode()
