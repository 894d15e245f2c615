"""Two-step sign-in is compulsory for editors and superusers in production, unless switched off.

``TWO_FACTOR_REQUIRED_FOR_EDITORS`` (production: ``CSRS_REQUIRE_TWO_STEP_FOR_EDITORS``, default
true) sends an editor or superuser without an authenticator app to the set-up page before any
admin page; translators and reviewers keep the choice.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django_otp.plugins.otp_totp.models import TOTPDevice

from issues.workflow import roles
from tests.deployment.test_production_settings import production_env, settings_of
from tests.two_factor.test_two_step_sign_in import current_code

SETUP = "/admin/two-step/"
VERIFY = "/admin/two-step/verify/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def people(db, django_user_model):
    roles.create_groups()
    editor = django_user_model.objects.create_user("ed", "ed@example.org", PASSWORD)
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    superuser = django_user_model.objects.create_superuser("su", "su@example.org", PASSWORD)
    translator = django_user_model.objects.create_user("tr", "tr@example.org", PASSWORD)
    translator.groups.add(Group.objects.get(name="Translators: Pashto"))
    return {"editor": editor, "superuser": superuser, "translator": translator}


def sign_in(client, username):
    response = client.post("/admin/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302
    return client.get("/admin/")


@pytest.mark.parametrize("who", ["ed", "su"])
def test_editors_and_superusers_must_set_up_two_step_sign_in(client, people, settings, who):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    response = sign_in(client, who)
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)
    # Every admin door is closed until then, the bulk actions too.
    bulk = client.post("/admin/bulk/wagtailcore/page/delete/?id=1")
    assert bulk.status_code == 302 and bulk["Location"].startswith(SETUP)

    client.get(SETUP)
    user = people["editor"] if who == "ed" else people["superuser"]
    pending = TOTPDevice.objects.get(user=user, confirmed=False)
    client.post(SETUP, {"otp_token": current_code(pending)})
    assert client.get("/admin/").status_code == 200


def test_an_editor_with_a_device_is_asked_for_the_code(client, people, settings):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    TOTPDevice.objects.create(user=people["editor"], name="phone", confirmed=True)
    response = sign_in(client, "ed")
    assert response["Location"].startswith(VERIFY)


def test_translators_are_not_forced(client, people, settings):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = True
    assert sign_in(client, "tr").status_code == 200


def test_with_the_setting_off_editors_sign_in_with_the_password(client, people, settings):
    settings.TWO_FACTOR_REQUIRED_FOR_EDITORS = False
    assert sign_in(client, "ed").status_code == 200
    client.logout()
    assert sign_in(client, "su").status_code == 200


def test_production_requires_it_unless_the_variable_says_false():
    required = settings_of(production_env(), "TWO_FACTOR_REQUIRED_FOR_EDITORS")
    assert required["TWO_FACTOR_REQUIRED_FOR_EDITORS"] is True
    off = production_env(CSRS_REQUIRE_TWO_STEP_FOR_EDITORS="false")
    assert (
        settings_of(off, "TWO_FACTOR_REQUIRED_FOR_EDITORS")["TWO_FACTOR_REQUIRED_FOR_EDITORS"]
        is False
    )
