"""“Copy source structure”: every block kind copied whole, with fresh ids, and translatable by file.

The copy keeps each block's type, nesting and text; every stream child and list item gets an id
of its own, derived from its source block's (so the translation exchange pairs them). A copied
segment still equal to its source is untranslated.
"""

from __future__ import annotations

import copy as copy_module

import pytest
from django.urls import reverse
from lxml import etree

from csrs import languages
from issues.models import IssuePage
from issues.translations import export, importer, units
from issues.translations.errors import TranslationFileError
from issues.workflow import actions, content
from tests.factories import build_issue
from tests.workflow.conftest import latest

ENGLISH = languages.ENGLISH
PASHTO = languages.get_language("ps")

EVERY_BLOCK_KIND = {
    "analyses": [
        {
            "type": "analysis",
            "value": {
                "title": "Water and the border",
                "introduction": "<p>The river feeds <b>two</b> countries.</p>",
                "sections": [
                    {
                        "heading": "The objectives",
                        "body": [
                            {
                                "type": "subheading",
                                "value": {"number": "1", "text": "Ensuring flow"},
                            },
                            {"type": "paragraph", "value": "<p>A first paragraph.</p>"},
                            {
                                "type": "quotation",
                                "value": {
                                    "quote": "We will share the water.",
                                    "attribution": "A minister",
                                    "role": "Minister of Water",
                                },
                            },
                            {
                                "type": "bulleted_list",
                                "value": ["<p>dams</p>", "<p>canals</p>", "<p>wells</p>"],
                            },
                        ],
                    },
                    {
                        "heading": "Diverging interests",
                        "body": [
                            {"type": "subheading", "value": {"number": "", "text": "Downstream"}},
                            {"type": "numbered_list", "value": ["<p>first</p>", "<p>second</p>"]},
                            {"type": "paragraph", "value": "<p>A closing paragraph.</p>"},
                        ],
                    },
                ],
                "conclusion": "<p>The talks go on.</p>",
            },
        },
        {
            "type": "analysis",
            "value": {
                "title": "Trade corridors",
                "introduction": "<p>Trucks wait at the crossing.</p>",
                "sections": [
                    {
                        "heading": "Tariffs",
                        "body": [{"type": "paragraph", "value": "<p>Tariffs rose.</p>"}],
                    }
                ],
                "conclusion": "",
            },
        },
    ],
    "recommendations": [
        {"type": "recommendation", "value": "<p>Publish the river data.</p>"},
        {"type": "recommendation", "value": "<p>Meet every month.</p>"},
    ],
    "references": [
        {
            "type": "reference",
            "value": {
                "outlet": "Example Wire",
                "title": "River talks resume",
                "date": "2026-11-10",
                "url": "https://example.org/river",
                "note": "In English",
            },
        }
    ],
}


@pytest.fixture
def issue(archive, make_user):
    issue = build_issue(archive, number=731, codes=("en",))
    actions.apply_language_fields(issue, ENGLISH, EVERY_BLOCK_KIND, make_user("editor"))
    return IssuePage.objects.get(pk=issue.pk)


def copy(client, issue, field, code="ps"):
    url = reverse("csrs_translation_copy_structure", args=(issue.pk, code, field))
    return client.post(url)


def shape(raw):
    """Raw stream data without block ids: types, nesting and text."""
    if isinstance(raw, list):
        return [shape(item) for item in raw]
    if isinstance(raw, dict):
        return {key: shape(value) for key, value in raw.items() if key != "id"}
    return raw


def test_copy_keeps_every_block_and_its_text_with_fresh_unique_ids(client, make_user, issue):
    client.force_login(make_user("translator", "ps"))
    for field in content.STREAM_FIELDS:
        assert copy(client, issue, field).status_code == 302
    page = latest(issue)
    for field in content.STREAM_FIELDS:
        source = content.stream_data(getattr(page, ENGLISH.field(field)))
        copied = content.stream_data(getattr(page, PASHTO.field(field)))
        assert shape(copied) == shape(source), field
        source_ids, copied_ids = content.block_ids(source), content.block_ids(copied)
        assert len(copied_ids) == len(source_ids)
        assert len(set(copied_ids)) == len(copied_ids)  # unique
        assert not set(copied_ids) & set(source_ids)  # fresh
        assert copied_ids == [content.copied_block_id(i, PASHTO) for i in source_ids]
    analysis = page.analyses_ps[0].value
    section = analysis["sections"][0]
    assert section["heading"] == "The objectives"
    assert [child.block_type for child in section["body"]] == [
        "subheading",
        "paragraph",
        "quotation",
        "bulleted_list",
    ]
    assert section["body"][2].value["role"] == "Minister of Water"
    assert [item.source for item in section["body"][3].value] == [
        "<p>dams</p>",
        "<p>canals</p>",
        "<p>wells</p>",
    ]
    assert page.analyses_ps[1].value["sections"][0]["heading"] == "Tariffs"


