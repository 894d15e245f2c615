"""Content that bypasses the editor cannot break an issue (issue 14, item 3).

A crafted save — contentstate that is not what Draftail sends, or rich text the editor with the
field's features never writes — is refused by the real admin edit view with a form error naming
the field, and nothing is saved. Rich text already stored with a broken link (saved before this
validation existed) renders everywhere — edit view, revisions, public page, PDF — with the link
shown as its text.
"""

from __future__ import annotations

import io
import json
import logging

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from pypdf import PdfReader
from wagtail.admin.rich_text import get_rich_text_editor_widget
from wagtail.models import Revision
from wagtail.test.utils.form_data import querydict_from_html

from csrs import languages
from issues.models import IssuePage
from issues.pdf.render import render_issue_html, render_issue_pdf
from issues.richtext.validation import RichTextValidator
from tests.factories import build_issue, language_content
from tests.foundation.admin_forms import empty_language_form_data, language_form_data

pytestmark = pytest.mark.django_db

MARKER = "Crafted paragraph marker"


def block(text: str, ranges=(), styles=(), key="k0001", kind="unstyled") -> dict:
    return {
        "key": key,
        "type": kind,
        "depth": 0,
        "text": text,
        "inlineStyleRanges": list(styles),
        "entityRanges": list(ranges),
    }


def contentstate(blocks: list[dict], entities: dict | None = None) -> str:
    return json.dumps({"blocks": blocks, "entityMap": entities or {}})


def link(data: dict) -> dict:
    return {"0": {"type": "LINK", "mutability": "MUTABLE", "data": data}}


WHOLE = [{"offset": 0, "length": len(MARKER), "key": 0}]

#: Posted in place of one paragraph's contentstate: (name, raw value, text of the error).
CRAFTED = [
    (
        "page link with a non-numeric id",
        contentstate([block(MARKER, WHOLE)], link({"id": "abc", "url": "/x/"})),
        "which is not the number of a page",
    ),
    (
        "page link id that smuggles an attribute",
        contentstate([block(MARKER, WHOLE)], link({"id": '1" onmouseover="alert(1)'})),
        "which is not the number of a page",
    ),
    (
        "page link id that is a list",
        contentstate([block(MARKER, WHOLE)], link({"id": [1, 2]})),
        "which is not the number of a page",
    ),
    (
        "javascript: link",
        contentstate([block(MARKER, WHOLE)], link({"url": "javascript:alert(1)"})),
        "a link without an allowed address",
    ),
    (
        "link with neither page nor address",
        contentstate([block(MARKER, WHOLE)], link({})),
        "could not be read",
    ),
    (
        "entity missing from the map",
        contentstate([block(MARKER, WHOLE)]),
        "could not be read",
    ),
    ("not JSON", "{blocks: [", "could not be read"),
    (
        "raw HTML instead of contentstate",
        f'<p onclick="alert(1)">{MARKER}<script>alert(1)</script></p>',
        "could not be read",
    ),
    ("a list instead of an object", "[1, 2]", "could not be read"),
    (
        "text that is not a string",
        json.dumps({"blocks": [block(12345)], "entityMap": {}}),
        "could not be read",
    ),
]


def edit_url(issue) -> str:
    return reverse("wagtailadmin_pages:edit", args=(issue.pk,))


def edit_form(admin_client, issue) -> dict:
    """The edit form as the browser posts it, with English content whose first paragraph
    carries :data:`MARKER` (so the test can find its form key)."""
    page = admin_client.get(edit_url(issue))
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="page-edit-form").dict()
    content = language_content("en", number=issue.number)
    section = content["analyses"][0]["value"]["sections"][0]
    section["body"][1]["value"] = f"<p>{MARKER}</p>"
    data.update(language_form_data("en", content))
    for lang in languages.LANGUAGES:
        if lang.code != "en":
            data.update(empty_language_form_data(lang.field_suffix))
    return data


def paragraph_key(data: dict) -> str:
    keys = [key for key, value in data.items() if isinstance(value, str) and MARKER in value]
    assert len(keys) == 1, keys
    return keys[0]


@pytest.fixture
def issue(archive):
    return build_issue(archive, number=880, codes=("en",))


def stored_state(issue) -> tuple:
    issue.refresh_from_db()
    latest = Revision.objects.filter(object_id=str(issue.pk)).order_by("-pk").first()
    return (
        Revision.objects.filter(object_id=str(issue.pk)).count(),
        latest.content if latest else None,
        json.dumps(issue.analyses_en.get_prep_value(), sort_keys=True, default=str),
    )


def test_a_genuine_draftail_save_still_goes_through(admin_client, issue):
    data = edit_form(admin_client, issue)
    response = admin_client.post(edit_url(issue), data)
    assert response.status_code == 302
    latest = IssuePage.objects.get(pk=issue.pk).get_latest_revision_as_object()
    assert MARKER in json.dumps(latest.analyses_en.get_prep_value(), default=str)


@pytest.mark.parametrize(("name", "raw", "reason"), CRAFTED, ids=[c[0] for c in CRAFTED])
def test_a_crafted_rich_text_save_is_refused_with_a_form_error(
    admin_client, issue, name, raw, reason
):
    before = stored_state(issue)
    data = edit_form(admin_client, issue)
    data[paragraph_key(data)] = raw
    response = admin_client.post(edit_url(issue), data)
    assert response.status_code == 200, name  # the form again, not a 500 or a redirect
    form = response.context["form"]
    assert "analyses_en" in form.errors, form.errors  # the field is named
    html = response.content.decode()
    assert reason in html
    assert "The page could not be saved due to validation errors" in html
    assert stored_state(issue) == before  # nothing saved: no revision, no change


