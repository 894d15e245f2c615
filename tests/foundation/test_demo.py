"""`manage.py load_demo`: the demo site a newcomer sees, built once and only once."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse
from wagtail.models import Page, Revision, Site
from wagtail.test.utils.form_data import querydict_from_html
from wagtail.users.models import UserProfile

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


def account_form(client) -> dict:
    """Wagtail's Account page (name, email, notifications, language …) as a browser posts it."""
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    return querydict_from_html(html, form_id="w-editor-form").dict()


def save_admin_language(client, code: str):
    form = account_form(client)
    form["locale-preferred_language"] = code
    return client.post(reverse("wagtailadmin_account"), form)


def test_the_demo_admin_saves_its_preferences_the_first_time(client):
    run_load_demo()
    admin = get_user_model().objects.get(username="admin")
    assert admin.first_name and admin.last_name
    client.force_login(admin)
    response = save_admin_language(client, "ar")
    assert response.status_code == 302
    assert UserProfile.get_for_user(admin).preferred_language == "ar"


def test_an_older_demos_nameless_admin_is_refused_until_load_demo_names_it(client):
    admin = get_user_model().objects.create_superuser(
        "admin", "admin@csrs.example.org", "csrs-demo-password"
    )
    client.force_login(admin)
    refused = save_admin_language(client, "ar")
    assert refused.status_code == 200  # the form again, its name fields required
    assert refused.context["form"].errors
    assert UserProfile.get_for_user(admin).preferred_language == ""

    assert "created   name of admin user admin" in run_load_demo()
    admin.refresh_from_db()
    assert (admin.first_name, admin.last_name) == ("Demo", "Administrator")
    assert save_admin_language(client, "ar").status_code == 302
    assert UserProfile.get_for_user(admin).preferred_language == "ar"
    assert "nothing changed" in run_load_demo()


def test_load_demo_prints_the_admin_at_the_address_it_is_served_on(settings):
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8106"
    assert "Admin: http://127.0.0.1:8106/admin/" in run_load_demo()
