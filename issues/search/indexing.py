"""Keep ``IssueSearchText`` in step with what readers can read.

When an issue is published, one row per language it is available in is written (and rows of
languages it no longer has are deleted); when it is unpublished, its rows go. Deleting the page
deletes its rows (foreign key cascade). ``rebuild_issue_search`` rebuilds everything.

What a row holds is built by :mod:`issues.search.document` (words, other spellings, stems,
the issue's number and week); its words also feed the vocabulary of "did you mean"
(``SearchWord``).
"""

from __future__ import annotations

from functools import cache

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value
from django.utils.translation import gettext_lazy as _

from csrs import languages
from csrs.languages import Language
from issues.background.queue import background_task, enqueue
from issues.search.document import build_document
from issues.search.highlight import marking_site_numbers

# The PostgreSQL text search configuration per language. Every language is stemmed in Python
# (issues.search.stemming: Snowball English and Arabic, light Dari and Pashto rules) before
# PostgreSQL sees the words, so SQLite matches the same forms: "simple" only splits words.
WANTED_CONFIGS = {"en": "simple", "ar": "simple", "ps": "simple", "fa-af": "simple"}


@cache
def _installed_configs() -> frozenset[str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        return frozenset(row[0] for row in cursor.fetchall())


def search_config(language: Language) -> str:
    """The text search configuration for ``language`` (``simple``: see ``WANTED_CONFIGS``)."""
    wanted = WANTED_CONFIGS.get(language.code, "simple")
    if connection.vendor != "postgresql":
        return wanted
    return wanted if wanted in _installed_configs() else "simple"


def _stream_text(stream) -> str:
    """The readable text of a StreamField value (rich text without markup, block by block)."""
    if not stream:
        return ""
    return "\n".join(part for part in stream.stream_block.get_searchable_content(stream) if part)


def issue_text(issue, language: Language) -> tuple[str, str]:
    """(title, body) of ``issue`` in ``language``: what a reader can find it by."""
    title = (getattr(issue, language.field("title"), "") or "").strip()
    parts = [getattr(issue, language.field("standfirst"), "") or ""]
    with marking_site_numbers():  # sub-heading numbers: shown in the page's digits in snippets
        for name in ("analyses", "recommendations", "references"):
            parts.append(_stream_text(getattr(issue, language.field(name), None)))
    return title, "\n".join(part.strip() for part in parts if part and part.strip())


def search_rows(issue) -> list:
    """Unsaved search rows of a published ``issue``, one per language it is available in.

    On PostgreSQL ``vector`` holds the expression that computes the weighted ``tsvector``
    (title A, the rest B) when the row is written.
    """
    from issues.models import IssueSearchText

    rows = []
    for language in languages.LANGUAGES:
        if not issue.is_available_in(language):
            continue
        title, body = issue_text(issue, language)
        # The issue number and week are searchable too, in any digits («۴۵۵» finds 455).
        document = build_document(issue, language, title, body)
        config = search_config(language)
        row = IssueSearchText(
            page=issue,
            language=language.code,
            title=title,
            text=body,
            normalised=document.normalised,
            config=config,
            number=issue.number,
        )
        row.document = document  # for the vocabulary; not a column
        if connection.vendor == "postgresql":
            title_vector = SearchVector(Value(document.title_line), weight="A", config=config)
            row.vector = title_vector + SearchVector(
                Value(document.body_line), weight="B", config=config
            )
            row.title_vector = title_vector
        rows.append(row)
    return rows


def add_to_vocabulary(rows) -> None:
    """Add the words of ``rows`` (from :func:`search_rows`) to the "did you mean" vocabulary."""
    from issues.models import SearchWord

    known = {
        (row.language, word)
        for row in rows
        if getattr(row, "document", None) is not None
        for word in row.document.vocabulary
    }
    SearchWord.objects.bulk_create(
        [SearchWord(language=code, word=word) for code, word in sorted(known)],
        ignore_conflicts=True,
        batch_size=2000,
    )


def index_issue(issue) -> None:
    """Write the search rows of a published ``issue``, one per language it is available in."""
    from issues.models import IssueSearchText

    rows = search_rows(issue)
    add_to_vocabulary(rows)
    with transaction.atomic():
        IssueSearchText.objects.filter(page=issue).exclude(
            language__in=[row.language for row in rows]
        ).delete()
        IssueSearchText.objects.bulk_create(
            rows,
            update_conflicts=True,
            unique_fields=["page", "language"],
            update_fields=[
                "title",
                "text",
                "normalised",
                "config",
                "vector",
                "title_vector",
                "number",
            ],
        )


def index_new_issues(issues) -> None:
    """Write the search rows of just-published issues that have none yet, in one statement."""
    from issues.models import IssueSearchText

    rows = [row for issue in issues for row in search_rows(issue)]
    add_to_vocabulary(rows)
    IssueSearchText.objects.bulk_create(rows)


def unindex_issue(issue) -> None:
    """Remove ``issue`` from search (it is no longer live)."""
    from issues.models import IssueSearchText

    IssueSearchText.objects.filter(page=issue).delete()


def rebuild_issue_search() -> int:
    """Re-index every live issue and drop rows of the others; returns how many were indexed."""
    from issues.models import IssuePage, IssueSearchText, SearchWord

    live = list(IssuePage.objects.live())
    IssueSearchText.objects.exclude(page__in=[issue.pk for issue in live]).delete()
    SearchWord.objects.all().delete()  # rebuilt from the live issues' words below
    for issue in live:
        index_issue(issue)
    return len(live)


@background_task(label=_("Search index update"))
def update_issue_search(issue_id: int) -> dict:
    """Index the issue as it is live now, or drop it from search if it is not live any more.

    Idempotent, so a retry or a late run after a newer publish writes the current state.
    """
    from issues.models import IssuePage

    issue = IssuePage.objects.filter(pk=issue_id).first()
    if issue is None or not issue.live:
        if issue is not None:
            unindex_issue(issue)
        return {"indexed": False}
    index_issue(issue)
    return {"indexed": True}


def on_page_published(sender, instance, **kwargs):
    """``page_published`` receiver: queue the search update in the publishing transaction.

    With the database queue the task row commits (or rolls back) with the publish; with the
    ImmediateBackend it runs at once, in the request, as before there was a queue.
    """
    enqueue(update_issue_search, instance.pk)


def on_page_unpublished(sender, instance, **kwargs):
    enqueue(update_issue_search, instance.pk)
