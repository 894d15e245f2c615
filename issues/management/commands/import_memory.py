"""Add a TMX file to the translation memory: ``import_memory FILE.tmx`` (all or nothing)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from issues.memory import tmx
from issues.memory.files import FileRefused


class Command(BaseCommand):
    help = "Import a TMX file into the translation memory (validated whole, all or nothing)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, **options):
        try:
            with open(options["file"], "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(str(error)) from error
        try:
            report = tmx.import_memory(data)
        except FileRefused as error:
            raise CommandError(
                "Nothing was imported:\n" + "\n".join(f"- {p}" for p in error.problems)
            ) from error
        for pair, count in sorted(report.added.items()):
            self.stdout.write(f"{pair}: {count} added")
        self.stdout.write(f"{report.total} added, {report.known} already known")
