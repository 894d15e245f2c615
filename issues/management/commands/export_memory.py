"""Write one language pair of the memory as TMX: ``export_memory --source en --target ps``."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand, CommandError

from csrs import languages
from issues.memory import tmx


class Command(BaseCommand):
    help = "Export the translation memory of a language pair as a TMX file."

    def add_arguments(self, parser):
        parser.add_argument("--source", required=True, choices=languages.CODES)
        parser.add_argument("--target", required=True, choices=languages.CODES)
        parser.add_argument("-o", "--output", help="the file to write (default: standard output)")

    def handle(self, *args, **options):
        if options["source"] == options["target"]:
            raise CommandError("The source and target languages must differ.")
        data = tmx.export_memory(
            languages.BY_CODE[options["source"]], languages.BY_CODE[options["target"]]
        )
        if options["output"]:
            with open(options["output"], "wb") as handle:
                handle.write(data)
            self.stderr.write(f"Wrote {options['output']}")
        else:
            sys.stdout.buffer.write(data)
