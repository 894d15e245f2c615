"""csrs.settings.production boots with compose's variables, passes check --deploy, fails fast.

Each case runs in a fresh interpreter: settings are read once per process.
"""

from __future__ import annotations

import json

import pytest

from tests.deployment.helpers import compose_environment, run_manage, run_python, strong_secret_key

PRODUCTION = {"DJANGO_SETTINGS_MODULE": "csrs.settings.production"}


def production_env(**overrides: str) -> dict[str, str]:
    """What compose passes to web, with a real SECRET_KEY as docs/deployment.md tells."""
    env = {**compose_environment("web"), **PRODUCTION, "SECRET_KEY": strong_secret_key()}
    env.update(overrides)
    return {key: value for key, value in env.items() if value is not None}


def settings_of(env: dict[str, str], *names: str) -> dict:
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n, None) for n in {list(names)!r}}}, "
        "default=str))"
    )
    result = run_python(code, env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_reports_nothing_with_compose_variables():
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout, result.stdout + result.stderr


def test_the_example_placeholder_secret_is_refused():
    env = {**compose_environment("web"), **PRODUCTION}
    result = run_manage(["check"], env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "placeholder" in result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"])
def test_fails_fast_without_a_required_variable(missing):
    env = production_env()
    env.pop(missing)
    result = run_manage(["check"], env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def test_a_short_secret_key_is_refused():
    result = run_manage(["check"], production_env(SECRET_KEY="x" * 20))
    assert result.returncode != 0
    assert "at least 50" in result.stderr


def test_https_cookies_hsts_and_headers():
    values = settings_of(
        production_env(),
        "DEBUG",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "LANGUAGE_COOKIE_SECURE",
        "SECURE_HSTS_SECONDS",
        "SECURE_SSL_REDIRECT",
        "SECURE_CONTENT_TYPE_NOSNIFF",
        "SECURE_REFERRER_POLICY",
        "X_FRAME_OPTIONS",
        "SECURE_REDIRECT_EXEMPT",
    )
    assert values["DEBUG"] is False
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["LANGUAGE_COOKIE_SECURE"]
    assert values["SECURE_HSTS_SECONDS"] >= 31536000 and values["SECURE_SSL_REDIRECT"]
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"]
    assert values["SECURE_REFERRER_POLICY"] == "strict-origin-when-cross-origin"
    assert values["X_FRAME_OPTIONS"] == "DENY"
    assert "^healthz$" in values["SECURE_REDIRECT_EXEMPT"]


def test_optional_services_are_off_when_their_variables_are_empty():
    env = production_env(REDIS_URL="", AWS_STORAGE_BUCKET_NAME="")
    values = settings_of(env, "CACHES", "STORAGES", "WAGTAILFRONTENDCACHE", "SESSION_ENGINE")
    assert "locmem" in values["CACHES"]["default"]["BACKEND"].lower()
    assert values["STORAGES"]["default"]["BACKEND"].endswith("FileSystemStorage")
    assert values["STORAGES"]["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert values["WAGTAILFRONTENDCACHE"] == {}
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"


def test_optional_services_switch_on_from_the_environment():
    env = production_env(
        REDIS_URL="redis://redis:6379/0",
        AWS_STORAGE_BUCKET_NAME="csrs-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        FRONTEND_CACHE_CLOUDFLARE_ZONEID="zone",
        FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN="token",
        WAGTAILSEARCH_URLS="http://opensearch:9200",
        WAGTAILSEARCH_BACKEND="wagtail.search.backends.opensearch2",
    )
    values = settings_of(
        env,
        "CACHES",
        "SESSION_ENGINE",
        "STORAGES",
        "WAGTAILFRONTENDCACHE",
        "WAGTAILFRONTENDCACHE_LANGUAGES",
        "WAGTAILSEARCH_BACKENDS",
        "INSTALLED_APPS",
        "CONTENT_SECURITY_POLICY",
    )
    cache = values["CACHES"]["default"]
    assert cache["BACKEND"] == "csrs.cache.CircuitBreakerRedisCache"
    assert (
        cache["OPTIONS"]["SOCKET_TIMEOUT"] <= 1 and cache["OPTIONS"]["CIRCUIT_BREAKER_COOLDOWN"] > 0
    )
    assert cache["OPTIONS"]["IGNORE_EXCEPTIONS"] is True
    assert values["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    assert values["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert values["WAGTAILFRONTENDCACHE"]["cloudflare"]["ZONEID"] == "zone"
    assert values["WAGTAILFRONTENDCACHE_LANGUAGES"] == ["en", "ps", "fa-af", "ar"]
    assert "wagtail.contrib.frontend_cache" in values["INSTALLED_APPS"]
    search = values["WAGTAILSEARCH_BACKENDS"]["default"]
    assert search["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert search["URLS"] == ["http://opensearch:9200"]
    img_src = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://media.example.org" in img_src


def test_check_deploy_reports_nothing_with_every_optional_service_on():
    env = production_env(
        REDIS_URL="redis://redis:6379/0",
        AWS_STORAGE_BUCKET_NAME="csrs-media",
        FRONTEND_CACHE_HTTP_LOCATION="http://varnish:80",
        WAGTAILSEARCH_URLS="http://opensearch:9200",
        EMAIL_HOST="smtp.example.org",
    )
    result = run_manage(["check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
