"""csrs.settings.demo for tests/browser/test_demo_server.py, with static files found in place.

`make run` collects, hashes and compresses the static files first (a minute on two busy cores);
this test server lets WhiteNoise find them in the source instead. Everything else is the demo's:
DEBUG off, the site's own error pages, WhiteNoise, media served, loopback host names only.
"""

from csrs.settings.demo import *  # noqa: F403

STORAGES = {  # noqa: F405
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
