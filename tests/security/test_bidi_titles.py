"""A title cannot reverse the text around it (issue 14, item 8): bidi embedding, override and
isolate controls (U+202A–U+202E, U+2066–U+2069) are stripped when a page is saved, whoever
wrote them, so no page, list, feed, citation or PDF carries them."""

from __future__ import annotations

import re

import pytest

from csrs import languages
from issues.l10n.bidi import strip_bidi_controls
from issues.models import IssuePage
from tests.factories import build_issue, publish_with_approvals

pytestmark = pytest.mark.django_db

CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
RTL = ("ps", "fa-af", "ar")
TITLES = {
    "ps": "د CASA-1000 \u202eپروژه\u202c او \u2066سیمه",
    "fa-af": "راه\u200cآهن \u202dترانس\u2067افغان",
    "ar": "الممر \u202bالتجاري\u202a \u2068الجديد\u2069 \u202e",
}
STANDFIRST = "\u202eایستاده\u2069 متن"


def test_strip_bidi_controls_keeps_everything_else():
    assert strip_bidi_controls("a\u202eb\u2066c\u2069d\u202a") == "abcd"
    # Marks and joiners are writing, not overrides: they stay.
    assert strip_bidi_controls("CASA-1000\u200f، راه\u200cآهن\u061c") == (
        "CASA-1000\u200f، راه\u200cآهن\u061c"
    )
    assert strip_bidi_controls(None) is None and strip_bidi_controls("") == ""


@pytest.fixture
def issue(archive):
    issue = build_issue(archive, number=455, codes=languages.CODES, publish=False)
    for code in RTL:
        language = languages.get_language(code)
        setattr(issue, language.field("title"), TITLES[code])
        setattr(issue, language.field("standfirst"), STANDFIRST)
    publish_with_approvals(issue)
    return IssuePage.objects.get(pk=issue.pk)


def test_saving_an_issue_strips_bidi_controls_from_every_languages_title(issue):
    for code in RTL:
        language = languages.get_language(code)
        title = getattr(issue, language.field("title"))
        assert not CONTROLS.search(title), code
        assert title == CONTROLS.sub("", TITLES[code])
        assert not CONTROLS.search(getattr(issue, language.field("standfirst")))
    assert not CONTROLS.search(issue.draft_title)


def test_the_archive_and_home_titles_are_stripped_too(site_tree):
    home, archive = site_tree
    archive.title_ar = "الأرشيف \u202eمعكوس"
    archive.save_revision().publish()
    archive.refresh_from_db()
    assert archive.title_ar == "الأرشيف معكوس"


@pytest.mark.parametrize("code", RTL)
def test_no_reader_output_carries_a_bidi_control_from_a_title(client, issue, code):
    paths = [
        f"/{code}/issues/455/",
        f"/{code}/",
        f"/{code}/issues/",
        f"/{code}/feeds/rss/",
        f"/{code}/feeds/atom/",
        f"/{code}/issues/455/cite.ris",
        f"/{code}/issues/455/cite.bib",
    ]
    expected_title = CONTROLS.sub("", TITLES[code])
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        body = response.content.decode()
        assert not CONTROLS.search(body), (path, CONTROLS.findall(body))
    page = client.get(f"/{code}/issues/455/").content.decode()
    assert expected_title in page


def test_a_title_of_nothing_but_bidi_controls_is_an_empty_title(archive):
    from django.core.exceptions import ValidationError

    issue = build_issue(archive, number=456, codes=("en",), publish=False)
    issue.title_en = "\u202e\u2066\u2069"
    with pytest.raises(ValidationError) as raised:
        issue.full_clean()
    assert "title_en" in raised.value.message_dict or "title" in raised.value.message_dict


def test_the_migration_strips_controls_saved_before_pages_did(issue):
    import importlib
    from types import SimpleNamespace

    from django.db import connection

    migration = importlib.import_module("issues.migrations.0010_strip_bidi_controls_from_titles")
    # As rows written before this change hold them (update() bypasses save()).
    IssuePage.objects.filter(pk=issue.pk).update(
        title_ps=TITLES["ps"], title_en="A \u202etitle", standfirst_ar=STANDFIRST
    )
    editor = SimpleNamespace(connection=connection, quote_name=connection.ops.quote_name)
    migration.strip_bidi_controls(None, editor)
    issue = IssuePage.objects.get(pk=issue.pk)
    assert issue.title_ps == CONTROLS.sub("", TITLES["ps"])
    assert issue.title_en == "A title"
    assert issue.standfirst_ar == CONTROLS.sub("", STANDFIRST)
