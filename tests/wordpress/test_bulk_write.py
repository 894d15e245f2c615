"""New issues of an import go through the bulk writer (issues/backcatalogue/bulk_write.py): the
end state must be the one the ordinary path (Wagtail's add_child/save_revision/publish, issue by
issue) leaves, drafts and published alike; a batch the bulk writer refuses falls back to the
ordinary path, so only the faulty issue fails."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry

from issues.importers.wordpress import run
from issues.models import (
    IssuePage,
    IssueSearchText,
    LegacyRedirect,
    Mailing,
    Topic,
    TranslationStatus,
    WordPressAttachment,
    WordPressPost,
)

from .helpers import run_import

pytestmark = pytest.mark.django_db

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "wordpress_export.py"


@pytest.fixture
def synthetic(tmp_path) -> Path:
    """The benchmark's generated export, 14 posts: 12 issues (5 and 10 split over two posts),
    each post with a PDF attachment and tags."""
    spec = importlib.util.spec_from_file_location("wordpress_export", GENERATOR)
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    path = tmp_path / "synthetic.xml"
    generator.write_export(path, 14)
    return path


@pytest.fixture
def topics(archive):
    for slug in ("water", "economy", "trade"):
        Topic.objects.create(slug=slug, name=slug.title())
    return archive


def _strip_ids(value):
    if isinstance(value, str) and value.startswith("[{"):
        value = json.loads(value)
    if isinstance(value, list):
        return [_strip_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_ids(item) for key, item in value.items() if key != "id"}
    return value


PAGE_FIELDS = (
    "number",
    "week_start",
    "week_end",
    "original_language",
    "live",
    "has_unpublished_changes",
    "expired",
    "path",
    "depth",
    "numchild",
    "slug",
    "url_path",
    "title",
    "title_en",
    "draft_title",
    "locale_id",
    "available_languages",
    "owner_id",
    "first_published_at",
    "last_published_at",
    "locked",
    "show_in_menus",
    "search_description",
)
STREAMS = [f.attname for f in IssuePage._meta.concrete_fields if isinstance(f, StreamField)]
INDEXED = [
    f.attname
    for f in IndexEntry._meta.concrete_fields
    if f.attname not in ("id", "content_type_id", "object_id", "title_norm")
]


def import_state() -> dict:
    """Everything the import left, per issue number, without ids, timestamps and block ids."""
    state: dict = {}
    issue_type = ContentType.objects.get_for_model(IssuePage)
    for issue in IssuePage.objects.order_by("number"):
        revisions = list(Revision.objects.filter(object_id=str(issue.pk)).order_by("pk"))
        position = {r.pk: n for n, r in enumerate(revisions)}
        contents = []
        for revision in revisions:
            content = dict(revision.content)
            for key in ("pk", "translation_key", "latest_revision_created_at"):
                content.pop(key, None)
            for key in ("latest_revision", "live_revision"):  # ids: their positions
                content[key] = position.get(content.get(key))
            contents.append({key: _strip_ids(value) for key, value in content.items()})
        state[issue.number] = {
            "page": {name: getattr(issue, name) for name in PAGE_FIELDS},
            "streams": {
                name: _strip_ids(getattr(issue, name).get_prep_value()) for name in STREAMS
            },
            "topics": sorted(issue.topics.values_list("slug", flat=True)),
            "revisions": [
                (r.object_str, r.user_id, r.approved_go_live_at, contents[n])
                for n, r in enumerate(revisions)
            ],
            "latest": position.get(issue.latest_revision_id),
            "live": position.get(issue.live_revision_id),
            "history": sorted(
                (
                    e.action,
                    e.label,
                    e.content_changed,
                    position.get(e.revision_id),
                    e.user_id,
                    json.dumps(e.data, sort_keys=True),
                )
                for e in PageLogEntry.objects.filter(page=issue)
            ),
            "search rows": sorted(
                IssueSearchText.objects.filter(page=issue).values_list(
                    "language", "title", "text", "normalised", "config", "vector"
                )
            ),
            "admin search index": list(
                IndexEntry.objects.filter(
                    content_type=issue_type, object_id=str(issue.pk)
                ).values_list(*INDEXED)
            ),
            "references": sorted(
                ReferenceIndex.objects.filter(
                    base_content_type=ContentType.objects.get_for_model(Page),
                    object_id=str(issue.pk),
                ).values_list("to_content_type_id", "to_object_id", "model_path")
            ),
            "workflow": sorted(issue.translation_statuses.values_list("language", "state")),
            "records": sorted(
                (p.language, p.post_id, p.position, p.content_hash, position.get(p.revision_id))
                for p in WordPressPost.objects.filter(issue=issue)
            ),
            "attachments": sorted(
                WordPressAttachment.objects.filter(issue=issue).values_list(
                    "language", "attachment_id", "url", "document__title", "image__title"
                )
            ),
            "mailings": sorted(Mailing.objects.filter(issue=issue).values_list("language")),
        }
    state["redirects"] = sorted(
        LegacyRedirect.objects.values_list("old_key", "issue__number", "language", "topic_slug")
    )
    state["tree problems"] = [len(problems) for problems in Page.find_problems()]
    state["statuses"] = TranslationStatus.objects.count()
    return state


class Rollback(Exception):
    pass


def import_all(synthetic: Path, user, **options) -> list:
    """The English export, the Arabic one filling the same issue, then a synthetic English
    export of twelve more issues (its tag 1 mapped to a topic)."""
    topic_map = {"tag-1": "water", "water": "water", "economy": "economy", "water-ar": "water"}
    return [
        run_import("english", "en", user=user, **options),
        run_import("arabic", "ar", user=user, **options),
        run_import(synthetic, "en", user=user, **{**options, "topic_map": topic_map}),
    ]


def both_ways(capture, user, synthetic, **options) -> tuple[dict, dict, list, list]:
    """Import the exports the ordinary way (rolled back), then with the bulk writer; the two
    end states and reports. On-commit work (deferred indexing, editions) is run."""
    with pytest.raises(Rollback), transaction.atomic():
        with capture(execute=True):
            ordinary = import_all(synthetic, user, bulk_write=False, **options)
        ordinary_state = import_state()
        raise Rollback
    assert not IssuePage.objects.exists()
    with capture(execute=True):
        bulk = import_all(synthetic, user, **options)
    return ordinary_state, import_state(), ordinary, bulk


@pytest.mark.parametrize("publish", [False, True], ids=["drafts", "published"])
def test_the_bulk_writer_leaves_what_the_ordinary_import_leaves(
    topics, admin_user, uploads, synthetic, django_capture_on_commit_callbacks, monkeypatch, publish
):
    monkeypatch.setattr(run, "COMMIT_EVERY", 4)  # several batches, the last one short
    ordinary, bulk, ordinary_reports, bulk_reports = both_ways(
        django_capture_on_commit_callbacks,
        admin_user,
        synthetic,
        publish=publish,
        uploads_dir=uploads,
    )
    assert bulk == ordinary
    assert [r.as_data() for r in bulk_reports] == [r.as_data() for r in ordinary_reports]
    # Not vacuous: issues were created, with topics, redirects, an attachment and a history.
    assert {301, 1, 5, 11} <= set(bulk)
    assert bulk[301]["topics"] and bulk[301]["attachments"] and bulk[301]["history"]
    assert bulk[1]["topics"] and len(bulk[5]["records"]) == 2
    assert bulk[1]["admin search index"]
    assert len(bulk["redirects"]) > 50
    assert bulk[1]["page"]["live"] is publish
    assert bool(bulk[1]["search rows"]) is publish
    assert len(bulk_reports[2].issues["created"]) == 12


def test_new_issues_are_written_through_the_bulk_writer(topics, synthetic, monkeypatch):
    from issues.backcatalogue import bulk_write

    batches = []
    real = bulk_write.write_new_issues

    def spy(archive, issues, **kwargs):
        batches.append(sorted(issue.number for issue in issues))
        return real(archive, issues, **kwargs)

    monkeypatch.setattr(bulk_write, "write_new_issues", spy)
    monkeypatch.setattr(run, "COMMIT_EVERY", 5)
    report = run_import(synthetic, "en")
    assert not report.failed
    assert batches == [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12]]
    # A re-import changes nothing and does not use the bulk writer.
    batches.clear()
    again = run_import(synthetic, "en")
    assert batches == []
    assert set(again.counts()) == {"unchanged"}


def test_a_batch_the_bulk_writer_refuses_is_written_one_by_one(topics, synthetic, monkeypatch):
    """One issue of the batch is not valid as a page (a week too long for an issue): the
    batch is rolled back and written the ordinary way: the others are imported, the faulty
    one fails with the ordinary path's report, and nothing of the refused batch is left."""
    from issues.backcatalogue import bulk_write

    calls = []
    real = bulk_write.write_new_issues

    def spy(archive, issues, **kwargs):
        calls.append(len(issues))
        for issue in issues:
            if issue.number == 3:
                issue.week_end = issue.week_start.replace(year=issue.week_start.year + 1)
        return real(archive, issues, **kwargs)

    monkeypatch.setattr(bulk_write, "write_new_issues", spy)
    real_write_issue = run._write_issue

    def ordinary(parsed, *args, **kwargs):
        if parsed.number == 3:
            parsed.week_end = parsed.week_start.replace(year=parsed.week_start.year + 1)
        return real_write_issue(parsed, *args, **kwargs)

    monkeypatch.setattr(run, "_write_issue", ordinary)
    report = run_import(synthetic, "en")
    assert calls == [12]
    by_number = {p.number: p for p in report.posts if p.number}
    assert by_number[1].outcome == "imported"
    assert by_number[3].outcome == "failed" and "not be valid" in by_number[3].reason
    numbers = list(IssuePage.objects.order_by("number").values_list("number", flat=True))
    assert numbers == [1, 2, *range(4, 13)]
    assert not WordPressPost.objects.filter(post_id=30).exists()  # issue 3's post
    assert not LegacyRedirect.objects.filter(old_key="?p=30").exists()
    issue_type = ContentType.objects.get_for_model(IssuePage)
    assert Revision.objects.filter(content_type=issue_type).count() == 11
    assert all(not problems for problems in Page.find_problems())


def test_a_slug_taken_under_the_archive_fails_that_issue_alone(topics, synthetic):
    """The bulk writer validates as add_child does: a page already at /3/ under the archive
    refuses the batch; written one by one, issue 3 fails with the editor's message."""
    topics.add_child(instance=Page(title="Three rivers", slug="3"))
    report = run_import(synthetic, "en")
    failed = [p for p in report.posts if p.outcome == "failed"]
    assert [p.number for p in failed] == [3]
    assert "already in use" in failed[0].reason
    assert IssuePage.objects.count() == 11
    assert all(not problems for problems in Page.find_problems())
