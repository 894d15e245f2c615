"""What the editor's panels and its form read once instead of once per use."""

import pytest

from csrs import languages
from issues.models import IssuePage
from issues.workflow import content
from issues.workflow.panels import editor_state
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

ENGLISH = languages.get_language("en")
PASHTO = languages.get_language("ps")


def test_field_texts_are_flattened_once_and_read_afresh_after_a_change(archive):
    page = build_issue(archive, number=820, codes=("en", "ps"), analyses=2)
    texts = content.FieldTexts(page)
    first = texts.text("analyses", ENGLISH)
    assert first == content.field_text(page, "analyses", ENGLISH)
    assert "Section 2.1" in first
    assert texts.text("analyses", ENGLISH) is first  # the same string: not flattened again
    page.analyses_en = page.analyses_ps
    assert texts.text("analyses", ENGLISH) == content.field_text(page, "analyses", PASHTO)
    assert content.progress(page, PASHTO, ENGLISH, texts) == content.progress(page, PASHTO, ENGLISH)


def test_panels_of_one_request_share_one_state(rf, archive, django_assert_num_queries):
    page = build_issue(archive, number=821, codes=("en", "ps"))
    request = rf.get("/")
    state = editor_state(request, page)
    assert editor_state(request, page) is state
    assert editor_state(rf.get("/"), page) is not state  # another request reads afresh
    assert editor_state(request, IssuePage.objects.get(pk=page.pk)) is not state
    with django_assert_num_queries(1):
        assert set(state.statuses) == {"ps"}  # the editor-published Pashto translation
        assert set(state.statuses) == {"ps"}
