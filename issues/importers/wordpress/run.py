"""Import one language's WordPress export(s): posts to issues, old URLs to redirects.

Two streaming passes over the files:

1. **Check and index.** Every file is read to its end: a file that is not WXR, is truncated, is
   not UTF-8 or declares entities stops the run here, before anything is written. Selected
   posts are indexed (id, number, date) so posts of the same number can be grouped; attachments
   are remembered by parent post.
2. **Import.** The files are read again; each selected post is converted, and when the last post
   of an issue number has been read, the issue is written **all or nothing** in its own
   savepoint (its text, topics, import records and redirects together). A problem with one
   issue (invalid content) rolls back that issue alone and is reported; the others are kept.
   Issues are committed in batches of ``COMMIT_EVERY`` (one commit per batch, not per issue);
   a crash loses at most the open batch, which importing again completes. New issues (most of
   a first import) are written ``COMMIT_EVERY`` at a time through the bulk writer
   (``issues/backcatalogue/bulk_write.py``), which leaves what saving them one by one leaves;
   if it refuses a batch (an invalid issue, a number created meanwhile), the batch is rolled
   back and its issues written one by one the ordinary way instead. The pass runs in
   bulk import mode (``issues/backcatalogue/bulk.py``): the admin search index and the
   reference index of the saved issues are updated once, after the last commit, not on every
   save. Memory holds the index and the posts of issues not yet complete, never the whole file.

Re-importing is idempotent: a post whose content has not changed since its import is left
alone; a changed post updates the issue's draft if nobody edited the issue since the import
(its latest revision is still the one the import saved), otherwise it is reported and kept.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from csrs import languages
from issues.backcatalogue.bulk import bulk_import_mode
from issues.importers.structure import ParsedIssue, ParseWarning
from issues.importers.vocabulary import fold
from issues.importers.wordpress.posts import (
    ReadPost,
    category_matcher,
    index_post,
    read_post,
    skip_reason,
)
from issues.importers.wordpress.wxr import WXRError, WXRItem, WXRSiteTerm, read_items
from issues.redirects.keys import legacy_key, normal_path, url_key

Progress = Callable[[int, int], None]


@dataclass
class ImportOptions:
    """How to import: one old site's language, and what to do."""

    language: str
    categories: list[str] | None = None
    topic_map: dict[str, str] = field(default_factory=dict)
    dry_run: bool = False
    publish: bool = False
    redirects_only: bool = False
    user: Any = None
    #: The old site's ``wp-content/uploads`` folder copied to the server: attached PDFs become
    #: the issue's original PDF (a Wagtail document), attached images Wagtail images.
    uploads_dir: Path | None = None
    #: New issues written in batches by ``issues/backcatalogue/bulk_write.py``; False writes
    #: each through Wagtail's page API like an update (the same end state, many times slower).
    bulk_write: bool = True

    def __post_init__(self) -> None:
        # Keys are compared folded (see read_topic_map), however the caller spelled them.
        self.topic_map = {_term_key(k): v.strip() for k, v in self.topic_map.items()}


