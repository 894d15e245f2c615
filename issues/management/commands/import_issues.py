"""``manage.py import_issues PATH… --language xx [--dry-run] [--json] [--publish]``."""

from __future__ import annotations

import json
import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation
from django.utils.translation import gettext as _

from csrs import languages
from issues.backcatalogue.batch import FileOutcome, collect_files, import_one
from issues.backcatalogue.messages import warning_text


class Command(BaseCommand):
    help = (
        "Import back-catalogue issues from PDF, Word (.docx) or text files (or folders of them) "
        "into draft issues: one file fills one language of the issue with its number."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
        parser.add_argument(
            "--language",
            default="detect",
            choices=[*languages.CODES, "detect"],
            help="the files' language (default: detected from the script and headings)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="parse and report, write nothing"
        )
        parser.add_argument(
            "--json", action="store_true", help="print the results (parsed structure) as JSON"
        )
        parser.add_argument(
            "--publish",
            action="store_true",
            help="publish the imported language, dated to the issue's week (back catalogue)",
        )
        parser.add_argument(
            "--interface-language",
            default=languages.DEFAULT_LANGUAGE.code,
            choices=languages.CODES,
            help="the language of messages and warnings (default: English)",
        )

    def handle(self, *args, **options):
        if options["dry_run"] and options["publish"]:
            raise CommandError("--dry-run and --publish cannot be combined.")
        with translation.override(options["interface_language"]):
            return self._run(options)

    def _run(self, options):
        language = None if options["language"] == "detect" else options["language"]
        files = collect_files(options["paths"])
        if not files:
            raise CommandError(_("No PDF, Word or text files were found."))
        outcomes: list[FileOutcome] = []
        for position, path in enumerate(files, start=1):
            self._progress(position, len(files), path.name)
            outcomes.append(
                import_one(
                    path,
                    language=language,
                    dry_run=options["dry_run"],
                    publish=options["publish"],
                )
            )
        self._progress_done()
        if options["json"]:
            self.stdout.write(
                json.dumps([o.as_data() for o in outcomes], ensure_ascii=False, indent=2)
            )
            table_out = self.stderr
        else:
            table_out = self.stdout
        self._summary(outcomes, table_out, verbose=not options["json"])
        failed = [o for o in outcomes if o.failed]
        if failed:
            raise CommandError(
                _("%(failed)s of %(total)s files could not be imported.")
                % {"failed": len(failed), "total": len(outcomes)},
                returncode=1,
            )

    # --- output ------------------------------------------------------------------------------
    def _progress(self, position: int, total: int, name: str) -> None:
        """A one-line progress bar on stderr (redrawn in place on a terminal)."""
        width = 24
        done = int(width * (position - 1) / total)
        line = f"[{'#' * done}{'.' * (width - done)}] {position}/{total} {name}"
        if sys.stderr.isatty():
            self.stderr.write(f"\r\033[K{line}", ending="")
            self.stderr.flush()
        else:
            self.stderr.write(line)

    def _progress_done(self) -> None:
        if sys.stderr.isatty():
            self.stderr.write("\r\033[K", ending="")

    @staticmethod
    def _result_label(outcome: FileOutcome) -> str:
        labels = {
            "created": _("created"),
            "updated": _("updated"),
            "unchanged": _("unchanged"),
            "parsed": _("parsed (dry run)"),
            "failed": _("failed"),
        }
        label = labels.get(outcome.result, outcome.result)
        if outcome.applied is not None and outcome.applied.published:
            label = _("%(result)s, published") % {"result": label}
        return label

    def _summary(self, outcomes: list[FileOutcome], out, *, verbose: bool) -> None:
        headers = [
            _("File"),
            _("Issue"),
            _("Language"),
            _("Sections"),
            _("Recommendations"),
            _("References"),
            _("Warnings"),
            _("Result"),
        ]
        rows = []
        for o in outcomes:
            parsed = o.parsed
            rows.append(
                [
                    o.path,
                    str(parsed.number or "?") if parsed else "",
                    parsed.language if parsed else "",
                    str(o.counts.sections) if parsed else "",
                    str(o.counts.recommendations) if parsed else "",
                    str(o.counts.references) if parsed else "",
                    str(o.counts.warnings) if parsed else "",
                    self._result_label(o),
                ]
            )
        widths = [max(len(str(h)), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
        out.write("  ".join(str(h).ljust(w) for h, w in zip(headers, widths, strict=True)))
        out.write("  ".join("-" * w for w in widths))
        for row in rows:
            out.write("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        for o in outcomes:
            if o.failed:
                out.write(self.style.ERROR(f"{o.path}: {o.error}"))
            elif verbose:
                warnings = [*(o.parsed.warnings if o.parsed else [])]
                warnings += o.applied.warnings if o.applied else []
                for w in warnings:
                    if w.level == "warning":
                        text = warning_text(w.code, w.params, fallback=w.message)
                        out.write(self.style.WARNING(f"{o.path}: {text}"))
