"""Insert many new issues at once, leaving what saving (and publishing) them one by one leaves.

Publishing one new issue the ordinary way (``archive.add_child(instance=issue)``, then
``issue.save_revision().publish()``) saves the page three times. Each save re-indexes it in
Wagtail's admin search and reference index (after commit, from a fresh copy of the page), the
content is validated twice, the revision is decoded again to be published, and the search rows
and workflow records are written row by row: about 0.4 s per issue, too slow for the thousands of
issues a benchmark needs or the thousands a WordPress back catalogue brings.

:func:`write_new_issues` writes a batch of new issues table by table instead, with the same end
state: page rows placed in the tree under the archive, one revision each (its content taken
before publishing, as ``save_revision`` takes it), their topics, log entries, and either a
draft (``publish=False``: what ``add_child`` + ``save_revision`` leave) or the page live on
that revision with what the ``page_published`` receivers leave (search rows, the workflow's
approval records, caches told, and on request the PDF editions, share cards and mailings).
Used by the WordPress importer (``issues/importers/wordpress/run.py``) for the new issues of an
import and by the benchmarks' generator (:func:`publish_new_issues`).

``REPRODUCED_RECEIVERS`` names each signal receiver and how it is reproduced; a test fails when
a receiver is added that this module does not know about.
"""

from __future__ import annotations

import contextlib
import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connections, router, transaction
from django.db.models import F
from django.db.models.sql import InsertQuery
from django.db.models.sql.compiler import SQLInsertCompiler
from django.utils import timezone, translation
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations
from treebeard.exceptions import PathOverflow
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends

from csrs import languages
from issues.models import IssueIndexPage, IssuePage

logger = logging.getLogger(__name__)

# What receives a new issue's saves and publication (signal: receiver), and what stands in for
# each here: no signal is sent. tests/performance checks that no receiver is missing.
REPRODUCED_RECEIVERS = {
    "pre_save": {
        "wagtail.models.i18n.set_locale_on_new_instance": "the archive's locale",
    },
    "post_save": {
        "modelsearch.signal_handlers.post_save_signal_handler": "one add_bulk per batch",
        # The same handler, once an import has routed it through bulk import mode.
        "issues.backcatalogue.bulk._on_issue_saved": "one add_bulk per batch",
        "wagtail.signal_handlers.update_reference_index_on_save": "reference index, per issue",
        "issues.page_cache.connect.<locals>.on_model_change": "nothing (settings, topics only)",
        "issues.site_cache.connect.<locals>.on_model_change": (
            "nothing: new issues are neither a site's root page nor one of its children"
        ),
    },
    "page_published": {
        "issues.search.indexing.on_page_published": "search rows, one insert per batch",
        "issues.workflow.signals.detect_outdated_on_publish": (
            "nothing: a new issue has no approval to outdate (its approval records, batched)"
        ),
        "issues.cache_purge.purge_listings": "one CDN purge per batch",
        "wagtail.contrib.frontend_cache.signal_handlers.page_published_signal_handler": (
            "one CDN purge per batch"
        ),
        "issues.page_cache.invalidate_on_commit": "one page-cache invalidation per batch",
        "issues.pdf.signals.build_pdfs_on_publish": (
            "called per issue with editions=True (an import); skipped for benchmarks"
        ),
        "issues.scholarly.signals.record_published_issue": "exposure records, one sync per batch",
        "issues.sharecards.signals.build_cards_on_publish": (
            "called per issue with editions=True; skipped for benchmarks (the card address "
            "serves the generic image until a card is built)"
        ),
        "issues.newsletter.mailings.on_issue_published": (
            "called per issue with editions=True; skipped for benchmarks (generated issues "
            "are never mailed to subscribers)"
        ),
    },
    "published": {},
}


def publish_new_issues(archive: IssueIndexPage, issues: list[IssuePage]) -> list[Revision]:
    """Add unsaved ``issues`` as the archive's last children and publish them, in one
    transaction, as an editor's "Publish" in the admin leaves them (PDF editions, share cards and
    mailings aside): the benchmarks' generator. See :func:`write_new_issues`."""
    return write_new_issues(archive, issues, publish=True, log_edit=False)


