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


def form_for(page, data):
    form_class = IssuePage.get_edit_handler().get_form_class()
    parent = page.get_parent()
    return form_class(data, instance=page, parent_page=parent, for_user=None)


def test_the_form_compares_with_its_own_page_when_nobody_saved_since(
    archive, django_assert_num_queries
):
    issue = build_issue(archive, number=822, codes=("en",))
    older = issue.latest_revision
    page = issue.get_latest_revision_as_object()
    page.title_en = "A newer draft title"
    page.save_revision()
    page = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    form = form_for(page, {"loaded_revision_id": str(page.latest_revision_id)})
    with django_assert_num_queries(0):
        assert form.base_object() is page
    # A form loaded before that draft compares with what it showed: the older revision.
    stale = form_for(page, {"loaded_revision_id": str(older.pk)})
    assert stale.base_object().title_en != "A newer draft title"
