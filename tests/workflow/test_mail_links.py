"""Links in workflow mail point at the address the site is served on.

On a developer's server (`make run`, `make dev`: csrs.settings.dev and .demo put
``csrs.base_url.RequestBaseURLMiddleware`` first) they follow the request's address, whatever port
the server was started on. Everywhere else (production, commands, these tests' default settings)
they come from ``WAGTAILADMIN_BASE_URL`` and a request's Host header cannot steer them.
The actions run over HTTP in real transactions, so the mail is sent by the ``on_commit`` callback
of the admin's transaction, as on a server.
"""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import RequestFactory
from django.urls import reverse

from csrs.base_url import RequestBaseURLMiddleware, admin_base_url
from issues.workflow import roles
from tests.factories import build_issue, make_site

pytestmark = pytest.mark.django_db(transaction=True)

DEVELOPMENT = "csrs.base_url.RequestBaseURLMiddleware"


@pytest.fixture
def development_middleware(settings):
    settings.MIDDLEWARE = [DEVELOPMENT, *settings.MIDDLEWARE]


@pytest.fixture
def issue(workflow_groups):
    _, archive = make_site()
    # The tables were emptied (transactional tests): grant the groups' page permissions again,
    # on the new root page.
    roles.create_groups()
    return build_issue(archive, number=620, codes=("en",))


def mark_ready(client, issue, code: str, host: str):
    """The editor marks a language ready over HTTP; its translator is mailed."""
    url = reverse("csrs_translation_action", args=(issue.pk, code, "ready"))
    mail.outbox.clear()
    response = client.post(url, HTTP_HOST=host)
    assert response.status_code == 302
    (message,) = mail.outbox
    return message


def test_in_development_the_link_follows_the_address_of_the_request(
    development_middleware, client, make_user, issue
):
    make_user("translator", "ps")
    make_user("translator", "ar")
    client.force_login(make_user("editor"))
    message = mark_ready(client, issue, "ps", "127.0.0.1:8106")
    assert f"http://127.0.0.1:8106/admin/translation/{issue.pk}/" in message.body
    message = mark_ready(client, issue, "ar", "localhost:8000")
    assert f"http://localhost:8000/admin/translation/{issue.pk}/" in message.body
    assert "testserver" not in message.body


def test_without_the_development_middleware_the_host_header_cannot_steer_links(
    client, make_user, issue, settings
):
    assert DEVELOPMENT not in settings.MIDDLEWARE
    make_user("translator", "ps")
    client.force_login(make_user("editor"))
    message = mark_ready(client, issue, "ps", "evil.example:8106")
    assert f"http://testserver/admin/translation/{issue.pk}/" in message.body
    assert "evil.example" not in message.body


def test_outside_a_request_links_use_the_setting(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://weekly.example.org/"
    seen = []
    middleware = RequestBaseURLMiddleware(lambda request: seen.append(admin_base_url()))
    middleware(RequestFactory().get("/admin/", HTTP_HOST="127.0.0.1:8106"))
    assert seen == ["http://127.0.0.1:8106"]
    assert admin_base_url() == "https://weekly.example.org", "reset once the request is done"


def test_a_host_the_site_does_not_serve_is_left_to_djangos_400(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1"]
    seen = []
    middleware = RequestBaseURLMiddleware(lambda request: seen.append(admin_base_url()))
    middleware(RequestFactory().get("/admin/", HTTP_HOST="evil.example"))
    assert seen == ["http://testserver"]