def test_the_autosave_refuses_it_too(admin_client, issue):
    before = stored_state(issue)
    data = edit_form(admin_client, issue)
    data[paragraph_key(data)] = CRAFTED[0][1]
    response = admin_client.post(edit_url(issue), data, headers={"accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["error_code"] == "validation_error"
    assert stored_state(issue) == before


def test_publication_settings_refuse_crafted_about_text(admin_client, site_tree):
    from issues.models import PublicationSettings

    home = site_tree[0]
    site = home.get_site()
    url = reverse("wagtailsettings:edit", args=("issues", "publicationsettings", site.pk))
    page = admin_client.get(url)
    assert page.status_code == 200
    data = querydict_from_html(page.content.decode(), form_id="w-editor-form").dict() or {}
    if not data:
        soup = BeautifulSoup(page.content, "html.parser")
        form = soup.find("form", attrs={"method": "post"})
        data = querydict_from_html(str(form), form_id=form.get("id")).dict()
    data["about_en"] = CRAFTED[0][1].replace(MARKER, "About")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "which is not the number of a page" in response.content.decode()
    assert not (PublicationSettings.for_site(site).about_en or "")


# --- data already stored --------------------------------------------------------------------

BROKEN_LINKS = (
    '<p data-block-key="b1">Before <a linktype="page" id="abc">broken link text</a> after '
    '<a linktype="page" id="[1, 2]">second broken</a> and '
    '<a linktype="nosuchtype" id="7">unknown type</a>.</p>'
)


@pytest.fixture
def issue_with_broken_links(archive, django_capture_on_commit_callbacks):
    """A published issue whose live revision holds links stored before validation existed
    (written to the model directly, as an old crafted save left them)."""
    issue = build_issue(archive, number=881, codes=("en",), publish=False)
    analyses = language_content("en", number=881)["analyses"]
    analyses[0]["value"]["sections"][0]["body"][1]["value"] = BROKEN_LINKS
    issue.analyses_en = analyses
    issue.recommendations_en = [{"type": "recommendation", "value": BROKEN_LINKS}]
    with django_capture_on_commit_callbacks(execute=True):
        issue.save_revision(clean=False).publish()
    issue.refresh_from_db()
    return issue


def assert_link_is_text(html: str) -> None:
    soup = BeautifulSoup(html, "html.parser")
    text = soup.get_text(" ")
    assert "broken link text" in text and "second broken" in text and "unknown type" in text
    for anchor in soup.find_all("a"):
        assert anchor.get("href") is None or "abc" not in anchor["href"]


def test_a_stored_broken_link_renders_as_text_on_the_public_page(
    client, issue_with_broken_links, caplog
):
    with caplog.at_level(logging.WARNING, logger="issues.richtext"):
        response = client.get(f"/en/issues/{issue_with_broken_links.number}/")
    assert response.status_code == 200
    assert_link_is_text(response.content.decode())
    assert any("invalid id 'abc'" in record.getMessage() for record in caplog.records)


def test_the_edit_view_opens_and_shows_the_text_without_the_link(
    admin_client, issue_with_broken_links
):
    response = admin_client.get(edit_url(issue_with_broken_links))
    assert response.status_code == 200
    html = response.content.decode()
    assert "broken link text" in html
    # What the editor loads: the text without the link, so saving it as opened stores no link.
    widget = get_rich_text_editor_widget(features=["bold", "italic", "link"])
    loaded = json.loads(widget.format_value(BROKEN_LINKS))
    assert "broken link text" in loaded["blocks"][0]["text"]
    assert loaded["entityMap"] == {}
    saved = widget.value_from_datadict({"f": json.dumps(loaded)}, {}, "f")
    assert "broken link text" in saved and "<a" not in saved
    assert RichTextValidator(["bold", "italic", "link"])(saved) is None


def test_the_revisions_views_render_it(admin_client, issue_with_broken_links):
    issue = issue_with_broken_links
    revision = issue.latest_revision
    history = admin_client.get(reverse("wagtailadmin_pages:history", args=(issue.pk,)))
    assert history.status_code == 200
    view = admin_client.get(
        reverse("wagtailadmin_pages:revisions_view", args=(issue.pk, revision.pk))
    )
    assert view.status_code == 200
    assert_link_is_text(view.content.decode())
    compare = admin_client.get(
        reverse("wagtailadmin_pages:revisions_compare", args=(issue.pk, "live", revision.pk))
    )
    assert compare.status_code == 200
    preview = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=(issue.pk,)))
    assert preview.status_code == 200
    assert_link_is_text(preview.content.decode())


def test_the_pdf_renders_it(issue_with_broken_links, client):
    language = languages.get_language("en")
    html, _base = render_issue_html(issue_with_broken_links, language)
    assert_link_is_text(html)
    pdf = render_issue_pdf(issue_with_broken_links, language)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "broken link text" in text
    # The edition built when it was published is served too.
    response = client.get(f"/en/issues/{issue_with_broken_links.number}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
