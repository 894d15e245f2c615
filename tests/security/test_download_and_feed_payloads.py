"""Feeds send standfirsts as text; citation downloads keep every value inside its own field
(issue 14, item 8)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import bibtexparser
import pytest
import rispy

from csrs import languages
from tests.factories import build_issue, publish_with_approvals

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
MARKUP = '<b>bold</b> <img src=x onerror="alert(1)"> & <a href="javascript:alert(2)">x</a>'

# Each would end the title's line (RIS) or brace group (BibTeX) and start a field or a record.
LINE_BREAKS = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c"]
RIS_PAYLOADS = [f"Title{br}UR  - javascript:alert(1){br}ER  - " for br in LINE_BREAKS]
BIBTEX_PAYLOADS = [
    "Title}, url = {javascript:alert(1)}, note = {",
    "Title\n@misc{evil, url={javascript:alert(1)}}",
    "Title\\}, url = \\{javascript:alert(1)",
    "Title\r\n}\n@misc{evil2,\n url={javascript:alert(1)}",
    "Title\u2028@misc{evil3, url={javascript:alert(1)}}",
]


def publish(archive, code: str, *, title: str | None = None, standfirst: str | None = None):
    issue = build_issue(archive, number=455, codes=(code,), publish=False)
    language = languages.get_language(code)
    if title is not None:
        setattr(issue, language.field("title"), title)
    if standfirst is not None:
        setattr(issue, language.field("standfirst"), standfirst)
    publish_with_approvals(issue)
    return issue


# --- feeds ------------------------------------------------------------------------------------
@pytest.mark.parametrize("code", languages.CODES)
def test_atom_summary_is_plain_text_carrying_the_standfirst_as_typed(client, archive, code):
    publish(archive, code, standfirst=MARKUP)
    entry = ET.fromstring(client.get(f"/{code}/feeds/atom/").content).find(f"{ATOM}entry")
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "text"
    assert summary.text == MARKUP  # a reader shows these characters, it renders nothing


@pytest.mark.parametrize("code", languages.CODES)
def test_rss_description_is_escaped_text_so_readers_render_no_markup(client, archive, code):
    publish(archive, code, standfirst=MARKUP)
    item = ET.fromstring(client.get(f"/{code}/feeds/rss/").content).find("channel/item")
    description = item.findtext("description")
    # RSS readers take <description> as HTML: decoded once, it is the text, not elements.
    assert "<" not in description and "<b>" not in description
    assert description.startswith("&lt;b&gt;bold&lt;/b&gt;")
    from html import unescape

    assert unescape(description) == MARKUP


# --- RIS --------------------------------------------------------------------------------------
@pytest.mark.parametrize("payload", RIS_PAYLOADS)
def test_a_line_break_in_a_title_cannot_add_an_ris_tag_or_record(client, archive, payload):
    publish(archive, "en", title=payload)
    text = client.get("/en/issues/455/cite.ris").content.decode()
    (record,) = rispy.loads(text)
    assert record["urls"] == ["http://testserver/en/issues/455/"]
    assert record["title"] == "Title UR - javascript:alert(1) ER -"
    tags = [line[:6] for line in text.splitlines() if line.strip()]
    assert tags.count("UR  - ") == 1 and tags.count("ER  - ") == 1
    assert "javascript:" not in "".join(line for line in text.splitlines() if line[:2] == "UR")


def test_a_line_break_in_a_standfirst_cannot_add_an_ris_tag(client, archive):
    publish(archive, "ps", standfirst="لنډیز\nUR  - javascript:alert(1)\nER  - \nTY  - JOUR")
    (record,) = rispy.loads(client.get("/ps/issues/455/cite.ris").content.decode())
    assert record["urls"] == ["http://testserver/ps/issues/455/"]
    assert record["abstract"].startswith("لنډیز UR")


# --- BibTeX -----------------------------------------------------------------------------------
@pytest.mark.parametrize("payload", BIBTEX_PAYLOADS)
def test_braces_and_line_breaks_in_a_title_cannot_add_a_bibtex_field_or_entry(
    client, archive, payload
):
    publish(archive, "en", title=payload)
    text = client.get("/en/issues/455/cite.bib").content.decode()
    (entry,) = bibtexparser.loads(text).entries
    assert entry["ID"] == "csrs-weekly-analysis-455-en"
    assert entry["url"] == "http://testserver/en/issues/455/"
    assert "note" not in entry
    assert entry["title"].startswith("Title") and "javascript:alert(1)" in entry["title"]
    # Every brace in the entry is balanced: the title's own are TeX commands, not delimiters.
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        assert depth >= 0
    assert depth == 0
