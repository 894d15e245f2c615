"""Development: `make dev`. SQLite in the project folder, Django's debug pages, mail to the console.

`make run` serves the same database as readers meet it, without the debug pages
(csrs.settings.demo).
"""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DEBUG", "1") != "0"
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = ["*"]
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# Uploaded images from MEDIA_ROOT, served by Django itself (csrs/urls.py).
SERVE_MEDIA = True
# Links in mail follow the address this server is reached at (csrs/base_url.py), not
# WAGTAILADMIN_BASE_URL, which is used only outside a request.
MIDDLEWARE = ["csrs.base_url.RequestBaseURLMiddleware", *MIDDLEWARE]  # noqa: F405
