"""Content-Security-Policy: strict on public pages, relaxed only under /admin/.

Needs base.py's CSP lines (csrs.middleware.ContentSecurityPolicyMiddleware in MIDDLEWARE and
``from .security import *``).
"""

from __future__ import annotations

import pytest


def directives(header: str) -> dict[str, list[str]]:
    result = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            result[words[0]] = words[1:]
    return result


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/ps/issues/", "/ar/issues/455/", "/fonts.css"])
def test_public_pages_forbid_inline_script_and_style(client, issue_in_all_languages, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["font-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["base-uri"] == ["'self'"]


@pytest.mark.django_db
def test_a_missing_page_has_the_strict_policy_too(client, site_tree):
    response = client.get("/en/no-such-page/<script>/")
    assert response.status_code == 404
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_admin_gets_its_relaxed_policy(admin_client, site_tree):
    # With a site (a worker's earlier transactional test may have emptied the page tree, and
    # Wagtail's dashboard cannot link to a root that is not there).
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"], "the admin may frame its own preview"
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_the_admin_login_page_is_not_frameable_by_others(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "DENY"
    assert directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
