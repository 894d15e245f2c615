"""Fixtures shared by every test module."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.cache import caches
from django.utils import translation

from csrs import languages
from tests.browser_support import CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, mark_browser_tests
from tests.factories import build_issue, make_site

# Playwright's sync API runs an event loop in the test's thread; the test's own ORM calls are safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    mark_browser_tests(items)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def screenshot(page, screenshot_dir):
    """Save a full-page screenshot under test-artifacts/screenshots/ and return its path."""

    def take(name: str) -> Path:
        path = screenshot_dir / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploads and generated files go to a temporary folder, never the project's media/."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: a site cached by one test (its rows rolled back or
    truncated since) must not route the next one."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in English, as a request without a prefix would."""
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        yield


@pytest.fixture
def site_tree(db):
    """The home page and the issue archive, as the demo and production sites have them."""
    return make_site()


@pytest.fixture
def archive(site_tree):
    return site_tree[1]


@pytest.fixture
def issue_in_all_languages(archive):
    return build_issue(archive, number=455, codes=languages.CODES)


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("editor", "editor@example.org", "pw")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
