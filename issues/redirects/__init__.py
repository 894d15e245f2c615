"""The old site's URLs, answered with permanent redirects (see ``middleware.py``)."""
