"""The translator's workbench: every translatable piece with its own source, state and diff."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from csrs import languages
from issues.translations import units
from issues.workbench import pieces
from issues.workflow import actions, content, copying
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

EN, PS = languages.BY_CODE["en"], languages.BY_CODE["ps"]


def edit_url(issue) -> str:
    return reverse("wagtailadmin_pages:edit", args=(issue.pk,))


def latest(issue):
    return actions.latest_content(issue)


def test_pieces_are_the_exchange_units_with_the_targets_own_block_ids(archive, make_user):
    issue = build_issue(archive, number=701, codes=("en",))
    copying.copy_source_structure(issue, PS, EN, "analyses", make_user("translator", "ps"))
    page = latest(issue)
    found = pieces.language_pieces(page, EN, PS)
    assert [p.id for p in found] == [u.id for u in units.issue_units(issue, EN, PS)]
    heading = next(p for p in found if p.id.endswith("/heading"))
    analysis_id, _sections, item_id, _name = heading.id.split("/")[1:]
    # The target's input is found through the copy's own ids, derived from the source's.
    assert heading.target_path == (
        f"analyses_ps/{content.copied_block_id(analysis_id, PS)}/sections/"
        f"{content.copied_block_id(item_id, PS)}/heading"
    )
    # Recommendations were not copied: their pieces have no input to sit beside yet.
    assert all(p.target_path == "" for p in found if p.field == "recommendations")
    assert next(p for p in found if p.id == "title").target_path == "title_ps"


def test_progress_counts_pieces_and_a_copy_left_as_the_source_is_untranslated(archive, make_user):
    translator = make_user("translator", "ps")
    issue = build_issue(archive, number=702, codes=("en",))
    copying.copy_source_structure(issue, PS, EN, "analyses", translator)
    found = pieces.language_pieces(latest(issue), EN, PS)
    assert pieces.progress(found) == (0, len(found))

    page = latest(issue)
    raw = content.stream_data(page.analyses_ps)
    raw[0]["value"]["title"] = "لومړۍ شننه"
    actions.apply_language_fields(issue, PS, {"analyses": raw, "title": "سرلیک"}, translator)
    found = pieces.language_pieces(latest(issue), EN, PS)
    translated = {p.id for p in found if p.state == pieces.TRANSLATED}
    assert translated == {
        "title",
        f"analyses/{content.block_ids(content.stream_data(page.analyses_en))[0]}/title",
    }
    assert pieces.progress(found) == (2, len(found))


def test_one_changed_word_is_marked_as_one_word():
    diff = pieces.word_diff("Dams on the Kunar river", "Dams on the Helmand river")
    assert diff == "Dams on the <del>Kunar</del><ins>Helmand</ins> river"
    assert pieces.word_diff("<b>same</b>", "<b>same</b>") == "&lt;b&gt;same&lt;/b&gt;"


def test_an_outdated_piece_is_the_paragraph_that_changed_with_a_word_diff(archive, admin_user):
    issue = build_issue(archive, number=703, codes=("en", "ps"))  # Pashto approved
    done_before, total = pieces.progress(pieces.language_pieces(latest(issue), EN, PS))
    page = latest(issue)
    raw = content.stream_data(page.analyses_en)
    section = raw[0]["value"]["sections"][0]
    paragraph = next(b for b in section["value"]["body"] if b["type"] == "paragraph")
    paragraph["value"] = "<p>Paragraph 1.1 revised</p>"
    page.analyses_en = raw
    page.save_revision(user=admin_user)
    assert actions.detect_outdated(issue, admin_user) == {"ps": ["analyses"]}

    status = actions.status_for(issue, PS)
    found = pieces.language_pieces(latest(issue), EN, PS, status)
    outdated = [p for p in found if p.state == pieces.OUTDATED]
    assert [p.id.rsplit("/", 1)[1] for p in outdated] == [paragraph["id"]]
    assert outdated[0].diff == "Paragraph 1.1<ins> revised</ins>"
    # Every other piece keeps its state: the diff is at the block, not the whole field.
    assert pieces.progress(found) == (done_before - 1, total)


def test_an_approval_made_before_pieces_were_recorded_shows_no_piece_as_outdated(
    archive, admin_user
):
    issue = build_issue(archive, number=704, codes=("en", "ps"))
    status = actions.status_for(issue, PS)
    for field in content.STREAM_FIELDS:
        status.approved_source[field].pop("pieces")
    status.outdated_fields = ["analyses"]
    status.save()
    found = pieces.language_pieces(latest(issue), EN, PS, status)
    assert not [p for p in found if p.state == pieces.OUTDATED]


def test_rich_text_source_keeps_its_formatting_and_nothing_else():
    html = pieces.source_html(
        '<p>A <b>bold</b>, <i>slanted</i> <a href="https://example.org/x">link</a>'
        '<script>alert(1)</script><img src=x onerror="alert(2)"></p>',
        is_rich=True,
    )
    assert "<b>bold</b>" in html and "<i>slanted</i>" in html
    assert re.search(r'<a href="https://example.org/x"[^>]*>link</a>', html)
    assert "script" not in html and "onerror" not in html and "<img" not in html
    assert pieces.source_html("a < b\nnext", is_rich=False) == "<p>a &lt; b<br>next</p>"


def test_the_editor_shows_each_piece_and_the_piece_progress(client, archive, make_user):
    issue = build_issue(archive, number=705, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    html = client.get(edit_url(issue)).content.decode()
    expected = pieces.language_pieces(latest(issue), EN, PS)
    for piece in expected:
        assert f'data-source-for="ps" data-piece-source="{piece.id}"' in html
    assert f"0</bdi> of <bdi>{len(expected)}</bdi> pieces translated" in html
    assert 'data-workbench-next="ps"' in html


def test_the_original_language_tab_is_not_a_translation(client, archive, make_user):
    issue = build_issue(archive, number=706, codes=("en",))
    client.force_login(make_user("editor"))
    html = client.get(edit_url(issue)).content.decode()
    english = html.split('id="tab-en"')[1].split('id="tab-ps"')[0]
    assert 'data-original="true"' in english
    assert "Not started" not in english and "Translation:" not in english
    assert "pieces translated" not in english
    pashto = html.split('id="tab-ps"')[1].split('id="tab-fa-af"')[0]
    assert "Not started" in pashto


def test_tabs_are_named_by_language_and_a_translator_opens_on_their_own(client, archive, make_user):
    issue = build_issue(archive, number=707, codes=("en",), original_language="en")
    client.force_login(make_user("translator", "fa-af"))
    html = client.get(edit_url(issue)).content.decode()
    for code in languages.CODES:
        assert f'id="tab-{code}"' in html
    assert 'data-w-tabs-active-panel-id-value="tab-fa-af"' in html

    client.force_login(make_user("editor"))
    assert "data-w-tabs-active-panel-id-value" not in client.get(edit_url(issue)).content.decode()


def test_copy_structure_returns_to_the_languages_tab(client, archive, make_user):
    issue = build_issue(archive, number=708, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    url = reverse("csrs_translation_copy_structure", args=(issue.pk, "ps", "analyses"))
    response = client.post(url)
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/pages/{issue.pk}/edit/#tab-ps")
