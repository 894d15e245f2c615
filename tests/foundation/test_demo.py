"""`manage.py load_demo`: the demo site a newcomer sees, built once and only once."""

import io

import pytest
from django.core.management import call_command
from django.http import HttpRequest
from wagtail.models import Page, Revision, Site

from csrs import languages
from issues.demo import content
from issues.models import IssuePage, PublicationSettings, Topic

pytestmark = pytest.mark.django_db


def run_load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "topics": Topic.objects.count(),
        "sites": Site.objects.count(),
        "settings": PublicationSettings.objects.count(),
    }


def test_load_demo_builds_the_site_and_prints_credentials(client):
    output = run_load_demo()
    assert "user: admin" in output and "password: " in output
    issues = IssuePage.objects.live().order_by("number")
    assert [i.number for i in issues] == [item["number"] for item in content.ISSUES]
    for issue in issues:
        assert [lang.code for lang in issue.languages] == list(languages.CODES)
    assert any(len(issue.analyses_en) >= 2 for issue in issues)
    for code in languages.CODES:
        assert client.get(f"/{code}/").status_code == 200
        for issue in issues:
            assert client.get(f"/{code}/issues/{issue.number}/").status_code == 200
    # django-axes needs the request a login comes with.
    assert client.login(request=HttpRequest(), username="admin", password="csrs-demo-password")


def test_load_demo_twice_changes_nothing():
    run_load_demo()
    before = snapshot()
    output = run_load_demo()
    assert snapshot() == before
    assert "nothing changed" in output


def test_demo_issue_has_every_kind_of_block():
    run_load_demo()
    issue = IssuePage.objects.get(number=560)
    kinds = {
        block.block_type
        for analysis in issue.analyses_ps
        for section in analysis.value["sections"]
        for block in section["body"]
    }
    assert {"subheading", "paragraph", "quotation", "bulleted_list", "numbered_list"} <= kinds
    assert len(issue.recommendations_ar) >= 3 and len(issue.references_fa_af) >= 3


def test_demo_text_is_not_the_seed_issue():
    """The seed's sentences belong to CSRS: the demo is written fresh."""
    from pathlib import Path

    seed_dir = Path(__file__).resolve().parents[3] / "shared" / "seeds"
    if not seed_dir.exists():
        pytest.skip("../shared/seeds/ is not beside the repository")
    seed = " ".join(p.read_text() for p in seed_dir.glob("*.txt"))
    seed_sentences = {s.strip() for s in seed.split(".") if len(s.strip()) > 60}
    demo = Path(content.__file__).read_text()
    assert not [s for s in seed_sentences if s in demo]
