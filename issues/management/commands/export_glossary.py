"""Write the glossary: ``export_glossary --format tbx|csv [-o FILE]``."""

from __future__ import annotations

import sys

from django.core.management.base import BaseCommand

from issues.memory import glossary


class Command(BaseCommand):
    help = "Export the glossary as TBX or CSV."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["tbx", "csv"], default="tbx")
        parser.add_argument("-o", "--output", help="the file to write (default: standard output)")

    def handle(self, *args, **options):
        from issues.models import GlossaryTerm

        terms = GlossaryTerm.objects.order_by("pk")
        data = (
            glossary.export_csv(terms) if options["format"] == "csv" else glossary.export_tbx(terms)
        )
        if options["output"]:
            with open(options["output"], "wb") as handle:
                handle.write(data)
            self.stderr.write(f"Wrote {options['output']}")
        else:
            sys.stdout.buffer.write(data)
