"""Two-step sign-in over HTTP: optional per user, compulsory for required groups.

Codes come from django-otp's own TOTP implementation (``django_otp.oath.totp``), as an
authenticator app would compute them from the device's key.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group, Permission
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

LOGIN = "/admin/login/"
VERIFY = "/admin/two-step/verify/"
SETUP = "/admin/two-step/"
PASSWORD = "correct horse battery staple"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", PASSWORD)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


def current_code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def wrong_code(device: TOTPDevice) -> str:
    return f"{(int(current_code(device)) + 500_000) % 1_000_000:06d}"


def forget_failures(device: TOTPDevice) -> None:
    """Clear django-otp's throttle: it (rightly) refuses any code for a while after a wrong one."""
    device.refresh_from_db()
    device.throttle_reset()


def sign_in(client):
    return client.post(
        LOGIN, {"username": "editor", "password": PASSWORD, "next": "/admin/account/"}
    )


@pytest.mark.django_db
def test_editor_without_a_device_signs_in_with_the_password_alone(client, editor):
    assert sign_in(client).status_code == 302
    response = client.get("/admin/")
    assert response.status_code == 200


@pytest.mark.django_db
def test_editor_with_a_device_must_enter_the_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    response = sign_in(client)
    assert response.status_code == 302
    # The password alone opens no admin page: every one sends to the code step.
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY)
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert "Enter the code from your authenticator app" in page.content.decode()

    response = client.post(VERIFY, {"otp_token": current_code(device), "next": "/admin/account/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/account/"
    assert client.get("/admin/account/").status_code == 200


@pytest.mark.django_db
def test_a_wrong_code_is_refused_with_a_clear_message(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    response = client.post(VERIFY, {"otp_token": wrong_code(device), "next": "/admin/"})
    assert response.status_code == 200
    assert "That code is not right" in response.content.decode()
    assert client.get("/admin/").status_code == 302, "still not through"


@pytest.mark.django_db
def test_right_code_right_after_a_wrong_one_is_throttled(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    client.post(VERIFY, {"otp_token": wrong_code(device)})
    response = client.post(VERIFY, {"otp_token": current_code(device)})
    assert response.status_code == 200, "guessing is slowed down by django-otp's throttle"


@pytest.mark.django_db
def test_the_wrong_code_message_is_in_the_admin_language(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    sign_in(client)
    response = client.post(VERIFY, {"otp_token": wrong_code(device)})
    text = response.content.decode()
    assert "That code is not right" not in text
    assert "الرمز غير صحيح" in text


@pytest.mark.django_db
def test_next_never_leaves_the_site(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    response = client.post(
        VERIFY, {"otp_token": current_code(device), "next": "https://evil.example/"}
    )
    assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_required_group_must_set_up_a_device_then_passes(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Editors"]
    editor.groups.add(Group.objects.get_or_create(name="Editors")[0])
    sign_in(client)
    response = client.get("/admin/account/")
    assert response.status_code == 302
    assert response["Location"].startswith(SETUP)

    page = client.get(SETUP)
    assert page.status_code == 200
    assert "<svg" in page.content.decode(), "a QR code to scan"
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)

    refused = client.post(SETUP, {"otp_token": wrong_code(pending)})
    assert "That code is not right" in refused.content.decode()
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()

    forget_failures(pending)
    client.post(SETUP, {"otp_token": current_code(pending)})
    assert TOTPDevice.objects.filter(user=editor, confirmed=True).count() == 1
    assert client.get("/admin/account/").status_code == 200, "verified in this session"


@pytest.mark.django_db
def test_editor_outside_required_groups_is_not_forced(client, editor, settings):
    settings.TWO_FACTOR_REQUIRED_GROUPS = ["Editors"]
    sign_in(client)
    assert client.get("/admin/account/").status_code == 200


@pytest.mark.django_db
def test_turning_it_off_needs_a_current_code(client, editor):
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    client.post(VERIFY, {"otp_token": current_code(device)})
    device.refresh_from_db()
    # The code just used may not be reused (django-otp remembers the last time step).
    device.last_t = -1
    device.save()
    client.post(SETUP, {"otp_token": wrong_code(device)})
    assert TOTPDevice.objects.filter(user=editor).exists()
    forget_failures(device)
    client.post(SETUP, {"otp_token": current_code(device)})
    assert not TOTPDevice.objects.filter(user=editor).exists()


@pytest.mark.django_db
def test_public_pages_are_not_affected(client, editor, site_tree):
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    sign_in(client)
    assert client.get("/en/").status_code == 200
