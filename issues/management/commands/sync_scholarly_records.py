"""``manage.py sync_scholarly_records``: bring DOIs and OAI exposure records up to date."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from issues.models import IssueLanguageRecord
from issues.scholarly.exposure import sync_exposure


class Command(BaseCommand):
    help = (
        "Record every issue-language readers can read (OAI-PMH records), mark those no longer "
        "readable as deleted, and assign missing DOIs when DOI_PREFIX is set. Run it once after "
        "the first deploy of this feature or after changing DOI_PREFIX; publishing keeps it in "
        "step afterwards."
    )

    def handle(self, *args, **options):
        assigned = sync_exposure()
        exposed = IssueLanguageRecord.objects.filter(exposed=True).count()
        withdrawn = IssueLanguageRecord.objects.filter(exposed=False).count()
        self.stdout.write(
            f"{exposed} issue-languages readable, {withdrawn} withdrawn, "
            f"{len(assigned)} DOIs assigned."
        )
