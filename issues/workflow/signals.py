"""Signal receivers of the translation workflow."""

from django.dispatch import receiver
from wagtail.signals import page_published


@receiver(page_published)
def detect_outdated_on_publish(sender, instance, revision=None, **kwargs):
    """Translations become outdated when the changed source is published, not on a draft save.

    Every publish sends this (the editor's button, scheduled publishing, bulk actions, the
    command line): ``instance`` holds the content just made live.
    """
    from issues.models import IssuePage

    if isinstance(instance, IssuePage):
        from issues.workflow.actions import detect_outdated

        detect_outdated(instance, getattr(revision, "user", None), latest=instance)