@dataclass
class PostReport:
    """What became of one item of the export."""

    post_id: int
    title: str
    outcome: str  # "imported", "unchanged", "kept_edited", "skipped", "failed", "would_import"
    reason: str = ""
    number: int | None = None
    analysis: int | None = None
    action: str = ""  # "created", "updated", "unchanged" (issue level)
    warnings: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)
    #: The images in the post's text: ``{"url", "file", "outcome"}`` (see IMAGE_OUTCOMES).
    images: list[dict[str, str]] = field(default_factory=list)

    def as_data(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def image_lines(self) -> list[tuple[str, str]]:
        """(file name, what became of it) for each image in the post's text."""
        return [(image["file"], IMAGE_OUTCOMES[image["outcome"]]) for image in self.images]


#: What became of an image in a post's text (an analysis has no image block: never placed).
IMAGE_OUTCOMES = {
    "kept": _("kept in the image library, not placed in the text"),
    "not_copied": _("not kept: the old site's uploads folder was not given"),
    "external": _("not kept: not a file of the old site's uploads"),
    "missing": _("not kept: the file is not in the uploads folder"),
    "unreadable": _("not kept: the file is not a readable image"),
}


@dataclass
class ImportReport:
    """The whole run: per post, and totals."""

    language: str
    dry_run: bool
    error: str = ""
    error_code: str = ""
    posts: list[PostReport] = field(default_factory=list)
    unmapped_terms: Counter = field(default_factory=Counter)
    unknown_topics: set[str] = field(default_factory=set)
    redirects: int = 0
    issues: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    attachment_warnings: list[tuple[int, str]] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return bool(self.error) or any(p.outcome == "failed" for p in self.posts)

    def counts(self) -> dict[str, int]:
        return dict(Counter(p.outcome for p in self.posts))

    def as_data(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "dry_run": self.dry_run,
            "error": self.error,
            "error_code": self.error_code,
            "counts": self.counts(),
            "issues": {k: sorted(v) for k, v in self.issues.items()},
            "redirects": self.redirects,
            "attachment_warnings": self.attachment_warnings,
            "unmapped_terms": dict(self.unmapped_terms.most_common()),
            "unknown_topics": sorted(self.unknown_topics),
            "posts": [p.as_data() for p in self.posts],
        }


def read_topic_map(path: str | Path) -> dict[str, str]:
    """A topics mapping file: JSON ``{"old tag or category (slug or name)": "topic-slug"}``.

    Keys are folded (case, Arabic/Persian letter forms, digits), so ``Economy``, ``economy``
    and the tag's slug all match."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in data.items()
    ):
        raise ValueError("the topics mapping must be a JSON object of strings to topic slugs")
    return {k: v.strip() for k, v in data.items()}


def _term_key(text: str) -> str:
    return " ".join(fold(text or "").replace("-", " ").split())


@dataclass
class _Attachment:
    post_id: int
    url: str
    link: str
    guid: str


@dataclass
class _Index:
    groups: dict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    number_of: dict[int, int] = field(default_factory=dict)
    order: dict[int, tuple] = field(default_factory=dict)
    attachments: dict[int, list[_Attachment]] = field(default_factory=lambda: defaultdict(list))
    site_terms: list[WXRSiteTerm] = field(default_factory=list)
    site_prefix: str = ""
    total_items: int = 0


def import_exports(
    paths: Iterable[str | Path], options: ImportOptions, progress: Progress | None = None
) -> ImportReport:
    """Run both passes over ``paths`` (one language's site) and return the report."""
    languages.get_language(options.language)  # raises LookupError for an unknown code
    report = ImportReport(language=options.language, dry_run=options.dry_run)
    paths = [Path(p) for p in paths]
    is_weekly = category_matcher(options.language, options.categories)
    try:
        index = _first_pass(paths, is_weekly, report)
    except WXRError as error:
        report.posts.clear()
        report.error, report.error_code = str(error), error.code
        return report
    if options.redirects_only:
        _rebuild_redirects(paths, index, options, report, is_weekly)
        return report
    _second_pass(paths, index, options, report, is_weekly, progress)
    return report


def _open(path: Path):
    try:
        return path.open("rb")
    except OSError as error:
        raise WXRError(
            "unreadable", f"{path.name}: the file cannot be opened ({error})."
        ) from error


def _first_pass(paths: list[Path], is_weekly, report: ImportReport) -> _Index:
    index = _Index()
    for path in paths:
        with _open(path) as source:
            try:
                for item in read_items(source, index.site_terms):
                    index.total_items += 1
                    _index_item(item, index, is_weekly, report)
            except WXRError as error:
                raise WXRError(error.code, f"{path.name}: {error}") from error
    for ids in index.groups.values():
        ids.sort(key=lambda post_id: index.order[post_id])
    return index


def _index_item(item: WXRItem, index: _Index, is_weekly, report: ImportReport) -> None:
    if item.post_type == "attachment":
        if item.parent_id:
            index.attachments[item.parent_id].append(
                _Attachment(item.post_id, item.attachment_url, item.link, item.guid)
            )
        return
    reason = skip_reason(item, is_weekly)
    if reason is not None:
        if item.post_type == "post":  # pages, menus, revisions: not worth a line each
            report.posts.append(PostReport(item.post_id, item.title, "skipped", reason))
        return
    if not index.site_prefix and item.link:
        index.site_prefix = _site_prefix(item)
    indexed = index_post(item)
    if indexed.number is None:
        report.posts.append(PostReport(item.post_id, item.title, "skipped", "no_number"))
        return
    index.groups[indexed.number].append(item.post_id)
    index.number_of[item.post_id] = indexed.number
    index.order[item.post_id] = (indexed.date or datetime.datetime.max, item.post_id)


def _site_prefix(item: WXRItem) -> str:
    """The old site's path prefix (``/ar``), from a post's ``?p=`` guid or its link."""
    path = normal_path(url_key(item.guid).split("?", 1)[0]) if "?p=" in item.guid else ""
    return path


#: Issues committed together. Each issue still has its own savepoint (a failing issue rolls
#: back alone); a crash loses at most the uncommitted batch, which re-running imports.
COMMIT_EVERY = 100


@contextmanager
def _batched_commits(size: int) -> Iterator[Callable[[int], None]]:
    """Yield ``before_issue(count=1)``: call it before writing each issue (or ``count`` issues
    at once); a transaction is opened for the first and committed once ``size`` issues are in
    it (one commit per batch instead of one per issue). An exception rolls back the open batch."""
    stack = ExitStack()
    in_batch: int | None = None  # issues in the open transaction; None before the first

    def before_issue(count: int = 1) -> None:
        nonlocal in_batch
        if in_batch is None or in_batch >= size:
            stack.close()
            stack.enter_context(transaction.atomic())
            in_batch = 0
        in_batch += count

    with stack:
        yield before_issue


def _second_pass(paths, index: _Index, options, report, is_weekly, progress) -> None:
    buffer: dict[int, list[ReadPost]] = defaultdict(list)
    done = 0
    known = _Known.load(options.language)
    pending: list[_NewIssue] = []  # new issues waiting for the bulk writer
    with bulk_import_mode(), _batched_commits(COMMIT_EVERY) as before_issue:
        for path in paths:
            with _open(path) as source:
                for item in read_items(source):
                    done += 1
                    if progress and (done % 50 == 0 or done == index.total_items):
                        progress(done, index.total_items)
                    number = index.number_of.get(item.post_id)
                    if number is None or item.post_type != "post":
                        continue
                    buffer[number].append(read_post(item, number))
                    if len(buffer[number]) == len(index.groups[number]):
                        posts = sorted(
                            buffer.pop(number), key=lambda p: index.order[p.item.post_id]
                        )
                        new = _import_issue(
                            number, posts, index, options, report, known, before_issue
                        )
                        if new is not None:
                            pending.append(new)
                            if len(pending) >= COMMIT_EVERY:
                                _flush_new(pending, index, options, report, before_issue)
        _flush_new(pending, index, options, report, before_issue)
        if not options.dry_run:
            with transaction.atomic():
                report.redirects += _write_term_redirects(index, options)


# --- one issue ------------------------------------------------------------------------------


def _parsed_issue(number: int, posts: list[ReadPost], language: str) -> ParsedIssue:
    parsed = ParsedIssue(
        source_name="WordPress " + ", ".join(f"#{p.item.post_id}" for p in posts),
        language=language,
        number=number,
    )
    weeks = [p.week for p in posts if p.week]
    ranged = [w for w in weeks if w[1] is not None]
    week = (ranged or weeks or [None])[0]
    if week:
        parsed.week_start, parsed.week_end = week[0], week[1] or week[0]
    for post in posts:
        parsed.analyses.append(post.analysis)
        parsed.titles.append(post.analysis.title)
        parsed.recommendations.extend(post.content.recommendations)
        parsed.references.extend(post.content.references)
    return parsed


def _combined_hash(posts: list[ReadPost]) -> str:
    return hashlib.sha256("".join(p.fingerprint() for p in posts).encode()).hexdigest()


@dataclass
class _Known:
    """What the database held when the import pass began, read in two queries instead of two
    per issue: the issues' numbers and this language's import records. Only used to skip
    queries whose answer cannot have changed for a number this run has not written yet; an
    issue about to be updated is read afresh (an editor may have saved it meanwhile)."""

    pages: dict[int, int]  # number -> page id
    records: dict[int, tuple[int | None, str]]  # post id -> (issue id, content hash)

    @classmethod
    def load(cls, language: str) -> _Known:
        from issues.models import IssuePage, WordPressPost

        return cls(
            pages=dict(IssuePage.objects.values_list("number", "pk")),
            records={
                post_id: (issue_id, content_hash)
                for post_id, issue_id, content_hash in WordPressPost.objects.filter(
                    language=language
                ).values_list("post_id", "issue_id", "content_hash")
            },
        )


def _decide(number: int, posts: list[ReadPost], options, known: _Known) -> tuple[str, Any]:
    """("create" | "update" | "unchanged" | "kept_edited", existing issue or None)."""
    from issues.models import IssuePage, WordPressPost

    if number not in known.pages:
        # No issue had this number when the pass began and each number is written once per
        # run; apply_parsed still locks and re-checks, so a concurrent creation is updated.
        return "create", None
    combined = _combined_hash(posts)
    seen = [known.records.get(p.item.post_id) for p in posts]
    if all(r == (known.pages[number], combined) for r in seen):
        return "unchanged", None  # nothing to write: no need to read the issue
    page = IssuePage.objects.filter(number=number).first()
    if page is None:
        return "create", None
    records = list(
        WordPressPost.objects.filter(
            language=options.language, post_id__in=[p.item.post_id for p in posts]
        )
    )
    if not records:
        return "update", page
    if len(records) == len(posts) and all(
        r.content_hash == combined and r.issue_id == page.pk for r in records
    ):
        return "unchanged", page
    if any(r.revision_id != page.latest_revision_id for r in records):
        return "kept_edited", page
    return "update", page


@dataclass
class _NewIssue:
    """A new issue checked and built, not yet written (see :func:`_flush_new`)."""

    number: int
    page: Any  # unsaved IssuePage
    parsed: ParsedIssue
    posts: list[ReadPost]
    reports: list[PostReport]


def _import_issue(
    number: int,
    posts: list[ReadPost],
    index: _Index,
    options,
    report,
    known: _Known,
    before_issue: Callable[[int], None],
) -> _NewIssue | None:
    """Decide what ``number``'s posts do and report it; an update is written here, a new
    issue is returned built and checked for the bulk writer (None otherwise)."""
    from issues.backcatalogue.apply import ImportApplyError

    decision, _page = _decide(number, posts, options, known)
    reports = [
        PostReport(
            p.item.post_id,
            p.item.title,
            "",
            number=number,
            analysis=position,
            warnings=list(p.warnings),
            dropped=dict(p.content.dropped),
        )
        for position, p in enumerate(posts, start=1)
    ]
    for post, post_report in zip(posts, reports, strict=True):
        post_report.warnings += _term_warnings(post, options, report)
        if post.content.pdf_links:
            post_report.warnings.append("pdf_link_line_left_out")
    report.posts.extend(reports)
    if decision in ("unchanged", "kept_edited"):
        for r in reports:
            r.outcome = decision
            r.action = "unchanged"
        report.issues[decision].append(number)
        return
    parsed = _parsed_issue(number, posts, options.language)
    if options.dry_run:
        for post, r in zip(posts, reports, strict=True):
            r.outcome, r.action = "would_import", decision
            r.images = [
                _image_entry(url, outcome) for url, outcome, _ in _text_images(post, options)
            ]
        report.issues[decision].append(number)
        return None
    if decision == "create" and options.bulk_write:
        try:
            page = _new_page(parsed, posts, options, report)
        except ImportApplyError as error:
            _failed(number, reports, error, report)
            return None
        return _NewIssue(number, page, parsed, posts, reports)
    before_issue(1)
    _write_one(number, parsed, posts, reports, index, options, report)
    return None


def _failed(number: int, reports: list[PostReport], error, report: ImportReport) -> None:
    for r in reports:
        r.outcome, r.reason = "failed", str(error)
    report.issues["failed"].append(number)


def _write_one(number, parsed, posts, reports, index, options, report) -> None:
    """Write one issue the ordinary way (Wagtail's page API), all or nothing."""
    from issues.backcatalogue.apply import ImportApplyError

    try:
        with transaction.atomic():
            result = _write_issue(parsed, posts, index, options, report)
    except ImportApplyError as error:
        _failed(number, reports, error, report)
        return
    for r in reports:
        r.outcome, r.action = "imported", result.action
        r.images = result.text_images.get(r.post_id, [])
        r.warnings += [w.code for w in result.warnings if w.level == "warning"]
        r.warnings += [code for post_id, code in report.attachment_warnings if post_id == r.post_id]
    report.issues[result.action].append(number)


def _term_warnings(post: ReadPost, options, report: ImportReport) -> list[str]:
    warnings = []
    is_weekly = category_matcher(options.language, options.categories)
    for term in post.item.terms:
        if is_weekly([term]):
            continue
        if not (
            options.topic_map.get(_term_key(term.slug))
            or options.topic_map.get(_term_key(term.name))
        ):
            report.unmapped_terms[f"{term.domain}:{term.slug or term.name}"] += 1
            warnings.append("unmapped_term")
    return warnings


def _topics_for(posts: list[ReadPost], options, report: ImportReport) -> list:
    from issues.models import Topic

    wanted = set()
    for post in posts:
        for term in post.item.terms:
            slug = options.topic_map.get(_term_key(term.slug)) or options.topic_map.get(
                _term_key(term.name)
            )
            if slug:
                wanted.add(slug)
    found = list(Topic.objects.filter(slug__in=wanted))
    report.unknown_topics |= wanted - {t.slug for t in found}
    return found


def _write_issue(parsed: ParsedIssue, posts: list[ReadPost], index: _Index, options, report):
    """Text, topics, records and redirects of one issue (the caller holds the transaction)."""
    from issues.backcatalogue.apply import ImportApplyError, _publish_language, apply_parsed
    from issues.models import WordPressPost

    if parsed.week_start is None:
        raise ImportApplyError("no_week", f"{parsed.source_name}: no week found.")
    topics = _topics_for(posts, options, report) if options.topic_map else []
    # A new issue has its topics in its first revision; an existing one gets them below.
    result = apply_parsed(parsed, user=options.user, publish=False, topics=topics)
    page = result.page  # fresh from the database (apply_parsed reloads it)
    language = languages.get_language(options.language)
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        draft = page.get_latest_revision_as_object() if topics or options.publish else None
        revision = page.latest_revision if topics or options.publish else None
        have = {t.pk for t in draft.topics.all()} if topics else set()
        if topics and not {t.pk for t in topics} <= have:
            draft.topics = [*draft.topics.all(), *[t for t in topics if t.pk not in have]]
            revision = draft.save_revision(user=options.user, log_action=True)
            if result.action == "unchanged":
                result.action = "updated"
        if options.publish:
            _publish_language(page, draft, revision, language, user=options.user)
            result.published = True
    if topics or options.publish:
        page.refresh_from_db()  # a revision was saved (or published) since apply_parsed
    # One upsert for the issue's posts (insert, or update the record of an earlier import).
    _save_records(_records(page, posts, options))
    # The issue's newest revision is the import's own: other languages' records follow it, so
    # importing a second language does not make the first look edited by someone.
    if result.action != "created":  # a new issue has no other records
        WordPressPost.objects.filter(issue=page).update(revision_id=page.latest_revision_id)
    report.redirects += _write_redirects(page, posts, index, options)
    for post in posts:
        warnings = _keep_attachments(page, post, index, options)
        report.attachment_warnings.extend((post.item.post_id, w) for w in warnings)
    # Last: a stored image's file is the one thing a rollback would not take back.
    result.text_images = {
        post.item.post_id: _keep_text_images(page, post, options) for post in posts
    }
    return result


def _records(page, posts: list[ReadPost], options) -> list:
    """The import records of an issue's posts, pointing at its newest revision."""
    from issues.models import WordPressPost

    combined = _combined_hash(posts)
    return [
        WordPressPost(
            language=options.language,
            post_id=post.item.post_id,
            issue=page,
            position=position,
            content_hash=combined,
            revision_id=page.latest_revision_id,
        )
        for position, post in enumerate(posts, start=1)
    ]


def _save_records(records: list) -> None:
    """Insert import records, or update those of an earlier import of the same posts."""
    from issues.models import WordPressPost

    WordPressPost.objects.bulk_create(
        records,
        update_conflicts=True,
        unique_fields=["language", "post_id"],
        update_fields=["issue", "position", "content_hash", "revision_id", "imported_at"],
    )


# --- new issues in bulk ---------------------------------------------------------------------


def _new_page(parsed: ParsedIssue, posts: list[ReadPost], options, report):
    """The unsaved page of a new issue, checked as the ordinary path checks it (the same
    errors, in the same order): raises ``ImportApplyError``."""
    from issues.backcatalogue.apply import (
        ImportApplyError,
        check_parsed,
        issue_title,
        new_issue_page,
        validated_streams,
    )
    from issues.models import IssuePage

    if parsed.week_start is None:
        raise ImportApplyError("no_week", f"{parsed.source_name}: no week found.")
    check_parsed(parsed)
    streams = validated_streams(parsed, IssuePage)
    topics = _topics_for(posts, options, report) if options.topic_map else []
    language = languages.get_language(parsed.language)
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        return new_issue_page(parsed, language, issue_title(parsed), streams, topics)


def _flush_new(pending: list[_NewIssue], index: _Index, options, report, before_issue) -> None:
    """Write the pending new issues with the bulk writer, all or nothing, with their import
    records, redirects and attachments. If the batch is refused (an issue not valid, a
    number another import created meanwhile), it is rolled back and each issue is written the
    ordinary way, so only the faulty one fails, with the ordinary path's report."""
    from django.core.exceptions import ValidationError
    from django.db import DatabaseError

    from issues.backcatalogue.apply import _archive, publication_datetime
    from issues.backcatalogue.bulk_write import write_new_issues

    if not pending:
        return
    batch = list(pending)
    pending.clear()
    before_issue(len(batch))
    warnings: list[tuple[int, str]] = []
    try:
        with transaction.atomic():
            write_new_issues(
                _archive(),
                [new.page for new in batch],
                publish=options.publish,
                user=options.user,
                published_at=publication_datetime,
                editions=True,
            )
            _save_records([r for new in batch for r in _records(new.page, new.posts, options)])
            redirects = _write_batch_redirects(batch, index, options)
            for new in batch:
                for post in new.posts:
                    codes = _keep_attachments(new.page, post, index, options)
                    warnings.extend((post.item.post_id, code) for code in codes)
            text_images = {
                post.item.post_id: _keep_text_images(new.page, post, options)
                for new in batch
                for post in new.posts
            }
    except (ValidationError, DatabaseError):
        for new in batch:
            # The batch's pages are gone: build each again for the ordinary path.
            _write_one(new.number, new.parsed, new.posts, new.reports, index, options, report)
        return
    report.redirects += redirects
    report.attachment_warnings.extend(warnings)
    for new in batch:
        for r in new.reports:
            r.outcome, r.action = "imported", "created"
            r.images = text_images.get(r.post_id, [])
            r.warnings += [code for post_id, code in warnings if post_id == r.post_id]
        report.issues["created"].append(new.number)


def _write_batch_redirects(batch: list[_NewIssue], index: _Index, options) -> int:
    """The redirects of a batch of issues in a few queries, ending as :func:`_save_keys` per
    issue in turn ends: a key not taken is created, a key this language already has (or an
    earlier issue of the batch claimed) goes to the last issue claiming it."""
    from issues.models import LegacyRedirect

    owner: dict[str, Any] = {}
    for new in batch:
        for key in _issue_keys(new.posts, index, options):
            owner[key] = new.page  # a later issue of the same language takes the key over
    taken = set(
        LegacyRedirect.objects.filter(old_key__in=list(owner)).values_list("old_key", flat=True)
    )
    LegacyRedirect.objects.bulk_create(
        [
            LegacyRedirect(old_key=key, issue=page, language=options.language)
            for key, page in owner.items()
            if key not in taken
        ],
        ignore_conflicts=True,
    )
    by_page: dict[Any, list[str]] = defaultdict(list)
    for key in taken:
        by_page[owner[key].pk].append(key)
    for page_id, keys in by_page.items():
        LegacyRedirect.objects.filter(
            old_key__in=keys, language=options.language, topic_slug=""
        ).exclude(issue_id=page_id).update(issue_id=page_id)
    return len(owner) - len(taken)


# --- attachments ----------------------------------------------------------------------------

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp")


def local_upload(url: str, uploads_dir: Path) -> Path | None:
    """The file an uploads URL names inside ``uploads_dir`` (never outside it), or None."""
    from urllib.parse import unquote, urlsplit

    path = unquote(urlsplit(url).path)
    _, marker, rest = path.partition("/wp-content/uploads/")
    if not marker or not rest:
        return None
    root = uploads_dir.resolve()
    candidate = (root / rest).resolve()
    if root not in candidate.parents or not candidate.is_file():
        return None
    return candidate


def _keep_attachments(page, post: ReadPost, index: _Index, options) -> list[str]:
    """Store the post's attached PDFs and images; returns warning codes."""
    from django.core.files import File
    from wagtail.documents import get_document_model

    from issues.models import WordPressAttachment

    attachments = index.attachments.get(post.item.post_id, [])
    if not attachments:
        return []
    if options.uploads_dir is None:
        return ["attachments_not_copied"]
    warnings = []
    for attachment in attachments:
        suffix = Path(attachment.url.lower()).suffix
        if suffix != ".pdf" and suffix not in IMAGE_SUFFIXES:
            continue
        if WordPressAttachment.objects.filter(
            language=options.language, attachment_id=attachment.post_id
        ).exists():
            continue
        local = local_upload(attachment.url, Path(options.uploads_dir))
        if local is None:
            warnings.append("attachment_file_missing")
            continue
        record = WordPressAttachment(
            language=options.language,
            attachment_id=attachment.post_id,
            issue=page,
            url=attachment.url[:500],
        )
        title = f"{page.number} ({options.language}) {local.name}"[:255]
        if suffix == ".pdf":
            with local.open("rb") as handle:
                record.document = get_document_model().objects.create(
                    title=title, file=File(handle, name=local.name)
                )
        elif readable_image(local):
            record.image = store_image(local, title)
        else:
            warnings.append("attachment_image_unreadable")
            continue
        record.save()
    return warnings


def store_image(local: Path, title: str, collection=None):
    """The Wagtail image of the file ``local``: an image of the same content already in the
    library (same SHA-1, as Wagtail's ``file_hash``) is reused, so a picture attached to
    several posts, or both attached and in the text, is kept once. ``collection``: the
    library's root collection unless given."""
    from django.core.files import File
    from wagtail.images import get_image_model
    from wagtail.utils.file import hash_filelike

    image_model = get_image_model()
    with local.open("rb") as handle:
        file_hash = hash_filelike(handle)
        found = image_model.objects.filter(file_hash=file_hash).order_by("pk").first()
        if found is not None:
            return found
        handle.seek(0)
        image = image_model(title=title, file=File(handle, name=local.name))
        if collection is not None:
            image.collection = collection
        image.file_size = local.stat().st_size
        image.file_hash = file_hash
        image.save()
    return image


#: Image formats kept in the library (as Wagtail's image upload accepts them).
IMAGE_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def readable_image(local: Path) -> bool:
    """True if ``local`` is a whole image of a kept format (a truncated or mislabelled file,
    or one too large to decode safely, is not)."""
    import warnings

    from PIL import Image as PILImage

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(local) as picture:
                if picture.format not in IMAGE_FORMATS:
                    return False
                picture.verify()  # the structure and checksums
            with PILImage.open(local) as picture:
                picture.load()  # every pixel decodes (verify misses a truncated body)
    except Exception:  # PIL raises many kinds (OSError, SyntaxError, ValueError, bombs…)
        return False
    return True


def _text_images(post: ReadPost, options) -> Iterator[tuple[str, str, Path | None]]:
    """(address, outcome, local file to keep or None) for each image in the post's text."""
    from urllib.parse import unquote, urlsplit

    for url in post.content.images:
        if options.uploads_dir is None:
            yield url, "not_copied", None
        elif "/wp-content/uploads/" not in unquote(urlsplit(url).path):
            yield url, "external", None
        elif (local := local_upload(url, Path(options.uploads_dir))) is None:
            yield url, "missing", None
        elif not readable_image(local):
            yield url, "unreadable", None
        else:
            yield url, "kept", local


def _image_entry(url: str, outcome: str) -> dict[str, str]:
    from urllib.parse import unquote, urlsplit

    name = Path(unquote(urlsplit(url).path)).name or url
    return {"url": url[:500], "file": name[:200], "outcome": outcome}


def _keep_text_images(page, post: ReadPost, options) -> list[dict[str, str]]:
    """Keep the images of the post's text in the image library (not placed in the text: an
    analysis has no image block); what became of each, for the report. A missing or broken
    file is reported and nothing of it is stored."""
    entries = []
    for url, outcome, local in _text_images(post, options):
        if local is not None:
            store_image(local, f"{page.number} ({options.language}) {local.name}"[:255])
        entries.append(_image_entry(url, outcome))
    return entries


# --- redirects ------------------------------------------------------------------------------


def post_keys(item: WXRItem, site_prefix: str, language: str) -> list[str]:
    """Every old URL of a post, as redirect keys: link, guid, ``?p=ID`` with and without the
    language prefix (old and new forms)."""
    keys = [url_key(item.link), url_key(item.guid)]
    prefixes = {"", site_prefix, f"/{language}"}
    keys += [legacy_key(prefix, {"p": str(item.post_id)}) for prefix in prefixes]
    return [k for k in dict.fromkeys(keys) if k]


def attachment_keys(attachment: _Attachment, site_prefix: str, language: str) -> list[str]:
    """The old URLs of an attached file: the file, its attachment page, ``?attachment_id``."""
    keys = [url_key(attachment.url), url_key(attachment.link), url_key(attachment.guid)]
    prefixes = {"", site_prefix, f"/{language}"}
    keys += [legacy_key(prefix, {"attachment_id": str(attachment.post_id)}) for prefix in prefixes]
    return [k for k in dict.fromkeys(keys) if k]


def _save_keys(keys: list[str], **target) -> int:
    """Create redirects for ``keys`` not taken yet (the first site to claim a key keeps it)."""
    from issues.models import LegacyRedirect

    taken = set(LegacyRedirect.objects.filter(old_key__in=keys).values_list("old_key", flat=True))
    new = [LegacyRedirect(old_key=k, **target) for k in keys if k not in taken]
    LegacyRedirect.objects.bulk_create(new, ignore_conflicts=True)
    own = LegacyRedirect.objects.filter(old_key__in=taken, language=target["language"])
    own.exclude(issue=target.get("issue")).filter(topic_slug="").update(issue=target.get("issue"))
    return len(new)


def _issue_keys(posts: list[ReadPost], index: _Index, options) -> list[str]:
    keys: list[str] = []
    for post in posts:
        keys += post_keys(post.item, index.site_prefix, options.language)
        for attachment in index.attachments.get(post.item.post_id, []):
            keys += attachment_keys(attachment, index.site_prefix, options.language)
    return list(dict.fromkeys(keys))


def _write_redirects(page, posts: list[ReadPost], index: _Index, options) -> int:
    # The issue's posts all lead to the same page: one batch of keys for the issue.
    return _save_keys(_issue_keys(posts, index, options), issue=page, language=options.language)


def _write_term_redirects(index: _Index, options) -> int:
    """``?tag=slug``, ``/tag/slug/``, ``?cat=ID``, ``/category/slug/`` of mapped terms."""
    count = 0
    ids = {(t.domain, t.slug): t.term_id for t in index.site_terms}
    for (domain, slug), term_id in ids.items():
        topic = options.topic_map.get(_term_key(slug))
        if not topic:
            continue
        keys = []
        for prefix in {"", index.site_prefix, f"/{options.language}"}:
            if domain == "category":
                keys += [
                    legacy_key(prefix, {"cat": str(term_id)}),
                    legacy_key(prefix, {"category_name": slug}),
                    legacy_key(f"{prefix}/category/{slug}"),
                ]
            elif domain == "post_tag":
                keys += [legacy_key(prefix, {"tag": slug}), legacy_key(f"{prefix}/tag/{slug}")]
        count += _save_keys(list(dict.fromkeys(keys)), language=options.language, topic_slug=topic)
    return count


def _rebuild_redirects(paths, index: _Index, options, report, is_weekly) -> None:
    """``--redirects-only``: the language's redirects made again from the export and the
    import records (posts never imported get none)."""
    from issues.models import IssuePage, LegacyRedirect, WordPressPost

    records = dict(
        WordPressPost.objects.filter(language=options.language, issue__isnull=False).values_list(
            "post_id", "issue_id"
        )
    )
    if options.dry_run:
        report.redirects = len(records)
        return
    with transaction.atomic():
        LegacyRedirect.objects.filter(language=options.language).delete()
        pages = IssuePage.objects.in_bulk(set(records.values()))
        for path in paths:
            with _open(path) as source:
                for item in read_items(source):
                    issue_id = records.get(item.post_id)
                    if issue_id is None or item.post_type != "post":
                        continue
                    keys = post_keys(item, index.site_prefix, options.language)
                    for attachment in index.attachments.get(item.post_id, []):
                        keys += attachment_keys(attachment, index.site_prefix, options.language)
                    report.redirects += _save_keys(
                        keys, issue=pages[issue_id], language=options.language
                    )
        report.redirects += _write_term_redirects(index, options)


__all__ = [
    "ImportOptions",
    "ImportReport",
    "ParseWarning",
    "PostReport",
    "WXRError",
    "import_exports",
    "read_topic_map",
]
