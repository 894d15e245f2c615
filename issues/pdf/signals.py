"""Keep the PDF edition in step with publishing: build on publish, remove on unpublish."""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from issues.models import IssuePage, IssuePDF
from issues.pdf import links, storage
from issues.pdf.build import remove_issue_pdfs
from issues.pdf.tasks import enqueue_issue_pdf

logger = logging.getLogger(__name__)


@receiver(page_published, sender=IssuePage)
def build_pdfs_on_publish(sender, instance, **kwargs):
    """One PDF per language the issue is available in; drop languages no longer available.

    The builds are queued once the publishing transaction commits, so the task sees the
    published content; ``robust`` keeps any error out of the editor's request.
    """
    try:
        remove_issue_pdfs(instance, keep=instance.languages)
    except Exception:
        logger.exception("Could not remove withdrawn PDFs of issue %s", instance.pk)
    for language in instance.languages:
        transaction.on_commit(partial(enqueue_issue_pdf, instance.pk, language.code), robust=True)


@receiver(page_unpublished, sender=IssuePage)
def remove_pdfs_on_unpublish(sender, instance, **kwargs):
    """An unpublished issue has no public PDF edition (files in public storage included)."""
    try:
        remove_issue_pdfs(instance)
    except Exception:
        logger.exception("Could not remove the PDFs of unpublished issue %s", instance.pk)


@receiver(post_delete, sender=IssuePDF)
def delete_pdf_file(sender, instance, **kwargs):
    """A deleted record (its issue deleted, or a language withdrawn) takes its file along."""
    links.forget()
    if instance.file.name:
        transaction.on_commit(partial(storage.delete_pdf, instance.file.name), robust=True)
