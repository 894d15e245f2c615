"""The editor's preview panel: every language, framed by the admin, with the site's own links.

Previews are public templates rendered from a dummy request whose path is the public URL: they
get the public Content-Security-Policy except ``frame-ancestors 'self'``; public pages keep
``frame-ancestors 'none'``.
"""

from __future__ import annotations

import datetime
import re

import pytest
from django.urls import reverse
from django.utils.html import strip_tags

from csrs import languages
from csrs.middleware import preview_policy
from issues.models import IssuePage
from tests.factories import build_issue
from tests.workflow.conftest import edit_form

HOST = "csrs.example"


@pytest.fixture
def issue(archive):
    return build_issue(
        archive, number=455, codes=("en", "ps"), week_start=datetime.date(2024, 12, 2)
    )


def frame_ancestors(response) -> str:
    policy = response["Content-Security-Policy"]
    return re.search(r"frame-ancestors ([^;]+)", policy).group(1).strip()


def preview(client, issue, mode: str, **extra):
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(issue.pk,))
    return client.get(url, {"mode": mode}, **extra)


@pytest.fixture
def editor_previewing(client, make_user, issue):
    """An editor with the issue's edit form (English and Pashto text) posted for preview."""
    client.force_login(make_user("editor"))
    data = edit_form(client, issue, ("en", "ps"))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(issue.pk,))
    answer = client.post(url, data, HTTP_HOST=HOST)
    assert answer.json()["is_valid"], answer.content
    return client


def test_a_preview_may_be_framed_by_the_admin_and_a_public_page_may_not(editor_previewing, issue):
    response = preview(editor_previewing, issue, "ps", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert frame_ancestors(response) == "'self'"
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    # Otherwise the public policy: no inline scripts in a preview either.
    assert "script-src 'self';" in response["Content-Security-Policy"] + ";"
    assert "unsafe-inline" not in response["Content-Security-Policy"]
    public = editor_previewing.get(f"/en/issues/{issue.number}/")
    assert public.status_code == 200
    assert frame_ancestors(public) == "'none'"
    anonymous = type(editor_previewing)().get(f"/ps/issues/{issue.number}/")
    assert frame_ancestors(anonymous) == "'none'"


@pytest.mark.parametrize(
    ("mode", "week"),
    [
        ("en", "2–6 December 2024"),
        ("ps", "له ۱۲ تر ۱۶ لیندۍ ۱۴۰۳"),
        ("fa-af", "۱۲ تا ۱۶ قوس ۱۴۰۳"),  # no Dari text: the notice, with the masthead
        ("ar", "٢–٦ ديسمبر ٢٠٢٤"),
    ],
)
def test_every_language_previews_in_its_direction_calendar_and_digits(
    editor_previewing, issue, mode, week
):
    language = languages.get_language(mode)
    html = preview(editor_previewing, issue, mode, HTTP_HOST=HOST).content.decode()
    assert f'<html lang="{language.code}" dir="{language.direction}"' in html
    masthead = strip_tags(re.search(r'class="masthead__week">(.+?)</p>', html, re.S).group(1))
    assert " ".join(masthead.replace("\u2068", "").replace("\u2069", "").split()) == week


def test_a_language_without_text_previews_a_not_translated_notice(editor_previewing, issue):
    html = preview(editor_previewing, issue, "fa-af", HTTP_HOST=HOST).content.decode()
    assert '<html lang="fa-af" dir="rtl"' in html
    assert 'data-preview-untranslated="fa-af"' in html
    assert "هنوز ترجمه نشده" in html  # "Not translated yet", in Dari
    assert "دری" in html
    assert "Analysis #455" not in html  # not the English title in a right-to-left frame
    assert "۴۵۵" in html  # the issue's number in Dari digits
    arabic = preview(editor_previewing, issue, "ar", HTTP_HOST=HOST).content.decode()
    assert "لم تُترجم بعد" in arabic
    # A language with text shows the issue, not the notice.
    pashto = preview(editor_previewing, issue, "ps", HTTP_HOST=HOST).content.decode()
    assert "data-preview-untranslated" not in pashto
    assert "شننه #455" in pashto


def test_links_inside_a_preview_use_the_host_the_editor_uses(editor_previewing, issue):
    html = preview(editor_previewing, issue, "en", HTTP_HOST=HOST).content.decode()
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert canonical == f"http://{HOST}/en/issues/{issue.number}/"
    assert "://localhost" not in html
    secure = preview(
        editor_previewing, issue, "en", HTTP_HOST=HOST, **{"wsgi.url_scheme": "https"}
    ).content.decode()
    assert f'<link rel="canonical" href="https://{HOST}/en/issues/{issue.number}/"' in secure


def test_preview_under_production_security_settings(settings, editor_previewing, issue):
    """HTTPS behind a proxy, ALLOWED_HOSTS set, X-Frame-Options DENY: as production.py has it."""
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [HOST]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.X_FRAME_OPTIONS = "DENY"
    headers = {"HTTP_HOST": HOST, "HTTP_X_FORWARDED_PROTO": "https"}
    for language in languages.LANGUAGES:
        response = preview(editor_previewing, issue, language.code, **headers)
        assert response.status_code == 200, (language.code, response.status_code)
        assert frame_ancestors(response) == "'self'"
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        html = response.content.decode()
        assert f'<html lang="{language.code}"' in html
        assert "://localhost" not in html
    public = editor_previewing.get(f"/en/issues/{issue.number}/", **headers)
    assert public.status_code == 200
    assert frame_ancestors(public) == "'none'"
    assert public["X-Frame-Options"] == "DENY"


def test_the_preview_policy_is_the_public_one_framed_by_self(settings):
    public = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    policy = preview_policy()
    assert policy["frame-ancestors"] == ["'self'"]
    assert {k: v for k, v in policy.items() if k != "frame-ancestors"} == {
        k: v for k, v in public.items() if k != "frame-ancestors"
    }
    assert public["frame-ancestors"] == ["'none'"]  # unchanged


def test_the_dummy_request_seam_is_still_called_by_wagtail(rf, issue):
    """LanguagePreviewMixin relies on Wagtail's private ``_get_dummy_headers``."""
    page = IssuePage.objects.get(pk=issue.pk)
    original = rf.get("/admin/", HTTP_HOST=HOST)
    response = page.make_preview_request(original, "en")
    assert response.status_code == 200
    assert f"http://{HOST}/en/issues/{issue.number}/" in response.content.decode()
