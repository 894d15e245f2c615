"""Production: every secret from the environment (no defaults), HTTPS only, stateless processes.

Required: SECRET_KEY (50+ characters, not the example's placeholder), ALLOWED_HOSTS, DATABASE_URL.
Optional, each switched on by its variable and harmless when absent: REDIS_URL (cache and
sessions), AWS_STORAGE_BUCKET_NAME (media on S3-compatible storage), FRONTEND_CACHE_* (CDN purge
on publish), WAGTAILSEARCH_URLS (Elasticsearch/OpenSearch), EMAIL_HOST (SMTP).
docs/deployment.md lists every variable.
"""

import copy
import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from csrs import languages

from .base import *  # noqa: F403

# Refused as SECRET_KEY: docker/.env.example's placeholder starts with this.
PLACEHOLDER_PREFIX = "change-me"


def required_env(name: str) -> str:
    """An environment variable that must be set: fail at start-up, not at the first request."""
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set in production.")
    return value


def secret_key() -> str:
    """SECRET_KEY from the environment: long, random-looking, never the example's placeholder."""
    value = required_env("SECRET_KEY")
    if value.startswith(PLACEHOLDER_PREFIX) or value.startswith("django-insecure"):
        raise ImproperlyConfigured(
            "SECRET_KEY is still the example's placeholder: generate one with "
            "python -c 'import secrets; print(secrets.token_urlsafe(64))'"
        )
    if len(value) < 50 or len(set(value)) < 5:
        raise ImproperlyConfigured("SECRET_KEY must be at least 50 random characters.")
    return value


DEBUG = False
SECRET_KEY = secret_key()
required_env("ALLOWED_HOSTS")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")  # noqa: F405
required_env("DATABASE_URL")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
_PRIMARY_HOST = next((h.lstrip(".") for h in ALLOWED_HOSTS if h not in {"*", "."}), "localhost")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or f"https://{_PRIMARY_HOST}"

# --- HTTPS, cookies, headers (manage.py check --deploy reports nothing) ----------------------
# TLS ends at the reverse proxy, which must set X-Forwarded-Proto (and overwrite a client's).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
# Load balancers and the container's HEALTHCHECK call these over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)  # noqa: F405
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)  # noqa: F405
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override it to SAMEORIGIN themselves.

# --- Two-step sign-in: compulsory for editors and superusers (csrs/two_factor/policy.py) -----
# They are sent to Account → Two-step sign-in until they have set up an authenticator app.
# CSRS_REQUIRE_TWO_STEP_FOR_EDITORS=false turns this off (e.g. while accounts are migrated).
TWO_FACTOR_REQUIRED_FOR_EDITORS = env_bool("CSRS_REQUIRE_TWO_STEP_FOR_EDITORS", True)  # noqa: F405

# --- Static files: WhiteNoise serves compressed files with hashed names (or a CDN in front) ---
MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES = {**STORAGES}  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365  # only hashed names are served for a year

# --- Cache and sessions in Redis (REDIS_URL): a Redis outage degrades, never errors ----------
# csrs/cache.py: django-redis behind a circuit breaker. A Redis that hangs or is gone costs one
# short timeout, then the cache reads as misses for REDIS_CIRCUIT_COOLDOWN seconds at a time.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    _REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.5"))
    _REDIS_OPTIONS = {
        "CLIENT_CLASS": "django_redis.client.DefaultClient",
        "IGNORE_EXCEPTIONS": True,
        "SOCKET_CONNECT_TIMEOUT": _REDIS_TIMEOUT,
        "SOCKET_TIMEOUT": _REDIS_TIMEOUT,
        "CIRCUIT_BREAKER_COOLDOWN": float(os.environ.get("REDIS_CIRCUIT_COOLDOWN", "30")),
    }
    CACHES = {
        "default": {
            "BACKEND": "csrs.cache.CircuitBreakerRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "csrs",
            "OPTIONS": _REDIS_OPTIONS,
        },
        "renditions": {  # Wagtail's image rendition lookups
            "BACKEND": "csrs.cache.CircuitBreakerRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "csrs-renditions",
            "TIMEOUT": 60 * 60 * 24,
            "OPTIONS": _REDIS_OPTIONS,
        },
    }
    # One warning per outage comes from the breaker, not a traceback per cache call.
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False
    # Sessions read from Redis and are written through to the database, so they outlive Redis.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Media on S3-compatible object storage (AWS_STORAGE_BUCKET_NAME) ------------------------
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
if AWS_STORAGE_BUCKET_NAME:
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 from the environment.
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None  # MinIO, R2, Spaces …
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None  # a CDN for media
    AWS_S3_FILE_OVERWRITE = False
    AWS_DEFAULT_ACL = None  # the bucket's own policy decides
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)  # noqa: F405
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "public, max-age=86400"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    if AWS_S3_CUSTOM_DOMAIN:
        _MEDIA_ORIGIN = f"https://{AWS_S3_CUSTOM_DOMAIN}"
    elif AWS_S3_ENDPOINT_URL:
        _endpoint = urlsplit(AWS_S3_ENDPOINT_URL)
        _MEDIA_ORIGIN = f"{_endpoint.scheme}://{_endpoint.netloc}"
    else:
        _MEDIA_ORIGIN = f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    # Images on public pages and in the admin come from the bucket's host.
    CONTENT_SECURITY_POLICY = copy.deepcopy(CONTENT_SECURITY_POLICY)  # noqa: F405
    CONTENT_SECURITY_POLICY_ADMIN = copy.deepcopy(CONTENT_SECURITY_POLICY_ADMIN)  # noqa: F405
    for _policy in (CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN):
        _policy["DIRECTIVES"]["img-src"] = [*_policy["DIRECTIVES"]["img-src"], _MEDIA_ORIGIN]

