"""Share cards follow publishing: built on publish (with the PDF), removed on unpublish."""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from csrs import languages
from issues.models import IssuePage
from issues.sharecards import storage
from issues.sharecards.tasks import enqueue_share_card

logger = logging.getLogger(__name__)


@receiver(page_published, sender=IssuePage)
def build_cards_on_publish(sender, instance, **kwargs):
    """One card per available language, queued after commit; withdrawn languages lose theirs."""
    available = {language.code for language in instance.languages}
    for language in languages.LANGUAGES:
        if language.code not in available:
            _delete(instance.number, language.code)
    for code in sorted(available):
        transaction.on_commit(partial(enqueue_share_card, instance.pk, code), robust=True)


@receiver(page_unpublished, sender=IssuePage)
def remove_cards_on_unpublish(sender, instance, **kwargs):
    """An unpublished issue has no public card."""
    for language in languages.LANGUAGES:
        _delete(instance.number, language.code)


def _delete(number: int, code: str) -> None:
    try:
        storage.delete_card(number, code)
    except Exception:
        logger.exception("Could not remove the share card of issue %s (%s)", number, code)
