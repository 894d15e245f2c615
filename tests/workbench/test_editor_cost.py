"""The workbench's pieces cost no query per piece: the editor's query count does not grow."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from csrs import languages
from issues.workflow import actions
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

ALL = tuple(languages.CODES)


def queries_of(client, issue) -> int:
    url = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    client.get(url)  # the first visit subscribes the user to comments: a one-off write
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("role", ["translator", "editor"])
def test_editor_queries_do_not_grow_with_the_number_of_pieces(client, archive, make_user, role):
    small = build_issue(archive, number=741, codes=ALL, analyses=1, sections=1, references=1)
    large = build_issue(archive, number=742, codes=ALL, analyses=3, sections=6, references=15)
    user = make_user(role, "ps" if role == "translator" else None)
    for issue in (small, large):  # outdated translations: every piece's diff is looked up
        page = actions.latest_content(issue)
        page.standfirst_en = "A new standfirst"
        page.save_revision(user=user if role == "editor" else None)
        actions.detect_outdated(issue, None)
    client.force_login(user)
    small_count, small_html = queries_of(client, small)
    large_count, large_html = queries_of(client, large)
    assert large_html.count("data-piece-source=") > 4 * small_html.count("data-piece-source=")
    assert large_count == small_count


# What the editor's time went to on a long issue (issue #16's measure): the same source
# serialised and walked once per language, a template included once per piece, and the same
# word diff computed once per outdated language. Counted, not timed.


def edit_response(client, issue):
    url = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    client.get(url)  # the first visit subscribes the user to comments: a one-off write
    response = client.get(url)
    assert response.status_code == 200
    return response


def test_the_editor_renders_no_template_per_piece(admin_client, archive):
    small = build_issue(archive, number=743, codes=ALL, analyses=1, sections=1, references=1)
    large = build_issue(archive, number=744, codes=ALL, analyses=3, sections=6, references=15)
    small_response, large_response = (edit_response(admin_client, i) for i in (small, large))
    small_html, large_html = (r.content.decode() for r in (small_response, large_response))
    assert large_html.count("data-piece-source=") > 4 * small_html.count("data-piece-source=")
    assert len(large_response.templates) == len(small_response.templates)


def test_each_language_stream_is_serialised_once_per_request(admin_client, archive, monkeypatch):
    from issues.translations import units

    issue = build_issue(archive, number=745, codes=ALL, analyses=3, sections=4, references=8)
    edit_response(admin_client, issue)
    calls = []
    original = units.raw_stream

    def counted(page, field, language):
        calls.append((field, language.code))
        return original(page, field, language)

    monkeypatch.setattr(units, "raw_stream", counted)
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,)))
    assert response.status_code == 200
    assert response.content.decode().count("data-piece-source=") > 100
    # Three languages' pieces are built from English: English's streams are read once for all.
    assert sorted(calls) == sorted(
        {(field, code) for field in units.STREAM_FIELDS for code in ALL}
    ), calls


def test_a_changed_piece_is_diffed_once_whatever_the_number_of_languages(
    admin_client, admin_user, archive
):
    from issues.workbench import pieces

    issue = build_issue(archive, number=746, codes=ALL, analyses=2, sections=3, references=4)
    page = actions.latest_content(issue)
    page.standfirst_en = "A standfirst rewritten after approval"
    raw = list(page.analyses_en.get_prep_value())
    raw[0]["value"]["title"] = raw[0]["value"]["title"] + " again"
    page.analyses_en = raw
    page.save_revision(user=admin_user)
    assert set(actions.detect_outdated(issue, admin_user)) == set(ALL) - {"en"}
    edit_response(admin_client, issue)

    pieces._word_diff.cache_clear()  # a diff is kept across requests: count one from scratch
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,)))
    assert response.status_code == 200
    html = response.content.decode()
    # Each outdated language shows both changed pieces word by word: the standfirst and the
    # first analysis's title (three languages, six diffs on the page)…
    assert html.count("data-piece-diff") == 2 * (len(ALL) - 1)
    assert html.count("<ins> again</ins>") == len(ALL) - 1
    # …worked out once per piece, not once per language.
    computed = pieces._word_diff.cache_info()
    assert (computed.misses, computed.hits) == (2, 2 * (len(ALL) - 2))
