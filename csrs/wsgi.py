"""WSGI entry point (gunicorn csrs.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.production")
application = get_wsgi_application()
