"""Keep ``IssueLanguageRecord`` in step with what readers may see, and assign DOIs.

Called after publishing and unpublishing, when a privacy setting changes and when an issue is
deleted (issues/scholarly/signals.py), after a bulk publish, and by
``manage.py sync_scholarly_records``. It is idempotent: each call compares
``IssuePage.objects.readable(language)`` with the records and writes only the differences.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from csrs import languages
from issues.scholarly.dois import dois_enabled, format_doi

LANGUAGE_SET = "language"
TOPIC_SET = "topic"


def set_specs_of(issue, code: str) -> str:
    """The OAI sets of ``issue`` read in ``code``: its language and each of its topics."""
    specs = [f"{LANGUAGE_SET}:{code}"]
    specs += [f"{TOPIC_SET}:{topic.slug}" for topic in issue.topics.all()]
    return " ".join(specs)


@transaction.atomic
def sync_exposure(issue_ids: Iterable[int] | None = None, *, published: bool = False) -> list:
    """Bring the records of ``issue_ids`` (all issues when None) up to date.

    ``published``: the issues were just published, so their readable languages' datestamps
    move (their content may have changed) even if they were readable before. Returns the
    records whose DOI was assigned by this call.
    """
    from issues.models import IssueLanguageRecord, IssuePage

    issues = IssuePage.objects.for_listing().prefetch_related("topics")
    records = IssueLanguageRecord.objects.select_for_update()
    if issue_ids is not None:
        issue_ids = list(issue_ids)
        issues = issues.filter(pk__in=issue_ids)
    issues = list(issues)
    numbers = [issue.number for issue in issues]
    if issue_ids is not None:
        records = records.filter(number__in=numbers)
    by_key = {(record.number, record.language): record for record in records}
    readable = {
        lang.code: set(
            IssuePage.objects.readable(lang)
            .filter(pk__in=[issue.pk for issue in issues])
            .values_list("pk", flat=True)
        )
        for lang in languages.LANGUAGES
    }
    now = timezone.now()
    assign = dois_enabled()
    created, changed, assigned = [], [], []
    for issue in issues:
        for lang in languages.LANGUAGES:
            record = by_key.get((issue.number, lang.code))
            visible = issue.pk in readable[lang.code]
            if record is None:
                if not visible:
                    continue
                record = IssueLanguageRecord(
                    issue=issue,
                    number=issue.number,
                    language=lang.code,
                    first_exposed_at=now,
                    datestamp=now,
                    set_specs=set_specs_of(issue, lang.code),
                )
                created.append(record)
            elif visible:
                if not record.exposed or published or record.issue_id != issue.pk:
                    record.exposed = True
                    record.issue = issue
                    record.datestamp = now
                    record.set_specs = set_specs_of(issue, lang.code)
                    changed.append(record)
            elif record.exposed:
                record.exposed = False
                record.datestamp = now
                changed.append(record)
                continue
            else:
                continue
            if assign and not record.doi:
                record.doi = format_doi(issue.number, lang)
                record.doi_assigned_at = now
                assigned.append(record)
                if record not in changed and record not in created:
                    changed.append(record)
    IssueLanguageRecord.objects.bulk_create(created)
    IssueLanguageRecord.objects.bulk_update(
        changed,
        ["issue", "exposed", "datestamp", "set_specs", "doi", "doi_assigned_at"],
    )
    return assigned


def withdraw_deleted_issue(issue) -> None:
    """A deleted issue is no longer exposed in any language (its records stay, for OAI)."""
    from issues.models import IssueLanguageRecord

    IssueLanguageRecord.objects.filter(number=issue.number, exposed=True).update(
        exposed=False, datestamp=timezone.now()
    )