def write_new_issues(
    archive: IssueIndexPage,
    issues: list[IssuePage],
    *,
    publish: bool,
    user=None,
    log_edit: bool = True,
    published_at=None,
    editions: bool = False,
) -> list[Revision]:
    """Add unsaved ``issues`` as the archive's last children, one revision each, in one
    transaction; with ``publish`` they go live on it.

    Each issue needs its number, dates, original language and text set (topics too, if any:
    ``issue.topics = [...]``); everything else (tree position, slug, url path, available
    languages, revision, publication dates) is done here. The history has the "created" entry
    ``add_child`` logs and, with ``log_edit``, the "edited" entry of
    ``save_revision(user, log_action=True)`` (the generator's issues have none).
    ``published_at(issue)`` dates a published issue (default: now). ``editions`` also queues
    each published issue's PDF editions, share cards and mailings, as the ``page_published``
    receivers do.

    The streams are not validated here (the caller passes cleaned values); the other fields are
    (``full_clean`` without the streams) once the rows are in the tree, and a
    ``ValidationError`` rolls the whole batch back. Returns the new revisions, in the order of
    ``issues``.
    """
    if not issues:
        return []
    # Revisions store title and title_en alike, and Wagtail's search index reads the plain
    # attributes: both follow the active language, here the default one.
    with (
        transaction.atomic(),
        translation.override(languages.DEFAULT_LANGUAGE.code),
        stream_data_computed_once(),
    ):
        now = timezone.now()
        _insert_pages(archive, issues, publish=publish)
        _insert_topics(issues)
        revisions = _create_revisions(issues, now, user=user)
        _set_latest(issues, revisions, publish=publish, now=now, published_at=published_at)
        _log(issues, revisions, now, user=user, log_edit=log_edit, publish=publish)
        if publish:
            _after_publish(issues, editions=editions)
        else:
            _after_save(issues)
    return revisions


def _insert_pages(archive: IssueIndexPage, issues: list[IssuePage], *, publish: bool) -> None:
    """The rows ``add_child`` would insert (as drafts), with the paths it would give them,
    each validated first as ``add_child`` validates it (streams aside: see ``_validate``)."""
    # Lock the archive as treebeard's add_child does, and read its path and children afresh.
    parent = Page.objects.select_for_update().get(pk=archive.pk)
    last = parent.get_last_child()
    step = IssuePage._str2int(last.path[-IssuePage.steplen :]) if last else 0
    depth = parent.depth + 1
    taken = set(
        Page.objects.child_of(parent)
        .filter(slug__in=[str(issue.number) for issue in issues])
        .values_list("slug", flat=True)
    )
    for offset, issue in enumerate(issues, start=1):
        if not issue._state.adding:
            raise ValueError(f"Issue {issue.number} is already saved.")
        issue.depth = depth
        issue.path = IssuePage._get_path(parent.path, depth, step + offset)
        if len(issue.path) != len(parent.path) + IssuePage.steplen:
            raise PathOverflow(f"The archive has no room for {len(issues)} more issues.")
        issue.numchild = 0
        issue.slug = str(issue.number)
        issue.url_path = f"{parent.url_path}{issue.slug}/"
        issue.locale_id = parent.locale_id
        issue.live = False
        issue.has_unpublished_changes = False
        issue._cached_parent_obj = archive  # the slug check and cache_purge read the parent
        _hold_relations(issue)
        _validate(issue, slug_taken=str(issue.number) in taken)
        issue.draft_title = issue.title
        if publish:
            # Every language with text is approved below (approval_records): all are available.
            codes = [lang.code for lang in languages.LANGUAGES if issue.has_content_in(lang)]
        else:
            codes = issue.compute_available_languages()  # a draft: what save() computes
        issue.available_languages = f" {' '.join(codes)} " if codes else ""
    # Django cannot bulk_create a multi-table model: the Page rows first (their ids come back),
    # then the IssuePage rows pointing at them. No save signal fires, so nothing is indexed per
    # row; the batch is indexed once below.
    Page._base_manager.bulk_create(issues)
    for issue in issues:
        issue.page_ptr_id = issue.id
    insert_values(IssuePage, issues, IssuePage._meta.local_concrete_fields)
    Page._base_manager.filter(pk=parent.pk).update(numchild=F("numchild") + len(issues))


#: Not validated again: the stream columns (each language's and modeltranslation's originals),
#: which the caller cleaned, and the foreign keys, set here (each would cost a query).
NOT_VALIDATED = [
    f.name for f in IssuePage._meta.concrete_fields if isinstance(f, StreamField) or f.is_relation
]


