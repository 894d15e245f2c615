"""``manage.py import_issues``: summary, JSON dry run, folders, failures and exit codes."""

from __future__ import annotations

import io
import json
import shutil

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from issues.models import IssuePage

from .helpers import fixture_path, seeds_folder, snapshot


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_issues", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_dry_run_json_prints_the_structure_and_writes_nothing(archive):
    before = snapshot()
    out, err = run(str(fixture_path("ps_single_topic.txt")), "--dry-run", "--json")
    data = json.loads(out)
    assert len(data) == 1 and data[0]["result"] == "parsed"
    issue = data[0]["issue"]
    assert issue["number"] == 456 and issue["language"] == "ps"
    assert issue["week_start"] == "2024-12-09"
    assert len(issue["references"]) == 2 and issue["counts"]["sections"] == 2
    assert "1/1" in err  # the progress bar, on stderr
    assert snapshot() == before


def test_import_writes_drafts_and_prints_a_summary_table(archive):
    out, _ = run(str(fixture_path("en_single_topic.txt")), "--language", "en")
    header = out.splitlines()[0].split()
    assert header[:4] == ["File", "Issue", "Language", "Sections"]
    row = next(line for line in out.splitlines() if "en_single_topic.txt" in line)
    assert row.split()[1:8] == ["312", "en", "2", "3", "3", "1", "created"]
    assert "Reference 3 has no recognisable publication date." in out
    page = IssuePage.objects.get(number=312)
    assert not page.live
    out, _ = run(str(fixture_path("en_single_topic.txt")), "--language", "en")
    assert "unchanged" in out
    assert IssuePage.objects.filter(number=312).count() == 1


def test_a_folder_is_imported_and_a_bad_file_does_not_stop_the_batch(archive, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(fixture_path("ar_single_topic.txt"), folder / "a_ar.txt")
    (folder / "b_broken.pdf").write_bytes(b"%PDF-1.4 this is not really a PDF")
    shutil.copy(fixture_path("ps_single_topic.txt"), folder / "c_ps.txt")
    (folder / "notes.md").write_text("ignored: not an importable type")
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_issues", str(folder), stdout=out, stderr=err)
    assert error.value.returncode == 1
    assert "1 of 3 files could not be imported" in str(error.value)
    text = out.getvalue()
    assert "b_broken.pdf" in text and "failed" in text
    assert "could not be read as a PDF" in text  # the reason, not a traceback
    assert "notes.md" not in text
    assert set(IssuePage.objects.values_list("number", flat=True)) == {456, 458}


def test_publish_sets_the_first_published_date(archive):
    run(str(fixture_path("ar_single_topic.txt")), "--publish")
    page = IssuePage.objects.get(number=458)
    assert page.live and page.first_published_at.date().isoformat() == "2024-12-27"


def test_messages_follow_the_interface_language(archive):
    out, _ = run(
        str(fixture_path("en_single_topic.txt")), "--dry-run", "--interface-language", "fa-af"
    )
    assert "منابع" in out.splitlines()[0]  # "References" column, in Dari
    assert "منبع ۳ تاریخ نشر قابل تشخیصی ندارد." in out
    assert "Reference 3 has no" not in out


def test_missing_file_fails_with_its_reason(db):
    with pytest.raises(CommandError) as error:
        run("/nonexistent/issue.txt", "--dry-run")
    assert error.value.returncode == 1


def test_seed_dry_run_finds_issue_455_and_five_references(db):
    seeds = seeds_folder()
    if seeds is None:
        pytest.skip("the seed folder ../shared/seeds is absent")
    out, _ = run(str(seeds), "--dry-run", "--json")
    issue = json.loads(out)[0]["issue"]
    assert issue["number"] == 455
    assert issue["week_start"] == "2024-12-02" and issue["week_end"] == "2024-12-06"
    assert len(issue["references"]) == 5
    assert len(issue["recommendations"]) == 5
