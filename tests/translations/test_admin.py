"""The admin's export form and import upload: preview, confirmation, refusals."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from csrs import languages
from issues.translations import export
from issues.workflow import actions
from tests.translations.test_exchange import fill, issue, marker, snapshot  # noqa: F401


def test_export_download_for_editor_and_refusal_for_outsider(client, issue, make_user):  # noqa: F811
    client.force_login(make_user("translator", "ps"))
    page = client.get(reverse("csrs_translation_files", args=(issue.pk,)))
    assert page.status_code == 200 and b"translation-import-form" in page.content
    url = reverse("csrs_translation_export", args=(issue.pk,))
    response = client.get(url, {"language": "ps", "format": "xliff12"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="issue-77-ps.xlf"'
    from django.contrib.auth import get_user_model

    outsider = get_user_model().objects.create_user("outsider", "o@example.org", "pw")
    client.force_login(outsider)
    response = client.get(url, {"language": "ps", "format": "po"})
    assert response.status_code in (302, 403)
    assert b"msgid" not in response.content


def test_upload_preview_then_confirm_applies_and_submits(client, issue, make_user):  # noqa: F811
    translator = make_user("translator", "ps")
    client.force_login(translator)
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    before = snapshot(issue)
    response = client.post(
        reverse("csrs_translation_import", args=(issue.pk,)),
        {"language": "ps", "file": SimpleUploadedFile("issue.po", data)},
    )
    assert response.status_code == 200 and b"translation-confirm-form" in response.content
    assert snapshot(issue) == before  # the preview writes nothing
    token = response.context["token"]
    response = client.post(
        reverse("csrs_translation_import_confirm", args=(issue.pk,)), {"token": token}
    )
    assert response.status_code == 302
    assert actions.latest_content(issue).title_ps.startswith("[ps]")
    assert actions.status_for(issue, languages.PASHTO).state == "submitted"


def test_upload_errors_listed_and_nothing_written(client, issue, make_user):  # noqa: F811
    client.force_login(make_user("translator", "ps"))
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    before = snapshot(issue)
    response = client.post(
        reverse("csrs_translation_import", args=(issue.pk,)),
        {"language": "ar", "file": SimpleUploadedFile("issue.po", data)},
    )
    assert response.status_code == 400 and b"Nothing was imported" in response.content
    response = client.post(
        reverse("csrs_translation_import_confirm", args=(issue.pk,)), {"token": "forged"}
    )
    assert response.status_code == 400
    assert snapshot(issue) == before


def test_translator_of_another_language_cannot_import(client, issue, make_user):  # noqa: F811
    client.force_login(make_user("translator", "ar"))
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    before = snapshot(issue)
    response = client.post(
        reverse("csrs_translation_import", args=(issue.pk,)),
        {"language": "ps", "file": SimpleUploadedFile("issue.po", data)},
    )
    assert response.status_code == 403
    assert snapshot(issue) == before
