"""``manage.py crossref_deposit [--issue N] [--output FILE] [--submit]``: Crossref deposit XML."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from issues.models import IssuePage, PublicationSettings
from issues.scholarly.crossref import NothingToDeposit, deposit_xml
from issues.scholarly.deposit import crossref_configured, enqueue_deposit
from issues.scholarly.dois import dois_enabled
from issues.scholarly.exposure import sync_exposure


class Command(BaseCommand):
    help = (
        "Write the Crossref deposit XML (schema 5.3.1, one report-paper per readable language "
        "with a DOI) of one issue (--issue N) or of every published issue, to standard output "
        "or --output FILE. --submit also queues the deposit to Crossref as a background task, "
        "one per issue; it needs CROSSREF_USERNAME and CROSSREF_PASSWORD, and sends nothing "
        "without them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--issue", type=int, metavar="N", help="the issue number")
        parser.add_argument("--output", metavar="FILE", help="write the XML here")
        parser.add_argument("--submit", action="store_true", help="queue the deposit to Crossref")

    def handle(self, *args, **options):
        if not dois_enabled():
            raise CommandError("DOI_PREFIX is not set: no DOIs are assigned, nothing to deposit.")
        if options["submit"] and not crossref_configured():
            raise CommandError(
                "CROSSREF_USERNAME and CROSSREF_PASSWORD are not set: nothing was sent."
            )
        issues = IssuePage.objects.live().order_by("number")
        if options["issue"] is not None:
            issues = issues.filter(number=options["issue"])
            if not issues.exists():
                raise CommandError(f"No published issue number {options['issue']}.")
        issues = list(issues)
        sync_exposure([issue.pk for issue in issues])  # DOIs of languages readable now
        if not issues:
            raise CommandError("No published issue.")
        publication = PublicationSettings.for_site(issues[0].get_site())
        try:
            xml = deposit_xml(issues, publication)
        except NothingToDeposit as error:
            raise CommandError(str(error)) from error
        if options["output"]:
            with open(options["output"], "wb") as handle:
                handle.write(xml)
            self.stderr.write(f"Wrote {options['output']}")
        else:
            self.stdout.write(xml.decode("utf-8"), ending="")
        if options["submit"]:
            for issue in issues:
                deposit = enqueue_deposit(issue.pk)
                if deposit is not None:
                    self.stderr.write(f"Queued {deposit.batch_id}")
