"""``manage.py purge_import_uploads``: delete uploaded import files older than a day.

Back-catalogue and translation previews keep the uploaded file until it is confirmed
(``issues/backcatalogue/uploads.py``); a confirmation deletes it, and every upload purges the
expired ones. This command catches the rest (a preview nobody confirmed on a quiet site): run it
daily from cron or the scheduler.
"""

from django.core.management.base import BaseCommand

from issues.backcatalogue.uploads import TOKEN_MAX_AGE_SECONDS, purge_expired_uploads


class Command(BaseCommand):
    help = "Delete uploaded import and translation files older than a day (never confirmed)."

    def handle(self, *args, **options):
        removed = purge_expired_uploads()
        hours = TOKEN_MAX_AGE_SECONDS // 3600
        self.stdout.write(f"Deleted {removed} uploaded file(s) older than {hours} hours.")
