"""``manage.py import_wordpress EXPORT.xml… --language xx [--dry-run] [--json] [--publish]
[--redirects-only] [--category NAME…] [--topics MAP.json]``."""

from __future__ import annotations

import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from csrs import languages
from issues.importers.wordpress.run import ImportOptions, import_exports, read_topic_map


class Command(BaseCommand):
    help = (
        "Import one language's WordPress export (WXR) files: Weekly Analysis posts become issues "
        "(one post fills one language; posts of the same number become its analyses in order), "
        "their old URLs permanent redirects. Files are checked whole before anything is written; "
        "each issue is written in its own transaction."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="EXPORT.xml")
        parser.add_argument("--language", required=True, choices=languages.CODES)
        parser.add_argument(
            "--category",
            action="append",
            dest="categories",
            metavar="NAME",
            help="a category (name or slug) of Weekly Analysis posts; repeat for several "
            "(default: the names the four editions used)",
        )
        parser.add_argument(
            "--topics", metavar="MAP.json", help='JSON {"old tag or category": "topic-slug"}'
        )
        parser.add_argument("--dry-run", action="store_true", help="report, write nothing")
        parser.add_argument("--json", action="store_true", help="print the report as JSON")
        parser.add_argument("--publish", action="store_true", help="publish the imported language")
        parser.add_argument(
            "--redirects-only",
            action="store_true",
            help="rebuild this language's redirects from the export and earlier imports",
        )
        parser.add_argument(
            "--uploads",
            metavar="DIR",
            help="the old site's wp-content/uploads folder: attached PDFs become the issue's "
            "original PDF of the language (documents), attached images Wagtail images",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar")

    def handle(self, *args, **options):
        if options["dry_run"] and options["publish"]:
            raise CommandError("--dry-run and --publish cannot be combined.")
        topic_map = {}
        if options["topics"]:
            try:
                topic_map = read_topic_map(options["topics"])
            except (OSError, ValueError) as error:
                raise CommandError(f"Cannot read the topics mapping: {error}") from error
        run_options = ImportOptions(
            language=options["language"],
            categories=options["categories"],
            topic_map=topic_map,
            dry_run=options["dry_run"],
            publish=options["publish"],
            redirects_only=options["redirects_only"],
            uploads_dir=Path(options["uploads"]) if options["uploads"] else None,
        )
        show_progress = not options["no_progress"] and not options["json"]
        report = import_exports(
            options["paths"], run_options, self._progress if show_progress else None
        )
        if show_progress:
            self.stderr.write("")
        if options["json"]:
            self.stdout.write(json.dumps(report.as_data(), ensure_ascii=False, indent=2))
        else:
            self._print(report)
        if report.error:
            raise CommandError(report.error)
        if report.failed:
            raise CommandError("Some issues could not be imported (see above).")

    def _progress(self, done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        bar = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} items"
        self.stderr.write(bar, ending="")
        self.stderr.flush()

    def _print(self, report) -> None:
        out = self.stdout
        if report.error:
            out.write(f"Nothing was imported: {report.error}")
            return
        for post in report.posts:
            line = f"#{post.post_id} {post.title[:60]!r}: {post.outcome}"
            if post.number is not None:
                line += f" -> issue {post.number} ({report.language}), analysis {post.analysis}"
            if post.reason:
                line += f" [{post.reason}]"
            if post.warnings:
                line += f" warnings: {', '.join(sorted(set(post.warnings)))}"
            if post.dropped:
                line += " dropped: " + ", ".join(f"{k}×{v}" for k, v in post.dropped.items())
            out.write(line)
            for name, outcome in post.image_lines():
                out.write(f"    image {name}: {outcome}")
        out.write("")
        out.write("Posts: " + ", ".join(f"{k} {v}" for k, v in sorted(report.counts().items())))
        for action, numbers in sorted(report.issues.items()):
            out.write(f"Issues {action}: {len(numbers)}")
        out.write(f"Redirects added: {report.redirects}")
        if report.unmapped_terms:
            out.write("Tags and categories without a topic (add them to the mapping file):")
            for term, count in report.unmapped_terms.most_common():
                out.write(f"  {term}: {count} post(s)")
        if report.unknown_topics:
            out.write(
                "Topics in the mapping that do not exist: "
                + ", ".join(sorted(report.unknown_topics))
            )