def _validate(issue: IssuePage, *, slug_taken: bool) -> None:
    """``full_clean`` as ``add_child`` runs it (bidi controls removed, the week, the original
    title, the slug free under the archive), without ``NOT_VALIDATED`` and without the
    uniqueness queries: the database's unique constraints refuse a duplicate. Whether the
    slug is free was asked once for the batch (``slug_taken``), not once per issue."""
    original = issue._check_slug_is_unique

    def check_slug() -> None:
        if slug_taken:
            original()  # raises the ValidationError an editor would see
        # Free: no query (other issues of the batch have other numbers, hence other slugs).

    issue._check_slug_is_unique = check_slug
    try:
        issue.full_clean(exclude=NOT_VALIDATED, validate_unique=False, validate_constraints=False)
    finally:
        del issue._check_slug_is_unique


def _hold_relations(issue: IssuePage) -> None:
    """Give a new issue's child relations and many-to-many fields (topics, regions, comments)
    their in-memory value, empty unless the caller set one: serialising, indexing and
    recording references then read them without a query per issue and relation (once the
    row exists, an unset relation is read from the database, where it is empty anyway)."""
    held = getattr(issue, "_cluster_related_objects", {})
    for relation in CLUSTER_RELATIONS:
        if relation not in held:
            setattr(issue, relation, [])


CLUSTER_RELATIONS = [
    *(relation.name for relation in get_all_child_relations(IssuePage)),
    *(field.name for field in get_all_child_m2m_relations(IssuePage)),
]


def _insert_topics(issues: list[IssuePage]) -> None:
    """The issues' topics (``ParentalManyToManyField``): what ``save()`` commits for them."""
    through = IssuePage.topics.through
    rows = [
        through(issuepage_id=issue.pk, topic_id=topic.pk)
        for issue in issues
        for topic in issue.topics.all()
    ]
    through.objects.bulk_create(rows)


def _create_revisions(issues: list[IssuePage], now, *, user=None) -> list[Revision]:
    """One revision per issue, its content the draft as ``save_revision`` would store it."""
    base_type = ContentType.objects.get_for_model(Page)
    issue_type = ContentType.objects.get_for_model(IssuePage)
    revisions = [
        Revision(
            content_type=issue_type,
            base_content_type=base_type,
            object_id=str(issue.pk),
            content=_draft_content(issue),
            object_str=str(issue),
            created_at=now,
            user=user,
        )
        for issue in issues
    ]
    insert_values(Revision, revisions, returning=True)
    return revisions


def _draft_content(issue: IssuePage) -> dict:
    """The revision content ``save_revision`` stores for a new issue: its translations are
    approved after it, so the draft names only the original language as available."""
    content = issue.serializable_data()
    original = languages.get_language(issue.original_language)
    content["available_languages"] = f" {original.code} " if issue.has_content_in(original) else ""
    return content


def _set_latest(issues: list[IssuePage], revisions: list[Revision], *, publish, now, published_at):
    """What ``save_revision`` sets on the page, and with ``publish`` what ``publish()`` sets:
    live on its (only, so latest) revision."""
    for issue, revision in zip(issues, revisions, strict=True):
        issue.latest_revision = revision
        issue.latest_revision_created_at = revision.created_at
        if publish:
            issue.live_revision = revision
            issue.live = True
            issue.has_unpublished_changes = False
            issue.expired = False
            when = published_at(issue) if published_at else now
            issue.first_published_at = issue.last_published_at = when
        else:
            issue.has_unpublished_changes = True
    update_rows(
        Page,
        issues,
        [
            "latest_revision",
            "live_revision",
            "latest_revision_created_at",
            "live",
            "has_unpublished_changes",
            "expired",
            "first_published_at",
            "last_published_at",
        ],
    )


