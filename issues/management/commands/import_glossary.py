"""Add or update glossary terms from a CSV or TBX file: ``import_glossary FILE``."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from issues.memory import glossary
from issues.memory.files import FileRefused


class Command(BaseCommand):
    help = "Import glossary terms from a CSV or TBX file (validated whole, all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            with open(options["file"], "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(str(error)) from error
        try:
            added, updated = glossary.save_records(glossary.parse_file(data))
        except FileRefused as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"- {p}" for p in error.problems)
            ) from error
        self.stdout.write(f"{added} terms added, {updated} updated")
