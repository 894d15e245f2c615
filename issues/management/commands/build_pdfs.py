"""``manage.py build_pdfs``: (re)build the PDF edition of published issues."""

from __future__ import annotations

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from csrs import languages
from issues.pdf.build import build_issue_pdf, remove_issue_pdfs


class Command(BaseCommand):
    help = (
        "Build the PDF edition of published issues: one issue (--issue N), every issue (--all), "
        "or by default only the PDFs that are missing, failed or older than the live revision. "
        "--language xx limits it to one language. Exits with status 1 if any build failed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--issue", type=int, metavar="N", help="the issue number")
        parser.add_argument(
            "--language", choices=languages.CODES, help="only this language (default: all)"
        )
        parser.add_argument(
            "--all", action="store_true", help="rebuild every published issue, even if current"
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        jobs = self._plan(options)
        if not jobs:
            self.stdout.write("Nothing to build: every PDF is up to date.")
            return
        failures = []
        built = 0
        started = time.monotonic()
        progress = tqdm(
            jobs,
            desc="PDFs",
            unit="pdf",
            file=getattr(self.stderr, "_out", sys.stderr),
            disable=options["no_progress"],
        )
        for issue, language in progress:
            progress.set_postfix_str(f"{issue.number} {language.code}")
            result = build_issue_pdf(issue, language)
            if result.ok:
                built += 1
                if options["verbosity"] > 1:
                    self.stdout.write(f"built   issue {issue.number} ({language.code})")
            else:
                failures.append(result)
                self.stderr.write(
                    f"FAILED  issue {result.issue_number} ({language.code}): {result.error}"
                )
        progress.close()
        seconds = time.monotonic() - started
        summary = f"{built} built, {len(failures)} failed, in {seconds:.1f} s."
        if failures:
            failed = ", ".join(f"{r.issue_number} ({r.language})" for r in failures)
            raise CommandError(f"{summary} Failed: {failed}", returncode=1)
        self.stdout.write(self.style.SUCCESS(summary))

    def _plan(self, options):
        """The (issue, language) pairs to build, in issue then language order."""
        from issues.models import IssuePage

        issues = IssuePage.objects.live().order_by("number").prefetch_related("pdfs")
        if options["issue"] is not None:
            issues = issues.filter(number=options["issue"])
            if not issues:
                raise CommandError(f"No published issue number {options['issue']}.")
        only = options["language"]
        jobs = []
        for issue in issues:
            if options["all"] or options["issue"] is not None:
                remove_issue_pdfs(issue, keep=issue.languages)
            wanted = [languages.get_language(only)] if only else issue.languages
            if only and not issue.is_available_in(wanted[0]):
                if options["issue"] is not None:
                    raise CommandError(f"Issue {issue.number} is not available in {only}.")
                continue
            if not (options["all"] or options["issue"] is not None):
                current = {
                    pdf.language
                    for pdf in issue.pdfs.all()
                    if pdf.size
                    and not pdf.error
                    and pdf.source_revision_id == issue.live_revision_id
                }
                wanted = [lang for lang in wanted if lang.code not in current]
            jobs.extend((issue, lang) for lang in wanted)
        return jobs