def test_a_copied_untouched_segment_is_not_translated(client, make_user, issue):
    translator = make_user("translator", "ps")
    client.force_login(translator)
    copy(client, issue, "analyses")
    page = latest(issue)
    assert not content.is_translated(page, "analyses", PASHTO, ENGLISH)
    assert content.progress(page, PASHTO, ENGLISH)[0] == 0
    first = page.analyses_en[0].id
    copied = content.untranslated_segments(
        content.stream_data(page.analyses_en), content.stream_data(page.analyses_ps), PASHTO
    )
    assert f"/{first}/title" in copied and f"/{first}/introduction" in copied
    # Translating all but one paragraph still leaves the field untranslated.
    raw = content.stream_data(page.analyses_ps)
    for path_text in (
        ("title", "اوبه او پوله"),
        ("introduction", "<p>سیند دوه هیوادونه خړوبوي.</p>"),
    ):
        raw[0]["value"][path_text[0]] = path_text[1]
    actions.apply_language_fields(issue, PASHTO, {"analyses": raw}, translator)
    page = latest(issue)
    untranslated = content.untranslated_segments(
        content.stream_data(page.analyses_en), content.stream_data(page.analyses_ps), PASHTO
    )
    assert f"/{first}/title" not in untranslated
    assert f"/{first}/introduction" not in untranslated
    assert any(path.endswith("/conclusion") for path in untranslated)
    assert not content.is_translated(page, "analyses", PASHTO, ENGLISH)
    # Every segment changed: translated.
    translated = translate_stream(content.stream_data(page.analyses_ps))
    actions.apply_language_fields(issue, PASHTO, {"analyses": translated}, translator)
    page = latest(issue)
    assert content.is_translated(page, "analyses", PASHTO, ENGLISH)


def translate_stream(raw):
    """Every text of raw stream data prefixed with a Pashto word; ids, dates and links kept."""
    if isinstance(raw, list):
        return [translate_stream(item) for item in raw]
    if isinstance(raw, dict):
        kept = ("id", "type", "date", "url", "number")
        return {
            key: value if key in kept else translate_stream(value) for key, value in raw.items()
        }
    if isinstance(raw, str) and raw.strip():
        if raw.startswith("<p>"):
            return raw.replace("<p>", "<p>ژباړه ", 1)
        return f"ژباړه {raw}"
    return raw


def translate_xliff(data: bytes) -> bytes:
    """Each unit's target: its source with "پښتو " before every run of text, markup kept.

    The copied text is already in each target (the copy's text is exported as the target):
    a translator's tool overwrites it.
    """
    tree = etree.fromstring(data)
    namespace = {"x": tree.nsmap[None]}
    for unit in tree.iterfind(".//x:trans-unit", namespace):
        source = unit.find("x:source", namespace)
        target = unit.find("x:target", namespace)
        if target is None:
            target = etree.SubElement(unit, f"{{{namespace['x']}}}target")
        translated = copy_module.deepcopy(source)
        for node in translated.iter():
            if node.text and node.text.strip():
                node.text = f"پښتو {node.text}"
        target.clear()
        target.text = translated.text
        target.extend(list(translated))
    return etree.tostring(tree, xml_declaration=True, encoding="utf-8")


def test_a_copied_stream_is_exported_translated_and_imported(client, make_user, issue):
    translator = make_user("translator", "ps")
    client.force_login(translator)
    for field in content.STREAM_FIELDS:
        copy(client, issue, field)
    exported = export.export_issue(issue, PASHTO, "xliff12", translator)
    # Every unit of the copy is paired with its source: the copied text is the unit's target.
    found = units.issue_units(issue, ENGLISH, PASHTO)
    stream_units = [unit for unit in found if "/" in unit.id]
    assert stream_units and all(unit.target_value == unit.source_value for unit in stream_units)
    filled = translate_xliff(exported)
    preview = importer.prepare(filled, translator, language=PASHTO, issue=issue)
    assert len(preview.changes) == len(found)
    applied = importer.apply(preview, translator)
    assert len(applied) == len(found)
    page = latest(issue)
    analysis = page.analyses_ps[0].value
    assert analysis["title"] == "پښتو Water and the border"
    body = analysis["sections"][0]["body"]
    assert [item.source for item in body[3].value] == [
        "<p>پښتو dams</p>",
        "<p>پښتو canals</p>",
        "<p>پښتو wells</p>",
    ]
    assert body[0].value["number"] == "1"  # not a unit: kept from the source
    assert page.references_ps[0].value["url"] == "https://example.org/river"
    # The copy's ids survive the import, and everything now counts as translated.
    assert content.block_ids(content.stream_data(page.analyses_ps)) == [
        content.copied_block_id(i, PASHTO)
        for i in content.block_ids(content.stream_data(page.analyses_en))
    ]
    for field in content.STREAM_FIELDS:
        assert content.is_translated(page, field, PASHTO, ENGLISH), field


def test_a_unit_whose_block_the_translator_deleted_is_refused_whole(client, make_user, issue):
    translator = make_user("translator", "ps")
    client.force_login(translator)
    copy(client, issue, "recommendations")
    exported = export.export_issue(issue, PASHTO, "xliff12", translator)
    filled = translate_xliff(exported)
    preview = importer.prepare(filled, translator, language=PASHTO, issue=issue)
    page = latest(issue)
    kept = content.stream_data(page.recommendations_ps)[:1]
    actions.apply_language_fields(issue, PASHTO, {"recommendations": kept}, translator)
    before = IssuePage.objects.get(pk=issue.pk).latest_revision_id
    with pytest.raises(TranslationFileError) as refused:
        importer.apply(preview, translator)
    assert "This block is missing in the target language." in {
        error.reason for error in refused.value.errors
    }
    assert IssuePage.objects.get(pk=issue.pk).latest_revision_id == before


def test_copy_refuses_a_filled_stream_and_other_languages_translators(client, make_user, issue):
    client.force_login(make_user("translator", "ps"))
    copy(client, issue, "analyses")
    before = content.stream_data(latest(issue).analyses_ps)
    copy(client, issue, "analyses")
    assert content.stream_data(latest(issue).analyses_ps) == before
    client.force_login(make_user("translator", "ar"))
    copy(client, issue, "references")
    assert not latest(issue).references_ps
