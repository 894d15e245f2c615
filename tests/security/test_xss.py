"""XSS payloads in every translated field, in all four languages, render as inert text.

Public pages carry no script of their own but the newsletter form's one file, so any other
<script>, event-handler attribute, frame or javascript: URL in the output would be the
payload's. The page must also show each field's marker: otherwise a field that silently stopped
rendering would make the test pass for nothing.
"""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import URLBlock

from csrs import languages
from tests.security.payloads import MARKERS, PAYLOAD_GROUPS, build_hostile_issues

DANGEROUS_TAGS = {"script", "iframe", "frame", "object", "embed", "svg", "math", "base", "form"}


# The site's own markup that may use those tags: its search and filter forms (GET, to a site
# path), the newsletter's subscribe form (POST to its own address) with its one script file from
# the site's static files, and its JSON-LD data block (not executable; it must parse as JSON).
OWN_FORM_CLASSES = {"site-search", "search-form", "archive-filters"}
NEWSLETTER_ACTION = re.compile(r"^/(en|ps|fa-af|ar)/newsletter/subscribe/$")
NEWSLETTER_SCRIPT = re.compile(r"^/static/js/newsletter-subscribe(\.[0-9a-f]{12})?\.js$")


def is_own_markup(tag) -> bool:
    if tag.name == "form":
        if "newsletter-form" in tag.get("class", []):
            return tag.get("method", "").lower() == "post" and bool(
                NEWSLETTER_ACTION.match(tag.get("action", ""))
            )
        return (
            bool(OWN_FORM_CLASSES & set(tag.get("class", [])))
            and tag.get("method", "").lower() == "get"
        )
    if tag.name == "script" and tag.get("type") == "application/ld+json":
        json.loads(tag.string or "")  # raises if a payload broke out of the data block
        return True
    if tag.name == "script" and not (tag.string or "").strip():
        return bool(NEWSLETTER_SCRIPT.match(tag.get("src", "")))
    return False


def assert_inert(html: str) -> BeautifulSoup:
    soup = BeautifulSoup(html, "html.parser")
    found = sorted({t.name for t in soup.find_all(DANGEROUS_TAGS) if not is_own_markup(t)})
    assert not found, f"live markup from a payload: {found}"
    for tag in soup.find_all(True):
        handlers = [name for name in tag.attrs if name.lower().startswith("on")]
        assert not handlers, f"<{tag.name}> got event handlers {handlers}"
        for name in ("href", "src", "action", "formaction"):
            value = str(tag.get(name, "")).strip().lower()
            assert not value.startswith("javascript:"), f"<{tag.name} {name}={value!r}>"
    assert "onerror=" not in html.replace("onerror=alert", "")  # only inside escaped text
    return soup


@pytest.fixture
def hostile_issues(archive):
    return build_hostile_issues(archive)


@pytest.mark.django_db
@pytest.mark.parametrize("code", languages.CODES)
def test_issue_page_renders_every_payload_as_text(client, hostile_issues, code):
    for issue, payloads in zip(hostile_issues, PAYLOAD_GROUPS, strict=True):
        response = client.get(f"/{code}/issues/{issue.number}/")
        assert response.status_code == 200
        html = response.content.decode()
        soup = assert_inert(html)
        text = soup.get_text()
        for marker in MARKERS:
            assert f"[{marker}-{code}]" in text, f"field {marker} did not render"
        for payload in payloads:
            assert payload in text, f"{payload!r} is not shown as text"
        # Nothing reached the <head> either: <title> and the meta description are text.
        assert soup.title.get_text().startswith(f"[title-{code}]")


@pytest.mark.django_db
@pytest.mark.parametrize("code", languages.CODES)
def test_home_and_archive_list_the_issues_inertly(client, hostile_issues, code):
    for path in (f"/{code}/", f"/{code}/issues/"):
        response = client.get(path)
        assert response.status_code == 200
        soup = assert_inert(response.content.decode())
        assert f"[title-{code}]" in soup.get_text()


@pytest.mark.django_db
def test_preview_in_the_admin_is_inert_too(admin_client, hostile_issues):
    response = admin_client.get(f"/admin/pages/{hostile_issues[0].pk}/view_draft/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    article = soup.find("article")
    assert article is not None
    assert_inert(str(article))


def test_the_editor_refuses_javascript_urls_in_references():
    block = URLBlock()
    for url in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>"):
        with pytest.raises(ValidationError):
            block.clean(url)
    assert block.clean("https://example.org/a?b=c") == "https://example.org/a?b=c"
