"""Export issues for outside translators: XLIFF 1.2, XLIFF 2.0 or PO (a zip for several)."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from csrs import languages
from issues.translations import export, formats


class Command(BaseCommand):
    help = "Export issues' text for translation into one language (XLIFF 1.2/2.0 or PO)."

    def add_arguments(self, parser):
        parser.add_argument("--issue", type=int, action="append", required=True, help="number")
        parser.add_argument("--language", required=True, choices=languages.CODES)
        parser.add_argument("--format", default="xliff12", choices=sorted(formats.FORMATS))
        parser.add_argument("--output", help="file or folder (default: the current folder)")

    def handle(self, *args, **options):
        from issues.models import IssuePage

        issues = []
        for number in options["issue"]:
            issue = IssuePage.objects.filter(number=number).first()
            if issue is None:
                raise CommandError(f"No issue number {number}.")
            issues.append(issue)
        target = languages.BY_CODE[options["language"]]
        try:
            name, data = export.export_issues(issues, target, options["format"])
        except ValueError as error:
            raise CommandError(str(error)) from error
        output = Path(options["output"] or name)
        if output.is_dir():
            output = output / name
        if str(output) == "-":
            sys.stdout.buffer.write(data)
            return
        output.write_bytes(data)
        self.stdout.write(f"{output} ({len(issues)} issue(s), {len(data)} bytes)")
