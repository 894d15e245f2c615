from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IssuesConfig(AppConfig):
    name = "issues"
    verbose_name = _("Weekly Analysis")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from issues.models import IssuePage
        from issues.search import indexing

        # Search follows what is live: index on publish, drop on unpublish.
        page_published.connect(indexing.on_page_published, sender=IssuePage)
        page_unpublished.connect(indexing.on_page_unpublished, sender=IssuePage)
        # Editor-published languages get an approval record, for outdated detection later.
        from issues.workflow import signals  # noqa: F401

        # Build the PDF edition when an issue is published (issues/pdf/signals.py).
        from issues.pdf import signals  # noqa: F401