def update_rows(model, objs: list, field_names: list[str]) -> None:
    """Write ``field_names`` of ``objs`` (rows of ``model``'s own table) back, like
    ``bulk_update`` but as one ``UPDATE … FROM (VALUES …)`` per chunk on PostgreSQL: Django's
    ``bulk_update`` builds a ``CASE WHEN id = … THEN …`` expression per field and row, which
    costs milliseconds of Python per row."""
    alias = router.db_for_write(model)
    connection = connections[alias]
    if connection.vendor != "postgresql":
        model._base_manager.using(alias).bulk_update(objs, field_names)
        return
    fields = [model._meta.get_field(name) for name in field_names]
    pk = model._meta.pk
    columns = [pk, *fields]
    casts = [f"::{field.db_type(connection)}" for field in columns]
    row = "(" + ", ".join(f"%s{cast}" for cast in casts) + ")"
    table = connection.ops.quote_name(model._meta.db_table)
    quote = connection.ops.quote_name
    names = ", ".join(quote(f"v_{field.column}") for field in columns)
    assignments = ", ".join(f"{quote(f.column)} = v.{quote('v_' + f.column)}" for f in fields)
    per_statement = max(1, MAX_PARAMETERS // len(columns))
    with connection.cursor() as cursor:
        for start in range(0, len(objs), per_statement):
            chunk = objs[start : start + per_statement]
            params = [
                field.get_db_prep_save(getattr(obj, field.attname), connection)
                for obj in chunk
                for field in columns
            ]
            cursor.execute(
                f"UPDATE {table} SET {assignments} FROM (VALUES "
                + ", ".join([row] * len(chunk))
                + f") AS v({names}) WHERE {table}.{quote(pk.column)} = v.{quote('v_' + pk.column)}",
                params,
            )


def _log(issues: list[IssuePage], revisions: list[Revision], now, *, user, log_edit, publish):
    """The history entries: "created" (by nobody, as ``add_child`` logs it), "edited" with the
    revision if ``log_edit``, "published" with it if ``publish``."""
    content_type = ContentType.objects.get_for_model(IssuePage, for_concrete_model=False)
    actions = [("wagtail.create", False, None)]
    if log_edit:
        actions.append(("wagtail.edit", True, user))
    if publish:
        actions.append(("wagtail.publish", True, user))
    entries = [
        PageLogEntry(
            content_type=content_type,
            label=issue.get_admin_display_title(),
            action=action,
            timestamp=now,
            data={},
            content_changed=True,
            page=issue,
            user=by,
            revision=revision if with_revision else None,
        )
        for issue, revision in zip(issues, revisions, strict=True)
        for action, with_revision, by in actions
    ]
    PageLogEntry.objects.bulk_create(entries)


def _after_save(issues: list[IssuePage]) -> None:
    """What the saves' receivers leave for drafts: Wagtail's admin search index and reference
    index, from the objects in hand. Inside bulk import mode (``issues/backcatalogue/bulk.py``)
    that is done as the mode does it for the pages saved, after commit (a rolled-back batch
    indexes nothing), but without reading each page back."""
    from issues.backcatalogue import bulk

    if bulk.active():
        transaction.on_commit(lambda: _index_drafts(issues), robust=True)
    else:
        _index_drafts(issues)


def _index_drafts(issues: list[IssuePage]) -> None:
    with transaction.atomic():
        _index_for_admin(issues)
        index_references(issues)


def _after_publish(issues: list[IssuePage], *, editions: bool = False) -> None:
    """What the saves' and ``page_published``'s receivers leave, once for the whole batch."""
    from issues import page_cache
    from issues.models import TranslationStatus
    from issues.scholarly.exposure import sync_exposure
    from issues.search.indexing import index_new_issues
    from issues.workflow.actions import approval_records

    index_new_issues(issues)
    sync_exposure([issue.pk for issue in issues], published=True)
    insert_values(
        TranslationStatus,
        [status for issue in issues for status in approval_records(issue, existing=set())],
        returning=True,
    )
    _index_for_admin(issues)
    index_references(issues)
    page_cache.invalidate_on_commit()
    transaction.on_commit(lambda: _purge_cdn(issues), robust=True)
    if editions:
        _queue_editions(issues)


def _queue_editions(issues: list[IssuePage]) -> None:
    """The per-issue ``page_published`` receivers the benchmarks skip: PDF editions and share
    cards queued after commit, the mailings of the languages readers can now read."""
    from issues.newsletter.mailings import on_issue_published
    from issues.pdf.signals import build_pdfs_on_publish
    from issues.sharecards.signals import build_cards_on_publish

    for issue in issues:
        for receiver in (build_pdfs_on_publish, build_cards_on_publish, on_issue_published):
            receiver(sender=IssuePage, instance=issue, revision=issue.live_revision)


def index_references(issues: list[IssuePage]) -> None:
    """Wagtail's reference index for new issues: the rows
    ``ReferenceIndex.create_or_update_for_object`` would add to each (a new object has none to
    compare with or delete), in one insert."""
    if not ReferenceIndex.is_indexed(IssuePage):
        return
    content_type = ContentType.objects.get_for_model(IssuePage, for_concrete_model=False)
    base_content_type = ContentType.objects.get_for_model(Page)
    rows = [
        ReferenceIndex(
            content_type=content_type,
            base_content_type=base_content_type,
            object_id=issue.pk,
            to_content_type_id=to_content_type_id,
            to_object_id=to_object_id,
            model_path=model_path,
            content_path=content_path,
            content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
        )
        for issue in issues
        for to_content_type_id, to_object_id, model_path, content_path in set(
            ReferenceIndex._extract_references_from_object(issue)
        )
    ]
    ReferenceIndex.objects.bulk_create(rows, ignore_conflicts=True)


def _index_for_admin(issues: list[IssuePage]) -> None:
    """Wagtail's own search index (the admin's page search), in one statement per backend.

    As modelsearch does per save: a database backend indexes inside the transaction (an error
    rolls the batch back); an external one (Elasticsearch) after commit, errors only logged.
    """
    for backend in get_search_backends(with_auto_update=True):
        if backend.catch_indexing_errors:
            transaction.on_commit(
                lambda backend=backend: _add_bulk_logged(backend, issues), robust=True
            )
        else:
            with searchable_content_computed_once():
                backend.add_bulk(IssuePage, issues)


def _add_bulk_logged(backend, issues: list[IssuePage]) -> None:
    try:
        with searchable_content_computed_once():
            backend.add_bulk(IssuePage, issues)
    except Exception:
        logger.exception("Could not add %s issues to the search backend %r", len(issues), backend)


@contextlib.contextmanager
def _computed_once(name: str):
    """Within the block, ``StreamField.<name>(value)`` is worked out once per stream value.

    The result depends only on the value, which nothing changes meanwhile; values are kept
    alive while cached, so an id is never reused for another one.
    """
    original = getattr(StreamField, name)
    cache: dict[tuple[int, int], tuple[object, object]] = {}

    def once(field, value):
        key = (id(field), id(value))
        if key not in cache:
            cache[key] = (value, original(field, value))
        return cache[key][1]

    setattr(StreamField, name, once)
    try:
        yield
    finally:
        setattr(StreamField, name, original)


def searchable_content_computed_once():
    """Within the block, each stream's searchable text is worked out once: modelsearch's
    indexer asks for every search field's value five times per object (for the title, body
    and autocomplete vectors and the two plain texts), and turning an issue's rich text into
    plain text is the costliest part of indexing it."""
    return _computed_once("get_searchable_content")


def stream_data_computed_once():
    """Within the block, each stream value is turned into its stored data once: the page row
    and the revision's content both store it (``get_prep_value`` walks every block of the
    stream), and both only read it (dump it to JSON)."""
    return _computed_once("get_prep_value")


def _purge_cdn(issues: list[IssuePage]) -> None:
    """With a CDN configured: forget the new issues' addresses and the pages listing them."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    from issues.cache_purge import listing_pages

    batch = PurgeBatch()
    batch.add_pages([*issues, *listing_pages(issues[0])])
    batch.purge()


# PostgreSQL takes at most 65,535 parameters in one statement (SQLite's own limit is lower, and
# its backend says so through bulk_batch_size).
MAX_PARAMETERS = 60_000


def insert_values(model, objs: list, fields=None, *, returning: bool = False) -> None:
    """Insert ``objs`` as ``INSERT … VALUES`` statements, setting their ids if ``returning``.

    What ``bulk_create`` does (no signals, no ``save()``), but not the way Django 5.2 does it on
    PostgreSQL: there, several rows go in as ``UNNEST`` of one array per column, and psycopg
    escapes each text in an array in Python, one regular-expression substitution per quote
    character. An issue's streams are about 200 KB of JSON full of quotes: that escaping was
    most of the generator's time. In a ``VALUES`` list libpq escapes each value, in C.
    """
    if not objs:
        return
    if fields is None:
        fields = [field for field in model._meta.concrete_fields if not field.generated]
        fields = [field for field in fields if field not in model._meta.db_returning_fields]
    alias = router.db_for_write(model)
    connection = connections[alias]
    returning_fields = model._meta.db_returning_fields if returning else None
    rows_per_statement = max(
        1, min(MAX_PARAMETERS // len(fields), connection.ops.bulk_batch_size(fields, objs))
    )
    for start in range(0, len(objs), rows_per_statement):
        chunk = objs[start : start + rows_per_statement]
        query = InsertQuery(model)
        query.insert_values(fields, chunk)
        # The generic compiler, not PostgreSQL's (which would choose UNNEST).
        returned = SQLInsertCompiler(query, connection, alias).execute_sql(returning_fields)
        for obj, values in zip(chunk, returned, strict=False):
            for field, value in zip(returning_fields, values, strict=True):
                setattr(obj, field.attname, value)
    for obj in objs:
        obj._state.adding = False
        obj._state.db = alias
