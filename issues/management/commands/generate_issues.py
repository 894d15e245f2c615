"""Create N published synthetic issues in four languages, for benchmarks and load tests."""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from issues.benchmarking.synthetic import generate_issues


class Command(BaseCommand):
    help = (
        "Create N published issues with fresh synthetic text in every language (PDFs are not "
        "built). For benchmarks: 2500 issues are 10,000 issue-languages."
    )

    def add_arguments(self, parser):
        parser.add_argument("count", type=int, help="How many issues to create.")
        parser.add_argument("--seed", type=int, default=1, help="Random seed (default 1).")
        parser.add_argument("--batch-size", type=int, default=50)

    def handle(self, *args, count, seed, batch_size, **options):
        if count < 1:
            raise CommandError("COUNT must be at least 1.")
        try:
            result = generate_issues(
                count,
                seed=seed,
                batch_size=batch_size,
                progress=lambda done: self.stdout.write(f"  {done}/{count}"),
            )
        except ValueError as error:
            raise CommandError(str(error)) from error
        if connection.vendor == "postgresql" and not transaction.get_connection().in_atomic_block:
            # After a bulk load, as autovacuum would later: flush the search index's pending
            # entries (a GIN index with a long pending list is slow and the planner avoids it)
            # and refresh the statistics the planner reads.
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE issues_issuesearchtext")
                cursor.execute("ANALYZE")
        self.stdout.write(
            self.style.SUCCESS(
                f"Created issues {result.first_number}–{result.last_number}: "
                f"{result.issues} issues, {result.issue_languages} issue-languages."
            )
        )
