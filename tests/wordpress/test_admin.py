"""The admin WordPress import: upload or server file -> dry run -> confirm; editors only."""

from __future__ import annotations

import re
import shutil

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from csrs import languages
from issues.models import IssuePage, WordPressPost
from issues.workflow import roles
from tests.backcatalogue.helpers import snapshot

from .helpers import export

pytestmark = pytest.mark.django_db
URL = "/admin/issues/import/wordpress/"


def hidden(html: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', html).group(1)


def upload(name: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(f"{name}.xml", export(name).read_bytes(), "text/xml")


def test_editor_uploads_sees_the_dry_run_then_confirms(admin_client, archive):
    before = snapshot()
    response = admin_client.post(URL, {"language": "en", "export": upload("english")})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Border markets reopen" in html and "would_import" in html
    assert "status:draft" in html and "no_number" in html
    assert snapshot() == before  # the preview wrote nothing
    done = admin_client.post(URL, {"confirm": "1", "token": hidden(html, "token")})
    assert done.status_code == 200 and 'id="wordpress-done"' in done.content.decode()
    assert IssuePage.objects.filter(number=301).exists()
    assert WordPressPost.objects.filter(language="en").count() == 2


def test_a_file_on_the_server_can_be_imported(admin_client, archive, settings, tmp_path):
    settings.WORDPRESS_IMPORT_DIR = str(tmp_path)
    shutil.copy(export("arabic"), tmp_path / "ar-site.xml")
    form = admin_client.get(URL).content.decode()
    assert "ar-site.xml" in form
    response = admin_client.post(URL, {"language": "ar", "server_file": "ar-site.xml"})
    html = response.content.decode()
    assert "أنهار بلا اتفاقية" in html
    admin_client.post(URL, {"confirm": "1", "server": hidden(html, "server")})
    assert IssuePage.objects.get(number=301).get_latest_revision_as_object().analyses_ar


def test_a_file_outside_the_import_folder_cannot_be_named(
    admin_client, archive, settings, tmp_path
):
    settings.WORDPRESS_IMPORT_DIR = str(tmp_path)
    response = admin_client.post(URL, {"language": "en", "server_file": "../../etc/passwd"})
    assert response.status_code == 400
    tampered = admin_client.post(URL, {"confirm": "1", "server": "x:y:z"})
    assert tampered.status_code == 400
    assert not IssuePage.objects.exists()


def test_a_bad_export_is_reported_and_cannot_be_confirmed(admin_client, archive):
    bad = SimpleUploadedFile("page.xml", b"<html><body>a web page</body></html>")
    response = admin_client.post(URL, {"language": "en", "export": bad})
    html = response.content.decode()
    assert 'id="wordpress-error"' in html and "not a WordPress export" in html
    assert "wordpress-confirm-form" not in html


@pytest.mark.parametrize("code", languages.CODES)
def test_translators_cannot_preview_or_import(client, django_user_model, archive, code):
    roles.create_groups()
    user = django_user_model.objects.create_user(f"t-{code}", "t@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(
        Group.objects.get(name=roles.translator_group_name(languages.get_language(code)))
    )
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"language": code, "export": upload("english")}).status_code == 403
    assert client.post(URL, {"confirm": "1", "token": "x"}).status_code == 403
    assert not IssuePage.objects.exists()
