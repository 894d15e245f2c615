"""Rebuild the per-language search text of every live issue (after an import or upgrade)."""

from django.core.management.base import BaseCommand

from issues.search.indexing import rebuild_issue_search


class Command(BaseCommand):
    help = "Rebuild the search text of every live issue, in every language it is available in."

    def handle(self, *args, **options):
        count = rebuild_issue_search()
        self.stdout.write(f"Indexed {count} live issue(s).")
