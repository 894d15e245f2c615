"""Several issues at once: one package for a language, imported issue by issue."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.urls import reverse

from csrs import languages
from issues.models import TranslationStatus
from issues.translations import export
from issues.workflow import actions
from tests.factories import build_issue
from tests.translations.test_exchange import fill, marker

pytestmark = pytest.mark.django_db

PS = languages.BY_CODE["ps"]
URL = "/admin/translation-files/batch/"


def package(files: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    buffer.seek(0)
    buffer.name = "package.zip"
    return buffer


def test_the_batch_page_is_registered_under_its_name():
    assert reverse("csrs_translation_batch") == URL


def test_a_translator_downloads_one_package_into_their_own_language(client, archive, make_user):
    first = build_issue(archive, number=770, codes=("en",))
    second = build_issue(archive, number=771, codes=("en",))
    client.force_login(make_user("translator", "ps"))
    page = client.get(URL).content.decode()
    assert '<option value="ps" selected>' in page  # the default target: their language
    response = client.get(URL, {"issues": [first.pk, second.pk], "language": "ps", "format": "po"})
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert sorted(names) == ["issue-770-ps.po", "issue-771-ps.po"]


def test_export_never_goes_from_an_issues_original_into_itself(client, archive, make_user):
    english = build_issue(archive, number=772, codes=("en",))
    client.force_login(make_user("editor"))
    response = client.get(URL, {"issues": [english.pk], "language": "en", "format": "po"})
    assert response.status_code == 400
    assert "#772" in response.content.decode()
    assert response["Content-Type"].startswith("text/html")


def test_import_applies_each_issue_whole_or_not_at_all_with_one_report(client, archive, make_user):
    good = build_issue(archive, number=773, codes=("en",))
    bad = build_issue(archive, number=774, codes=("en",))
    translated = fill(export.export_issue(good, PS, "po"), "po", marker("ps"))
    broken = fill(export.export_issue(bad, PS, "po"), "po", marker("ps"))
    assert b'msgctxt "standfirst"' in broken
    broken = broken.replace(b'msgctxt "standfirst"', b'msgctxt "no/such/unit"')  # refused whole
    translator = make_user("translator", "ps")
    client.force_login(translator)
    response = client.post(
        URL,
        {
            "language": "ps",
            "package": package({"issue-773-ps.po": translated, "issue-774-ps.po": broken}),
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('data-outcome="applied"') == 1 and html.count('data-outcome="refused"') == 1
    assert actions.latest_content(good).title_ps.startswith("[ps]")
    assert TranslationStatus.objects.get(issue=good, language="ps").state == "submitted"
    assert not actions.latest_content(bad).title_ps  # nothing of the refused issue
    assert not TranslationStatus.objects.filter(issue=bad, language="ps").exists()


def test_a_package_that_is_not_a_zip_is_refused_with_a_message(client, archive, make_user):
    client.force_login(make_user("translator", "ps"))
    not_zip = io.BytesIO(b"plain text")
    not_zip.name = "package.zip"
    response = client.post(URL, {"language": "ps", "package": not_zip})
    assert response.status_code == 400
    assert "not a zip package" in response.content.decode()


def test_people_outside_the_workflow_get_nothing(client, archive, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", "r@example.org", "pw"))
    assert client.get(URL).status_code in (302, 403)
