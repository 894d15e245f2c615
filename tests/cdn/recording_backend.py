"""A frontend-cache backend that records the URLs Wagtail asks it to purge (Wagtail's own
MockBackend lives in a test module that imports the Azure SDK)."""

from wagtail.contrib.frontend_cache.backends import BaseBackend

PURGED_URLS: set[str] = set()


class RecordingBackend(BaseBackend):
    def purge(self, url):
        PURGED_URLS.add(url)
