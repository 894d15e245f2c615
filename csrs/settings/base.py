"""Settings shared by every environment. Values that differ come from environment variables."""

import os
from pathlib import Path

import dj_database_url
from django.conf import global_settings
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

from csrs import languages

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    """Read a true/false environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the apps whose models it translates.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "issues",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # Optional two-factor sign-in for the admin (csrs/two_factor/).
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csrs.two_factor",
    "csrs.backups",  # manage.py backup_site / restore_site
    "django_tasks_db",  # the task queue in PostgreSQL (production) and its db_worker command
]

MIDDLEWARE = [
    # HTML travels compressed (the page cache stores its pages gzipped already: left as they are).
    "django.middleware.gzip.GZipMiddleware",
    # Adds ETag and answers 304 for unchanged responses: first, so it sees the final response.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A lost database answers a translated 503 page, not a traceback (csrs/errors.py).
    "csrs.errors.DatabaseUnavailableMiddleware",
    # An editor's save (any admin POST) is one transaction: an error page means nothing saved.
    "csrs.errors.AtomicAdminWritesMiddleware",
    "csrs.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Dari announced as "prs"/"prs-AF" (Windows) reaches LocaleMiddleware as "fa-af".
    "csrs.accept_language.AcceptLanguageAliasMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # The old WordPress sites' URLs (?p=ID, /YYYY/MM/DD/slug/, uploads): 301 to the new ones.
    "issues.redirects.middleware.LegacyRedirectMiddleware",
    # /api/ and /oai/ answer at most SCHOLARLY_RATE_LIMIT requests a minute per client, cached too.
    "issues.scholarly.ratelimit.ScholarlyRateLimitMiddleware",
    # Anonymous readers' pages from the cache, before anything reads the session or database.
    "issues.page_cache.AnonymousPageCacheMiddleware",
    # The site (with its home page) from the cache: a query fewer per uncached page.
    "issues.site_cache.CachedSiteMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "csrs.two_factor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "issues.middleware.PublicCacheMiddleware",
    # django-axes must come last: it turns a locked-out login into its lockout response.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses locked-out logins before the password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "csrs.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "issues.context_processors.language",
            ],
        },
    },
]

WSGI_APPLICATION = "csrs.wsgi.application"

# SQLite in the project folder unless DATABASE_URL says otherwise (PostgreSQL in CI and production).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# SQLite (`make run`) for an editor's concurrent saves: autosave posts every half second, so an
# autosave and a manual save overlap. Each save reads, then writes: in SQLite's default deferred
# transactions the second writer fails at once with "database is locked" (a waiting period
# cannot help it). Immediate transactions take the write lock at BEGIN and wait their turn for
# up to SQLITE_BUSY_TIMEOUT seconds; WAL lets readers go on while one writes.
SQLITE_BUSY_TIMEOUT = int(os.environ.get("SQLITE_BUSY_TIMEOUT", "20"))
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000};"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": SQLITE_BUSY_TIMEOUT,
        **DATABASES["default"].get("OPTIONS", {}),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# An issue's editor posts every block of four languages' streams: a two-analysis issue is
# thousands of fields, far past Django's default of 1,000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 20_000

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages: everything below reads csrs/languages.py ---------------------------------------
# Django has no Pashto at all and calls fa-af "Persian": teach it both before anything reads them.
LANG_INFO.update(languages.django_lang_info())

_LANGUAGE_NAMES = {"en": _("English"), "ps": _("Pashto"), "fa-af": _("Dari"), "ar": _("Arabic")}
LANGUAGE_CODE = languages.DEFAULT_LANGUAGE.code
LANGUAGES = [(lang.code, _LANGUAGE_NAMES[lang.code]) for lang in languages.LANGUAGES]
LANGUAGES_BIDI = sorted(
    set(global_settings.LANGUAGES_BIDI) | {lang.code for lang in languages.LANGUAGES if lang.is_rtl}
)
LOCALE_PATHS = [BASE_DIR / "locale"]
# The admin's interface languages (Account → Preferred language): the four, each named in
# itself so a translator finds theirs in any admin language. Wagtail lists neither ps nor fa-af;
# Dari falls back to Wagtail's Persian catalog (gettext tries fa_AF, then fa) under locale/fa_AF's
# Dari wording; Pashto reads every Wagtail string of a translator's screens from locale/ps
# (django.po, and djangojs.po for the admin's JavaScript).
WAGTAILADMIN_PERMITTED_LANGUAGES = [(lang.code, lang.native_name) for lang in languages.LANGUAGES]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Kabul"
LANGUAGE_COOKIE_NAME = "csrs_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"

MODELTRANSLATION_DEFAULT_LANGUAGE = languages.DEFAULT_LANGUAGE.code
MODELTRANSLATION_LANGUAGES = languages.CODES
# Page titles fall back through every language, because Wagtail needs *a* title everywhere
# (admin listings, breadcrumbs) and an issue may be written in Pashto or Dari first. An issue's
# own text has no fallback (issues/translation.py), and public pages check which languages an
# issue really has, so readers never get another language's text in their language's frame.
MODELTRANSLATION_FALLBACK_LANGUAGES = languages.CODES
# Issue URLs are the same in every language (/ps/issues/455/), so slugs are not translated.
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
# The issue editor has its own language tabs; the interleaving locale picker would fight them.
WAGTAILMODELTRANSLATION_LOCALE_PICKER = False

# --- Static and media ------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Django serves MEDIA_ROOT itself only on a developer's machine (dev and demo settings); servers
# put their web server or object storage in front.
SERVE_MEDIA = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage",
    },
}

# --- Wagtail ---------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "CSRS Weekly Analysis"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's per-locale page trees are a different model and break beside modeltranslation.
WAGTAIL_I18N_ENABLED = False
# Review is the translation workflow's (issues/workflow/): Wagtail's moderation workflows are
# off, so its "Submit for moderation" and workflow screens never appear (issues/workflow/
# stock_moderation.py).
WAGTAIL_WORKFLOW_ENABLED = False
# Wagtail's sign-in form with its password label translatable (csrs/admin_login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "csrs.admin_login.TranslatedLoginForm"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "txt"]
# Draftail, refusing unreadable input with a form error and opening stored broken links as text
# (issues/richtext/editor.py).
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {"WIDGET": "issues.richtext.editor.SafeDraftailRichTextArea"}
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Full-page cache for anonymous readers (issues/page_cache.py); PAGE_CACHE=0 switches it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", str(5 * 60)))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "weekly@csrskabul.example")

# Log records emitted inside a background task carry its task, issue_id and language.
TASK_LOG_FILTER = {"()": "issues.background.context.TaskContextFilter"}
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"task_context": TASK_LOG_FILTER},
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["task_context"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# --- Background tasks ------------------------------------------------------------------------
# Wagtail 8 and this site (issues/background/) run background work through django-tasks. The
# ImmediateBackend runs a task in the web process (development, tests: no worker needed);
# production queues tasks in PostgreSQL (django_tasks_db.DatabaseBackend) for `manage.py
# db_worker`. TASKS_BACKEND names the backend.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        ),
        "QUEUES": ["default"],
    }
}
# Retries (issues/background/queue.py): attempt n + 1 runs BACKOFF × FACTOR^(n - 1) seconds
# after attempt n failed (30 s, 2 min, 8 min); a task failing its last attempt is recorded.
# Backends that cannot defer a task (the ImmediateBackend) record the first failure.
TASK_MAX_ATTEMPTS = int(os.environ.get("TASK_MAX_ATTEMPTS", "4"))
TASK_RETRY_BACKOFF_SECONDS = float(os.environ.get("TASK_RETRY_BACKOFF_SECONDS", "30"))
TASK_RETRY_BACKOFF_FACTOR = 4
# /readyz fails when the oldest task that is ready to run has waited longer than this.
TASK_QUEUE_MAX_AGE_SECONDS = int(os.environ.get("TASK_QUEUE_MAX_AGE_SECONDS", "300"))

# --- Libraries and scholars: DOIs, Crossref, OAI-PMH, the read-only API -----------------------
# A DOI per issue-language is assigned the first time that language is published, only when a
# prefix is set (10.5555 is Crossref's test prefix). The pattern's fields: prefix, number, language.
DOI_PREFIX = os.environ.get("DOI_PREFIX", "")
DOI_PATTERN = os.environ.get("DOI_PATTERN", "{prefix}/csrs.wa.{number}.{language}")
# Deposits are sent only with both credentials set; otherwise nothing leaves the site.
CROSSREF_DEPOSIT_URL = os.environ.get(
    "CROSSREF_DEPOSIT_URL", "https://doi.crossref.org/servlet/deposit"
)
CROSSREF_USERNAME = os.environ.get("CROSSREF_USERNAME", "")
CROSSREF_PASSWORD = os.environ.get("CROSSREF_PASSWORD", "")
CROSSREF_DEPOSITOR_NAME = os.environ.get("CROSSREF_DEPOSITOR_NAME", "CSRS")
CROSSREF_DEPOSITOR_EMAIL = os.environ.get("CROSSREF_DEPOSITOR_EMAIL", "")
CROSSREF_DEPOSIT_ATTEMPTS = int(os.environ.get("CROSSREF_DEPOSIT_ATTEMPTS", "3"))
CROSSREF_RETRY_DELAY = float(os.environ.get("CROSSREF_RETRY_DELAY", "5"))  # seconds, doubled
CROSSREF_TIMEOUT = float(os.environ.get("CROSSREF_TIMEOUT", "30"))
# OAI-PMH (/oai/): records per list response, and the admin address Identify must give.
OAI_PAGE_SIZE = int(os.environ.get("OAI_PAGE_SIZE", "100"))
OAI_ADMIN_EMAIL = os.environ.get("OAI_ADMIN_EMAIL", DEFAULT_FROM_EMAIL)
# The repository part of record identifiers (oai:<this>:issue/455/ps); empty = the request's host.
OAI_REPOSITORY_IDENTIFIER = os.environ.get("OAI_REPOSITORY_IDENTIFIER", "")
# Requests per client address to /api/ and /oai/ (cached answers included), per minute.
SCHOLARLY_RATE_LIMIT = int(os.environ.get("SCHOLARLY_RATE_LIMIT", "120"))
API_PAGE_SIZE = 20
API_MAX_PAGE_SIZE = 100

# Content-Security-Policy, django-axes' login lockout and image upload limits (one place).
from .security import *  # noqa: E402, F403

# WordPress exports too large to upload are put here; the admin's WordPress import lists them.
WORDPRESS_IMPORT_DIR = os.environ.get("WORDPRESS_IMPORT_DIR", "")
# The old sites' wp-content/uploads copied to the server: attached PDFs and images are kept.
WORDPRESS_UPLOADS_DIR = os.environ.get("WORDPRESS_UPLOADS_DIR", "")
# --- The Weekly Analysis by email (issues/newsletter/) --------------------------------------
NEWSLETTER_FROM_EMAIL = os.environ.get("NEWSLETTER_FROM_EMAIL", DEFAULT_FROM_EMAIL)
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "500"))
NEWSLETTER_RATE_LIMIT_PER_IP = int(os.environ.get("NEWSLETTER_RATE_LIMIT_PER_IP", "10"))  # /hour
NEWSLETTER_RATE_LIMIT_PER_ADDRESS = int(os.environ.get("NEWSLETTER_RATE_LIMIT_PER_ADDRESS", "3"))
NEWSLETTER_CONFIRM_MAX_AGE = int(os.environ.get("NEWSLETTER_CONFIRM_MAX_AGE", str(7 * 24 * 3600)))
