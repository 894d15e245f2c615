"""The admin import: upload -> preview -> confirm over HTTP, permissions, limits, tokens."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from issues.backcatalogue.apply import apply_parsed
from issues.models import IssuePage

from .helpers import fixture_path, parsed_fixture, snapshot

UPLOAD_URL = "/admin/issues/import/"
CONFIRM_URL = "/admin/issues/import/confirm/"


def upload_file(name: str, data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data if data is not None else fixture_path(name).read_bytes())


def tokens_in(html: str) -> list[str]:
    return re.findall(r'name="token" value="([^"]+)"', html)


@pytest.fixture
def plain_admin_client(client, django_user_model, site_tree):
    """A user who may enter the admin but has no permission on pages."""
    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    return client


def test_urls_and_menu_item(admin_client, archive):
    assert reverse("backcatalogue_upload") == UPLOAD_URL
    response = admin_client.get("/admin/")
    assert UPLOAD_URL in response.content.decode()


def test_upload_preview_confirm_creates_the_draft(admin_client, archive):
    response = admin_client.get(UPLOAD_URL)
    assert response.status_code == 200
    before = snapshot()
    response = admin_client.post(
        UPLOAD_URL,
        {"files": [upload_file("ps_single_topic.txt")], "language": "detect"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    # The preview: number, week in the user's calendar (English admin: Gregorian), structure.
    assert "456" in html and "9–13 December 2024" in html
    assert "د ترانس افغان اورګاډي پټلۍ" in html
    assert 'lang="ps" dir="rtl"' in html
    assert "The language was detected as Pashto." in html
    assert "Create the draft of issue 456" in html
    assert snapshot() == before  # nothing written before the confirmation
    (token,) = tokens_in(html)
    assert default_storage.listdir("imports")[0]  # the upload waits in imports/<uuid>/
    response = admin_client.post(CONFIRM_URL, {"token": token})
    assert response.status_code == 200
    page = IssuePage.objects.get(number=456)
    assert "draft created" in response.content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in response.content.decode()
    assert not page.live and page.original_language == "ps"
    assert page.latest_revision.user.username == "editor"
    assert default_storage.listdir("imports") == ([], [])  # deleted after apply


def test_preview_is_in_the_users_admin_language(admin_client, archive, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fa-af"
    profile.save()
    response = admin_client.post(
        UPLOAD_URL, {"files": [upload_file("en_single_topic.txt")], "language": "en"}
    )
    html = response.content.decode()
    assert "۱۳ تا ۱۷ حوت ۱۴۰۲" in html  # 3–7 March 2024 in the Dari calendar
    assert "Reference 3 has no recognisable publication date." not in html
    assert "منبع ۳" in html


def test_several_files_and_a_bad_one(admin_client, archive):
    response = admin_client.post(
        UPLOAD_URL,
        {
            "files": [
                upload_file("ar_single_topic.txt"),
                upload_file("broken.pdf", b"%PDF-1.4 not a real pdf"),
                upload_file("fa_af_two_topics.txt"),
            ],
            "language": "detect",
        },
    )
    html = response.content.decode()
    assert "could not be read as a PDF" in html
    tokens = tokens_in(html)
    assert len(tokens) == 2
    admin_client.post(CONFIRM_URL, {"token": tokens})
    assert set(IssuePage.objects.values_list("number", flat=True)) == {457, 458}


def test_second_language_upload_updates_the_existing_issue(admin_client, archive):
    apply_parsed(parsed_fixture("en_single_topic.txt"))
    pashto = fixture_path("ps_single_topic.txt").read_text().replace("۴۵۶", "۳۱۲").encode()
    response = admin_client.post(
        UPLOAD_URL, {"files": [upload_file("ps_312.txt", pashto)], "language": "ps"}
    )
    html = response.content.decode()
    assert "Update the draft of issue 312 (پښتو text)" in html
    admin_client.post(CONFIRM_URL, {"token": tokens_in(html)})
    assert IssuePage.objects.filter(number=312).count() == 1
    draft = IssuePage.objects.get(number=312).get_latest_revision_as_object()
    assert draft.title_ps and draft.title_en


def test_tampered_token_is_rejected_and_nothing_written(admin_client, archive):
    response = admin_client.post(
        UPLOAD_URL, {"files": [upload_file("ar_single_topic.txt")], "language": "ar"}
    )
    (token,) = tokens_in(response.content.decode())
    before = snapshot()
    payload, _, signature = token.partition(":")
    for bad in (token[:-2] + "xx", "imports/../../etc/passwd", ""):
        response = admin_client.post(CONFIRM_URL, {"token": bad})
        assert response.status_code == 400
    assert snapshot() == before
    # A correctly signed token for a path outside imports/ is refused too.
    from django.core import signing

    from issues.backcatalogue.uploads import TOKEN_SALT

    forged = signing.dumps(
        {"path": "imports/../secret.txt", "filename": "x.txt", "language": ""}, salt=TOKEN_SALT
    )
    assert admin_client.post(CONFIRM_URL, {"token": forged}).status_code == 400
    assert snapshot() == before


def test_limits_type_and_size_are_clear_errors(admin_client, archive, settings):
    response = admin_client.post(
        UPLOAD_URL, {"files": [upload_file("issue.exe", b"MZ....")], "language": "detect"}
    )
    assert response.status_code == 400
    assert "is not a PDF, Word (.docx) or text (.txt) file" in response.content.decode()
    big = b"a" * (20 * 1024 * 1024 + 1)
    response = admin_client.post(
        UPLOAD_URL, {"files": [upload_file("big.txt", big)], "language": "detect"}
    )
    assert response.status_code == 400
    assert "too large: at most 20 MB" in response.content.decode()
    assert not default_storage.exists("imports")


def test_plain_user_gets_403(plain_admin_client, archive):
    assert plain_admin_client.get(UPLOAD_URL).status_code == 403
    response = plain_admin_client.post(
        UPLOAD_URL, {"files": [upload_file("ar_single_topic.txt")], "language": "ar"}
    )
    assert response.status_code == 403
    assert plain_admin_client.post(CONFIRM_URL, {"token": "x"}).status_code == 403
    assert UPLOAD_URL not in plain_admin_client.get("/admin/").content.decode()
    assert not IssuePage.objects.exists()


def test_anonymous_user_is_sent_to_login(client, archive):
    response = client.get(UPLOAD_URL)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_unplaced_text_is_in_the_admin_form_but_not_on_the_public_page(
    admin_client, client, archive
):
    parsed = parsed_fixture("en_wrapped_old_style.txt")
    unplaced = parsed.unplaced[0]
    page = apply_parsed(parsed, publish=True).page
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    assert unplaced in edit.content.decode()
    assert "Unplaced text (not published)" in edit.content.decode()
    public = client.get(f"/en/issues/{page.number}/")
    assert public.status_code == 200
    assert unplaced not in public.content.decode()
    assert parsed.analyses[1].title in public.content.decode()


def test_previews_never_confirmed_are_purged_after_a_day(archive):
    import datetime

    from django.utils import timezone

    from issues.backcatalogue.uploads import purge_expired_uploads, store_upload

    upload, _token = store_upload(b"text", "old.txt", "")
    assert purge_expired_uploads() == 0 and default_storage.exists(upload.path)
    later = timezone.now() + datetime.timedelta(days=2)
    assert purge_expired_uploads(now=later) == 1
    assert not default_storage.exists(upload.path)
