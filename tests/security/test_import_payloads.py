"""Importers store no markup but the editor's (issue 14, item 5).

Each payload is put in a paragraph, a list item and a recommendation of a back-catalogue file
(text, Word and PDF, imported with ``import_issues --publish``), and in the source markup and the
translated text of an XLIFF/PO file. Neither the public page nor the PDF edition's HTML carries
live markup from it: everything an importer stores goes through ``issues.richtext.sanitise``.
"""

from __future__ import annotations

import copy
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from translate.storage import pypo, xliff

from csrs import languages
from issues.models import IssuePage
from issues.pdf.render import render_issue_html
from issues.translations import export, importer
from issues.translations.errors import TranslationFileError
from issues.workflow import actions
from tests.factories import build_issue
from tests.importers.helpers import build_docx, build_pdf, fixture_text
from tests.security.payloads import PAYLOADS
from tests.security.test_xss import assert_inert

pytestmark = pytest.mark.django_db

IMPORT_PAYLOADS = (
    *PAYLOADS,
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<a href="jav&#x09;ascript:alert(1)">tab-split link</a>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
)
IDS = [f"payload{index}" for index in range(len(IMPORT_PAYLOADS))]


def assert_no_live_payload(html: str) -> None:
    soup = assert_inert(html)
    assert not soup.find_all("meta", attrs={"http-equiv": True}), "a <meta http-equiv> got through"
    for tag in soup.find_all(True):
        assert "javascript:" not in str(tag.get("style", "")).lower()


