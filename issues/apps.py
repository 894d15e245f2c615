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
        # Connected on import: editor-published languages get an approval record (outdated
        # detection), and publishing builds the PDF edition.
        import issues.pdf.signals  # noqa: F401
        import issues.scholarly.signals  # noqa: F401  (exposure records, DOIs, deposits)
        import issues.sharecards.signals  # noqa: F401  (a share card per language, on publish)
        import issues.workflow.signals  # noqa: F401

        # The newsletter: a mailing when a language of an issue goes live; bounces and
        # complaints reported by a mail provider (django-anymail) suppress the address.
        from issues.newsletter import mailings, tracking

        page_published.connect(
            mailings.on_issue_published, sender=IssuePage, dispatch_uid="newsletter-mailing"
        )
        tracking.connect()

        # The CDN forgets home and archive pages when an issue is (un)published.
        from issues import cache_purge

        cache_purge.connect()

        # Anonymous readers' full-page cache forgets everything when what they see changes.
        from issues import page_cache

        page_cache.connect()

        # The site, its home page and its settings, cached for every request.
        from issues import site_cache

        site_cache.connect()
