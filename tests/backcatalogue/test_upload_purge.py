"""Uploaded preview files do not outlive their use, nor a day (issue 14, item 8).

Back-catalogue and translation previews keep the uploaded file under ``imports/`` until the
confirmation, which deletes it whatever the outcome; files of previews nobody confirmed are
deleted by the next upload, and by ``manage.py purge_import_uploads`` (daily, from cron).
"""

from __future__ import annotations

import io
import os
import time

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from csrs import languages
from issues.backcatalogue.uploads import UPLOAD_FOLDER, store_upload
from issues.translations import export
from issues.workflow import actions
from tests.backcatalogue.helpers import fixture_path
from tests.translations.test_exchange import _superuser, fill, issue, marker  # noqa: F401
from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401

UPLOAD_URL = reverse("backcatalogue_upload")
CONFIRM_URL = reverse("backcatalogue_confirm")
DAY = 24 * 60 * 60


def stored_files() -> list[str]:
    if not default_storage.exists(UPLOAD_FOLDER):
        return []
    files = []
    for folder in default_storage.listdir(UPLOAD_FOLDER)[0]:
        files += [
            f"{folder}/{name}" for name in default_storage.listdir(f"{UPLOAD_FOLDER}/{folder}")[1]
        ]
    return files


def age(path: str, seconds: float) -> None:
    """Make a stored upload ``seconds`` old (the file storage reads the file's mtime)."""
    then = time.time() - seconds
    os.utime(default_storage.path(path), (then, then))


def preview(admin_client, name: str = "en_single_topic.txt") -> str:
    data = fixture_path(name).read_bytes()
    response = admin_client.post(
        UPLOAD_URL, {"files": [SimpleUploadedFile(name, data)], "language": "en"}
    )
    assert response.status_code == 200
    return response.context["previews"][0].token


@pytest.mark.django_db
def test_a_confirmed_back_catalogue_preview_leaves_no_file(admin_client, archive):
    token = preview(admin_client)
    assert len(stored_files()) == 1
    assert admin_client.post(CONFIRM_URL, {"token": token}).status_code == 200
    assert stored_files() == []


@pytest.mark.django_db
def test_an_unconfirmed_preview_is_purged_by_the_next_upload_after_a_day(admin_client, archive):
    old, _ = store_upload(b"old preview", "old.txt", "")
    fresh, _ = store_upload(b"recent preview", "fresh.txt", "")
    age(old.path, DAY + 60)
    age(fresh.path, DAY - 3600)
    preview(admin_client)
    assert not default_storage.exists(old.path)
    assert default_storage.exists(fresh.path)


@pytest.mark.django_db
def test_the_purge_command_deletes_what_is_older_than_a_day(archive):
    old, _ = store_upload(b"old preview", "old.txt", "")
    fresh, _ = store_upload(b"recent preview", "fresh.txt", "")
    age(old.path, DAY + 60)
    out = io.StringIO()
    call_command("purge_import_uploads", stdout=out)
    assert "Deleted 1 uploaded file(s) older than 24 hours." in out.getvalue()
    assert not default_storage.exists(old.path) and default_storage.exists(fresh.path)
    assert len(stored_files()) == 1  # the empty folder of the old one went too
    assert len(default_storage.listdir(UPLOAD_FOLDER)[0]) == 1


@pytest.mark.django_db
def test_a_translation_preview_file_is_deleted_after_its_confirmation_fails_too(
    client,
    issue,  # noqa: F811
    make_user,  # noqa: F811
):
    translator = make_user("translator", "ps")
    client.force_login(translator)
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    url = reverse("csrs_translation_import", args=(issue.pk,))
    response = client.post(url, {"language": "ps", "file": SimpleUploadedFile("i.po", data)})
    assert response.status_code == 200 and len(stored_files()) == 1
    token = response.context["token"]
    # The English text loses its analyses between preview and confirmation: the file's
    # units no longer exist, and the confirmation is refused.
    actions.apply_language_fields(issue, languages.ENGLISH, {"analyses": []}, _superuser())
    confirm = reverse("csrs_translation_import_confirm", args=(issue.pk,))
    response = client.post(confirm, {"token": token})
    assert response.status_code == 400 and b"no such unit" in response.content
    assert stored_files() == []


@pytest.mark.django_db
def test_a_translation_upload_purges_expired_previews(client, issue, make_user):  # noqa: F811
    old, _ = store_upload(b"old", "old.po", "ps")
    age(old.path, DAY + 60)
    client.force_login(make_user("translator", "ps"))
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    url = reverse("csrs_translation_import", args=(issue.pk,))
    client.post(url, {"language": "ps", "file": SimpleUploadedFile("i.po", data)})
    assert not default_storage.exists(old.path)