def text_with(payload: str) -> str:
    """The English fixture with the payload in a paragraph, a list item and a recommendation."""
    text = fixture_text("en_single_topic.txt")
    for old, new in (
        ("continued this week,", f"continued this week {payload},"),
        ("- the volume of water", f"- the volume of water {payload}"),
        ("- 1. The government should", f"- 1. The government {payload} should"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    return text


def import_and_publish(tmp_path, name: str, data: bytes) -> IssuePage:
    path = tmp_path / name
    path.write_bytes(data)
    out = io.StringIO()
    call_command("import_issues", str(path), "--publish", stdout=out, stderr=io.StringIO())
    issue = IssuePage.objects.get(number=312)
    assert issue.live
    return issue


def assert_reader_surfaces_inert(client, issue, code: str) -> None:
    response = client.get(f"/{code}/issues/{issue.number}/")
    assert response.status_code == 200
    assert_no_live_payload(response.content.decode())
    text = BeautifulSoup(response.content, "html.parser").get_text(" ")
    assert "volume of water" in text or code != "en"  # the list item itself was kept
    html, _base = render_issue_html(issue, languages.get_language(code))
    assert_no_live_payload(html)


def assert_stored_rich_text_inert(issue, code: str) -> None:
    language = languages.get_language(code)
    latest = actions.latest_content(issue)
    for field in ("analyses", "recommendations"):
        stream = getattr(latest, language.field(field))
        assert_no_live_payload(str(stream.render_as_block()))


@pytest.mark.parametrize("payload", IMPORT_PAYLOADS, ids=IDS)
def test_text_import(archive, client, tmp_path, payload):
    issue = import_and_publish(tmp_path, "issue.txt", text_with(payload).encode("utf-8"))
    assert_stored_rich_text_inert(issue, "en")
    assert_reader_surfaces_inert(client, issue, "en")


@pytest.mark.parametrize("payload", IMPORT_PAYLOADS, ids=IDS)
def test_word_import(archive, client, tmp_path, payload):
    blocks = text_with(payload).split("\n\n")
    paragraphs = [("", block.strip()) for block in blocks if block.strip()]
    issue = import_and_publish(tmp_path, "issue.docx", build_docx(paragraphs))
    assert_stored_rich_text_inert(issue, "en")
    assert_reader_surfaces_inert(client, issue, "en")


@pytest.mark.parametrize("payload", IMPORT_PAYLOADS, ids=IDS)
def test_pdf_import(archive, client, tmp_path, payload):
    issue = import_and_publish(tmp_path, "issue.pdf", build_pdf(text_with(payload)))
    assert_stored_rich_text_inert(issue, "en")
    assert_reader_surfaces_inert(client, issue, "en")


def fill(data: bytes, format: str, translate) -> bytes:
    """Every unit's target: the source with ``translate`` applied to each text, codes kept."""
    if format == "po":
        store = pypo.pofile.parsestring(data)
        for unit in store.units:
            if not unit.isheader():
                parts = re.split(r"(\{/?\d+/?\})", unit.source)
                unit.target = "".join(p if p.startswith("{") else translate(p) for p in parts)
        return bytes(store)
    store = xliff.xlifffile.parsestring(data)
    for unit in store.units:
        unit.target = ""
        target = unit.target_dom
        target.text = translate(unit.source_dom.text or "")
        for child in unit.source_dom:
            twin = copy.deepcopy(child)
            for node in twin.iter():
                node.text = translate(node.text) if node.text else None
                node.tail = translate(node.tail) if node.tail else None
            target.append(twin)
    return bytes(store)


def _superuser():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username="root", is_superuser=True)
    return user


@pytest.fixture
def issue_with_raw_source(archive):
    """An English issue whose stored rich text still holds raw markup, as the importer wrote it
    before it sanitised (list items were stored as they came)."""

    def make(payload: str) -> IssuePage:
        issue = build_issue(archive, number=90, codes=("en",))
        latest = issue.get_latest_revision_as_object()
        raw = list(latest.analyses_en.get_prep_value())
        raw[0]["value"]["introduction"] = f"<p>Source intro {payload} end</p>"
        actions.apply_language_fields(issue, languages.ENGLISH, {"analyses": raw}, _superuser())
        return IssuePage.objects.get(pk=issue.pk)

    return make


def import_translation(issue, translator, data: bytes) -> bool:
    """Import ``data``; False when it is refused (then nothing of it may have been stored)."""
    try:
        preview = importer.prepare(data, translator, language=languages.PASHTO, issue=issue)
        importer.apply(preview, translator)
    except TranslationFileError as error:
        assert error.errors
        assert not actions.latest_content(issue).title_ps
        return False
    return True


def publish_pashto(issue, make_user) -> IssuePage:
    editor = make_user("editor")
    actions.transition(issue, languages.PASHTO, "approve", editor)
    actions.publish_language(issue, languages.PASHTO, editor)
    return IssuePage.objects.get(pk=issue.pk)


@pytest.mark.parametrize("format", ["xliff12", "po"])
@pytest.mark.parametrize("payload", IMPORT_PAYLOADS, ids=IDS)
def test_translation_of_a_source_holding_raw_markup(
    issue_with_raw_source, client, make_user, format, payload
):
    """The target is built with the source's tags and attributes: those are sanitised."""
    issue = issue_with_raw_source(payload)
    translator = make_user("translator", "ps")
    exported = export.export_issue(issue, languages.PASHTO, format, translator)
    translated = fill(exported, format, lambda text: f"[ps]{text}" if text.strip() else text)
    if not import_translation(issue, translator, translated):
        return  # markup the codes cannot carry back: refused whole
    assert_stored_rich_text_inert(issue, "ps")
    assert_reader_surfaces_inert(client, publish_pashto(issue, make_user), "ps")


@pytest.mark.parametrize("payload", IMPORT_PAYLOADS, ids=IDS)
def test_translated_text_holding_a_payload(archive, client, make_user, payload):
    """(PO: XLIFF's text reaches the same check once parsed.)"""
    format = "po"
    issue = build_issue(archive, number=91, codes=("en",))
    translator = make_user("translator", "ps")
    exported = export.export_issue(issue, languages.PASHTO, format, translator)

    def translate(text: str) -> str:
        return f"[ps] {text} {payload}" if text.strip() else text

    if not import_translation(issue, translator, fill(exported, format, translate)):
        return  # "Markup is not allowed in the text"
    assert_stored_rich_text_inert(issue, "ps")
    assert_reader_surfaces_inert(client, publish_pashto(issue, make_user), "ps")
