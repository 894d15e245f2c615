"""Keep exposure records and DOIs in step with publishing, privacy and deletion; deposit DOIs.

A failure here is logged and never stops an editor's publish: the next publish, or
``manage.py sync_scholarly_records``, brings the records back in step.
"""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from issues.models import IssuePage
from issues.scholarly import exposure
from issues.scholarly.deposit import crossref_configured, enqueue_deposit

logger = logging.getLogger(__name__)


def issue_exposure_changed(issue_id: int, *, published: bool) -> None:
    """Sync one issue's records; queue a Crossref deposit of its DOIs when one is configured."""
    try:
        with transaction.atomic():
            exposure.sync_exposure([issue_id], published=published)
    except Exception:
        logger.exception("Could not update the exposure records of issue %s", issue_id)
        return
    if published and crossref_configured():
        transaction.on_commit(partial(enqueue_deposit, issue_id), robust=True)


@receiver(page_published, sender=IssuePage)
def record_published_issue(sender, instance, **kwargs):
    issue_exposure_changed(instance.pk, published=True)


@receiver(page_unpublished, sender=IssuePage)
def record_unpublished_issue(sender, instance, **kwargs):
    issue_exposure_changed(instance.pk, published=False)


@receiver(pre_delete, sender=IssuePage)
def record_deleted_issue(sender, instance, **kwargs):
    exposure.withdraw_deleted_issue(instance)


def _sync_all() -> None:
    try:
        exposure.sync_exposure()
    except Exception:
        logger.exception("Could not update the exposure records after a privacy change")


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def record_privacy_change(sender, **kwargs):
    """A privacy setting anywhere may hide or show issues: no publish signal tells us which."""
    transaction.on_commit(_sync_all, robust=True)
