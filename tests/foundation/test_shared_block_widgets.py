"""The four languages' copies of a StreamField share one widget, packed once, and stay apart.

issues/shared_block_widgets.py relies on two things Wagtail does: a ``BlockWidget`` packs its
block definitions once per widget instance, and wagtail-modeltranslation's language copies of
a StreamField pack to the same definitions. The last test here fails if either changes.
"""

from __future__ import annotations

import html
import json
import re

import pytest
from django import forms
from django.urls import reverse
from wagtail import blocks
from wagtail.blocks import BlockField, BlockWidget

from csrs import languages
from issues.models import IssuePage
from issues.shared_block_widgets import same_definition, share_block_widgets
from tests.factories import build_issue, language_content
from tests.foundation.admin_forms import language_form_data

STREAMS = ("analyses", "recommendations", "references")


def stream_block(name: str, code: str):
    return IssuePage._meta.get_field(languages.get_language(code).field(name)).stream_block


def test_language_copies_of_a_stream_have_the_same_definition():
    for name in STREAMS:
        assert stream_block(name, "en") is not stream_block(name, "ar")  # separate copies…
        assert same_definition(stream_block(name, "en"), stream_block(name, "ar"))  # …alike
    assert not same_definition(stream_block("analyses", "en"), stream_block("references", "en"))


def test_blocks_with_other_children_or_options_have_another_definition():
    heading = blocks.CharBlock()
    base = blocks.StreamBlock([("heading", heading)])
    assert same_definition(base, blocks.StreamBlock([("heading", heading)]))
    # Equal by Wagtail's comparison, but not the same child objects: not trusted.
    assert not same_definition(base, blocks.StreamBlock([("heading", blocks.CharBlock())]))
    assert not same_definition(base, blocks.StreamBlock([("heading", heading)], max_num=2))
    assert not same_definition(base, blocks.StreamBlock([("title", heading)]))


def test_a_form_shares_widgets_only_between_fields_with_the_same_definition():
    shared_children = [("text", blocks.CharBlock())]

    class CustomWidget(BlockWidget):
        pass

    class StreamsForm(forms.Form):
        first = BlockField(block=blocks.StreamBlock(shared_children))
        second = BlockField(block=blocks.StreamBlock(shared_children))
        other = BlockField(block=blocks.StreamBlock([("number", blocks.IntegerBlock())]))
        custom = BlockField(
            block=blocks.StreamBlock(shared_children),
            widget=CustomWidget(blocks.StreamBlock(shared_children)),
        )

    form = StreamsForm()
    share_block_widgets(form)
    fields = form.fields
    assert fields["first"].widget is fields["second"].widget
    assert fields["other"].widget is not fields["first"].widget
    assert isinstance(fields["custom"].widget, CustomWidget)
    # Each field still validates with its own block.
    assert fields["second"].block is not fields["first"].block
    # Another form instance gets its own widgets (the packed definitions live one request).
    assert StreamsForm().fields["first"].widget is not fields["first"].widget


def block_widgets(page_html: str) -> dict[str, tuple[str, str]]:
    """Each stream widget's (packed definitions, value arguments), by field name."""
    pattern = re.compile(
        r'<div id="([\w-]+)" data-block data-controller="w-block" '
        r'data-w-block-data-value="([^"]*)" data-w-block-arguments-value="([^"]*)"'
    )
    return {
        name: (html.unescape(definition), html.unescape(arguments))
        for name, definition, arguments in pattern.findall(page_html)
    }


@pytest.mark.django_db
def test_the_editor_packs_each_streams_definitions_once_for_all_languages(admin_client, archive):
    issue = build_issue(archive, number=810, codes=("en", "ar"))
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(issue.pk,)))
    widgets = block_widgets(response.content.decode())
    assert sorted(widgets) == sorted(
        language.field(name) for language in languages.LANGUAGES for name in STREAMS
    )
    for name in STREAMS:
        definitions = {widgets[language.field(name)][0] for language in languages.LANGUAGES}
        assert len(definitions) == 1, name
    # Each language keeps its own value: English and Arabic text, empty Pashto.
    assert "Section 1.1" in widgets["analyses_en"][1]
    assert widgets["analyses_ps"][1].startswith("[[]")
    assert widgets["analyses_ar"][1] != widgets["analyses_en"][1]


@pytest.mark.django_db
def test_each_language_is_still_validated_on_its_own(admin_client, archive):
    from wagtail.test.utils.form_data import querydict_from_html

    issue = build_issue(archive, number=811, codes=languages.CODES)
    url = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    data = data.dict()
    for language in languages.LANGUAGES:
        content = language_content(language.code, number=issue.number)
        if language.code == "ar":
            content["references"][0]["value"]["url"] = "ftp://example.org/file"
        data.update(language_form_data(language.field_suffix, content))
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"references_ar"}
    # The shared widget shows the error under the Arabic references only.
    widgets = block_widgets(response.content.decode())
    message = "Links must start with http:// or https://"
    assert message in widgets["references_ar"][1]
    assert [name for name, (_, arguments) in widgets.items() if message in arguments] == [
        "references_ar"
    ]


def _masked(packed: str) -> object:
    """Packed definitions without what is random per pack (default values' ids and keys) and
    without the top-level block's own id (see the test below)."""
    packed = re.sub(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID", packed)
    packed = re.sub(r'\\"key\\": \\"\w+\\"', '\\"key\\": \\"KEY\\"', packed)
    data = json.loads(packed)
    meta = data["_args"][-1]
    assert meta["isPreviewable"] is False  # the top-level id would only name a block preview
    meta["blockDefId"] = None
    return data


@pytest.mark.django_db
def test_a_shared_widget_packs_what_each_languages_own_widget_would(admin_user):
    """Fails if Wagtail changes how it packs definitions or modeltranslation how it copies."""
    from issues.workflow.forms import IssuePageForm

    form_class = IssuePage.get_edit_handler().get_form_class()
    assert issubclass(form_class, IssuePageForm)
    form = form_class(instance=IssuePage(), for_user=admin_user)
    for name in STREAMS:
        for language in languages.LANGUAGES:
            field = form.fields[language.field(name)]
            own = BlockWidget(field.block)
            assert _masked(field.widget.block_json) == _masked(own.block_json), field
