"""django-axes locks the admin login after AXES_FAILURE_LIMIT failures, with a clear message.

Needs base.py's axes lines ('axes' app, AxesMiddleware last, AxesStandaloneBackend first).
Each test's database rollback resets the recorded attempts.
"""

from __future__ import annotations

import pytest
from django.conf import settings

LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@example.org", "correct horse battery staple", is_superuser=True
    )


def attempt(client, password, username="editor", ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


@pytest.mark.django_db
def test_lockout_after_the_failure_limit(client, editor):
    limit = settings.AXES_FAILURE_LIMIT
    assert 3 <= limit <= 10
    for _ in range(limit - 1):
        response = attempt(client, "wrong")
        assert response.status_code == 200, "a plain failure shows the login form again"
    response = attempt(client, "wrong")
    assert response.status_code == 429
    message = response.content.decode()
    assert "Too many failed sign-in attempts" in message
    assert "15 minutes" in message
    # Locked out: even the right password is refused, and no session is opened.
    response = attempt(client, "correct horse battery staple")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_right_password_before_the_limit_still_works(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    response = attempt(client, "correct horse battery staple")
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(editor.pk)


@pytest.mark.django_db
def test_one_attackers_lockout_does_not_lock_the_editor_out_elsewhere(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "wrong", ip="198.51.100.66")
    response = attempt(client, "correct horse battery staple", ip="203.0.113.7")
    assert response.status_code == 302


@pytest.mark.django_db
def test_client_ip_trusts_only_our_own_proxies(monkeypatch, rf):
    from csrs.middleware import client_ip_address

    request = rf.get("/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.1.1.1, 203.0.113.9")
    monkeypatch.delenv("TRUSTED_PROXY_COUNT", raising=False)
    assert client_ip_address(request) == "10.0.0.2"
    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "1")
    assert client_ip_address(request) == "203.0.113.9", "the forged 1.1.1.1 is ignored"
