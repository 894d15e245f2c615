"""Signal receivers of the translation workflow."""

from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def record_published_languages(sender, instance, **kwargs):
    from issues.models import IssuePage

    if isinstance(instance, IssuePage):
        from issues.workflow.actions import snapshot_published_languages

        snapshot_published_languages(instance)
