"""The demo, as readers meet it: `make run`. Development's database and mail, production's pages.

DEBUG is off, so a mistyped address gets the site's own 404 page in the reader's language and a
crash the site's 500 page, never Django's technical pages. Static files are collected, hashed and
compressed (`make run` runs collectstatic) and served by WhiteNoise, as in production. Uploaded
media are still served by Django. Developers who want the debug pages run `make dev`.
"""

from .dev import *  # noqa: F403

DEBUG = False
# Only the loopback names: set ALLOWED_HOSTS to reach the demo under another name or address.
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")  # noqa: F405

MIDDLEWARE = list(MIDDLEWARE)  # noqa: F405
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "whitenoise.middleware.WhiteNoiseMiddleware",
)
STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
