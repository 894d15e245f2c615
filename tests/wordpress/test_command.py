"""``manage.py import_wordpress``: report, JSON, progress bar, exit codes, --redirects-only."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from issues.models import IssuePage, LegacyRedirect, Topic

from .helpers import export

pytestmark = pytest.mark.django_db


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_wordpress", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def topics_file(tmp_path, archive):
    Topic.objects.create(slug="water", name="Water")
    path = tmp_path / "topics.json"
    path.write_text(json.dumps({"Water": "water"}), encoding="utf-8")
    return path


def test_dry_run_prints_each_post_and_the_unmapped_tags(topics_file):
    out, err = run(export("english"), "--language", "en", "--dry-run", "--topics", topics_file)
    assert "#1550 'Weekly Analysis No. 301 (part two): Border markets reopen': would_import" in out
    assert "-> issue 301 (en), analysis 2" in out
    assert "#1560" in out and "[status:draft]" in out
    assert "[no_number]" in out
    assert "post_tag:border-trade: 1 post(s)" in out and "category:economy" in out
    assert "8/8 items" in err  # the progress bar
    assert not IssuePage.objects.exists()


def test_json_report_for_scripts(archive):
    out, _ = run(export("english"), "--language", "en", "--json")
    data = json.loads(out)
    assert data["counts"] == {"imported": 2, "skipped": 4}
    assert data["issues"] == {"created": [301]}
    assert {p["post_id"]: p["analysis"] for p in data["posts"] if p["number"]} == {1546: 1, 1550: 2}


def test_a_bad_file_fails_the_command_with_its_reason(archive, tmp_path):
    path = tmp_path / "page.xml"
    path.write_text("<html><body>saved page</body></html>", encoding="utf-8")
    with pytest.raises(CommandError, match="not a WordPress export"):
        run(path, "--language", "en")
    assert not IssuePage.objects.exists()


def test_redirects_only_rebuilds_the_languages_redirects(topics_file):
    run(export("english"), "--language", "en", "--topics", topics_file)
    count = LegacyRedirect.objects.count()
    assert count > 0
    LegacyRedirect.objects.all().delete()
    out, _ = run(export("english"), "--language", "en", "--redirects-only", "--topics", topics_file)
    assert LegacyRedirect.objects.count() == count
    assert f"Redirects added: {count}" in out
    assert LegacyRedirect.objects.filter(old_key="?tag=water", topic_slug="water").exists()