# --- CDN purge on publish (Wagtail's frontend-cache module) ----------------------------------
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": required_env("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
if os.environ.get("FRONTEND_CACHE_HTTP_LOCATION"):  # Varnish, nginx or Squid: PURGE requests
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_HTTP_LOCATION"],
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405
    # Every page has a URL per language (/en/…, /ps/…): purge all four.
    WAGTAILFRONTENDCACHE_LANGUAGES = list(languages.CODES)

# --- Search: Elasticsearch or OpenSearch for large archives (WAGTAILSEARCH_URLS) -------------
if os.environ.get("WAGTAILSEARCH_URLS"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            # e.g. wagtail.search.backends.opensearch2 / opensearch3 / elasticsearch8 / 9
            "BACKEND": os.environ.get(
                "WAGTAILSEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"
            ),
            "URLS": env_list("WAGTAILSEARCH_URLS"),  # noqa: F405
            "INDEX": os.environ.get("WAGTAILSEARCH_INDEX", "csrs"),
            "TIMEOUT": int(os.environ.get("WAGTAILSEARCH_TIMEOUT", "5")),
            "OPTIONS": {},
            "INDEX_SETTINGS": {},
        }
    }

# --- Background tasks: queued in PostgreSQL for `manage.py db_worker` (docker/compose.yml) ---
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# --- Mail: SMTP when EMAIL_HOST is set ------------------------------------------------------
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)  # noqa: F405
    SERVER_EMAIL = DEFAULT_FROM_EMAIL  # noqa: F405

# --- Mail through a provider's API (django-anymail), instead of SMTP --------------------------
# ANYMAIL_ESP=amazon_ses|mailgun|postmark|sendgrid|brevo|… picks anymail's backend; the
# provider's own settings come as ANYMAIL_<NAME> variables (ANYMAIL_POSTMARK_SERVER_TOKEN, …),
# and ANYMAIL_WEBHOOK_SECRET ("user:password") guards the bounce/complaint webhooks at
# /anymail/<esp>/tracking/. README, "Newsletter: a real mail provider".
if os.environ.get("ANYMAIL_ESP"):
    _esp = os.environ["ANYMAIL_ESP"].strip().lower()
    EMAIL_BACKEND = f"anymail.backends.{_esp}.EmailBackend"
    INSTALLED_APPS = [*INSTALLED_APPS, "anymail"]  # noqa: F405
    ANYMAIL = {
        key.removeprefix("ANYMAIL_"): value
        for key, value in os.environ.items()
        if key.startswith("ANYMAIL_") and key != "ANYMAIL_ESP"
    }

# --- Logs: one JSON object per line on stderr (LOG_FORMAT=json, the default) or plain text ----
# Log collectors (Loki, CloudWatch, Elastic) read JSON lines without parsing rules; "text" is for
# reading logs by eye on one machine.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "json").strip().lower()
if LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured("LOG_FORMAT must be json or text.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "json_ensure_ascii": False,  # Pashto, Dari and Arabic stay readable
        },
        "text": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "filters": {"task_context": TASK_LOG_FILTER},  # noqa: F405
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["task_context"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
