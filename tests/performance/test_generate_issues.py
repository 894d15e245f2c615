"""``manage.py generate_issues N``: synthetic published issues in four languages."""

from __future__ import annotations

import datetime
import json
import random

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.models import IndexEntry
from wagtail.signals import page_published, published

from csrs import languages
from issues.backcatalogue.bulk_write import REPRODUCED_RECEIVERS, publish_new_issues
from issues.benchmarking.synthetic import new_issue
from issues.models import IssuePage, IssuePDF, IssueSearchText, TranslationStatus
from issues.workflow import actions
from issues.workflow.states import TranslationState
from tests.factories import build_issue


def test_generates_published_searchable_issues_in_four_languages(client, archive):
    build_issue(archive, number=40)
    call_command("generate_issues", 3, "--batch-size", "2")
    generated = list(IssuePage.objects.filter(number__gt=40).order_by("number"))
    assert [issue.number for issue in generated] == [41, 42, 43]
    for issue in generated:
        assert issue.live and issue.live_revision_id is not None
        assert issue.languages == list(languages.LANGUAGES)
        rows = IssueSearchText.objects.filter(page=issue).values_list("language", flat=True)
        assert sorted(rows) == sorted(languages.CODES)
        for lang in languages.LANGUAGES:
            assert client.get(f"/{lang.code}/issues/{issue.number}/").status_code == 200
    # Fresh text: no two issues share a title, and Pashto text is in Pashto letters.
    assert len({issue.title_en for issue in generated}) == 3
    assert any(ch in generated[0].title_ps + generated[0].standfirst_ps for ch in "ګښټړډ")
    # Sizes vary, and no PDF was built for them.
    shapes = {(len(issue.analyses_en), len(issue.references_en)) for issue in generated}
    assert len(shapes) > 1
    assert not IssuePDF.objects.filter(issue__in=generated).exists()


def test_search_finds_generated_issues(client, archive):
    call_command("generate_issues", 2)
    word = IssuePage.objects.get(number=1).title_fa_af.split()[0]
    response = client.get("/fa-af/search/", {"q": word})
    assert response.status_code == 200
    assert "/fa-af/issues/1/" in response.content.decode()


def test_refuses_without_an_archive(db):
    with pytest.raises(CommandError, match="archive"):
        call_command("generate_issues", 2)


def test_refuses_a_count_below_one(archive):
    with pytest.raises(CommandError, match="at least 1"):
        call_command("generate_issues", 0)


# --- the fast path leaves what an editor's publish leaves ------------------------------------


def _strip_block_ids(value):
    """Stream data without block ids (fresh random ids on every save)."""
    if isinstance(value, str) and value.startswith("[{"):
        value = json.loads(value)
    if isinstance(value, list):
        return [_strip_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {key: _strip_block_ids(item) for key, item in value.items() if key != "id"}
    return value


def _without_piece_ids(snapshot: dict) -> dict:
    """An approval's source snapshot with its pieces' texts, not keyed by piece ids (which
    carry the random block ids; jsonb orders keys, so the texts are sorted too)."""
    return {
        field: {**value, "pieces": sorted(value["pieces"].values(), key=repr)}
        if isinstance(value, dict) and isinstance(value.get("pieces"), dict)
        else value
        for field, value in snapshot.items()
    }


def published_state(number: int) -> dict:
    """Everything publishing issue ``number`` left, without ids, timestamps and block ids."""
    issue = IssuePage.objects.get(number=number)
    page_fields = (
        "live",
        "has_unpublished_changes",
        "expired",
        "path",
        "depth",
        "numchild",
        "slug",
        "url_path",
        "title",
        "draft_title",
        "locale_id",
        "available_languages",
        "owner_id",
    )
    revisions = list(Revision.objects.filter(object_id=str(issue.pk)).order_by("pk"))
    content = dict(revisions[0].content)
    for key in ("pk", "translation_key"):
        content.pop(key)
    search_type = ContentType.objects.get_for_model(IssuePage)
    return {
        "page": {name: getattr(issue, name) for name in page_fields},
        "dates set": all(
            (issue.first_published_at, issue.last_published_at, issue.latest_revision_created_at)
        ),
        "revisions": [(r.object_str, r.user_id, r.approved_go_live_at) for r in revisions],
        "live is latest": issue.live_revision_id == issue.latest_revision_id == revisions[0].pk,
        "revision content": {key: _strip_block_ids(value) for key, value in content.items()},
        "page row is the live revision": page_row_is_live_revision(issue),
        "history": sorted(
            (entry.action, entry.label, entry.content_changed, entry.revision_id is not None)
            for entry in PageLogEntry.objects.filter(page=issue)
        ),
        "workflow": sorted(
            (
                status.language,
                status.state,
                _without_piece_ids(status.approved_source),
                status.approved_source_language,
                status.outdated_fields,
                status.approved_at is not None,
            )
            for status in issue.translation_statuses.all()
        ),
        "shown states": [actions.display_state(issue, lang) for lang in languages.LANGUAGES],
        "events": issue.translation_events.count(),
        "search rows": sorted(
            IssueSearchText.objects.filter(page=issue).values_list(
                "language", "title", "text", "normalised", "config", "vector"
            )
        ),
        "admin search index": list(
            IndexEntry.objects.filter(
                content_type=search_type, object_id=str(issue.pk)
            ).values_list(*INDEXED_COLUMNS)
        ),
        "references": ReferenceIndex.objects.filter(object_id=str(issue.pk)).count(),
        "pdfs": IssuePDF.objects.filter(issue=issue).count(),
    }


def page_row_is_live_revision(issue) -> bool:
    """Every stream column of the page row as the live revision has it, block ids included."""
    content = issue.live_revision.content
    streams = [f for f in IssuePage._meta.local_concrete_fields if isinstance(f, StreamField)]
    assert len(streams) == 15  # three streams, four languages and modeltranslation's originals
    for field in streams:
        stored = content[field.attname]
        stored = json.loads(stored) if isinstance(stored, str) else stored
        if field.get_prep_value(getattr(issue, field.attname)) != stored:
            return False
    return True


# What Wagtail's search index holds for an object (title_norm is relative to the whole index).
INDEXED_COLUMNS = [
    field.attname
    for field in IndexEntry._meta.concrete_fields
    if field.attname not in ("id", "content_type_id", "object_id", "title_norm")
]


class Rollback(Exception):
    pass


def test_a_generated_issue_is_left_as_an_editors_publish_leaves_it(archive):
    def fresh_issue():  # the same text each time
        return new_issue(random.Random(7), 5, datetime.date(2026, 3, 2), languages.CODES)

    with pytest.raises(Rollback), transaction.atomic():
        issue = fresh_issue()
        archive.add_child(instance=issue)
        revision = issue.save_revision()
        # Its translations approved (only approved text goes live), recorded as the
        # generator records them: one approval per language, no history of the review.
        TranslationStatus.objects.bulk_create(actions.approval_records(issue, existing=set()))
        revision.publish()  # what the admin's "Publish" does (PDFs aside)
        IssuePDF.objects.filter(issue=issue).delete()
        published_by_editor = published_state(5)
        raise Rollback
    assert not IssuePage.objects.exists()

    publish_new_issues(archive, [fresh_issue()])
    generated = published_state(5)

    assert generated == published_by_editor
    # Not vacuous: the source language is the original, the three others were approved.
    assert len(generated["workflow"]) == 3
    assert set(generated["shown states"]) == {TranslationState.APPROVED}
    assert len(generated["search rows"]) == 4 and len(generated["admin search index"]) == 1
    assert generated["history"][0][0] == "wagtail.create"


def test_the_workflow_treats_a_generated_issue_like_an_editors(admin_user, archive):
    call_command("generate_issues", 1)
    issue = IssuePage.objects.get(number=1)
    source = languages.get_language(issue.original_language)
    latest = issue.get_latest_revision_as_object()
    setattr(latest, source.field("standfirst"), "A new argument entirely.")
    latest.save_revision(user=admin_user)
    outdated = actions.detect_outdated(issue, admin_user)
    assert outdated == {lang.code: ["standfirst"] for lang in languages.LANGUAGES if lang != source}


def test_the_admin_finds_and_opens_a_generated_issue(admin_client, archive):
    call_command("generate_issues", 3)
    issue = IssuePage.objects.get(number=2)
    edit = reverse("wagtailadmin_pages:edit", args=(issue.pk,))
    found = admin_client.get(reverse("wagtailadmin_pages:search"), {"q": issue.title_en})
    assert found.status_code == 200
    assert edit in found.content.decode()
    assert admin_client.get(edit).status_code == 200
    issue.full_clean()  # what was generated is valid content


def test_each_batch_is_all_or_nothing(archive, monkeypatch):
    # The reference index is the last step of a batch (its references are read per issue).
    real = ReferenceIndex._extract_references_from_object.__func__

    def fail_on_issue_four(cls, instance, **kwargs):
        if getattr(instance, "number", None) == 4:  # the last step of the second batch
            raise RuntimeError("the database went away")
        return real(cls, instance, **kwargs)

    monkeypatch.setattr(
        ReferenceIndex, "_extract_references_from_object", classmethod(fail_on_issue_four)
    )
    with pytest.raises(RuntimeError, match="went away"):
        call_command("generate_issues", 5, "--batch-size", "2")

    pages = list(IssuePage.objects.order_by("number"))
    assert [issue.number for issue in pages] == [1, 2]
    ids = [str(issue.pk) for issue in pages]
    assert (
        Revision.objects.filter(content_type=ContentType.objects.get_for_model(IssuePage)).count()
        == 2
    )
    assert set(IssueSearchText.objects.values_list("page__number", flat=True)) == {1, 2}
    assert IssueSearchText.objects.count() == 8
    assert TranslationStatus.objects.count() == 6
    entries = IndexEntry.objects.filter(content_type=ContentType.objects.get_for_model(IssuePage))
    assert sorted(entries.values_list("object_id", flat=True)) == sorted(ids)
    assert PageLogEntry.objects.filter(page__in=pages).count() == 4
    archive.refresh_from_db()
    assert archive.numchild == 2
    assert all(not problems for problems in Page.find_problems())

    monkeypatch.undo()  # the next run goes on from there
    call_command("generate_issues", 2)
    assert list(IssuePage.objects.values_list("number", flat=True).order_by("number")) == [
        1,
        2,
        3,
        4,
    ]
    assert all(not problems for problems in Page.find_problems())


def test_the_tree_stays_consistent_for_editors_adding_issues_after(archive):
    build_issue(archive, number=1)
    call_command("generate_issues", 3, "--batch-size", "2")
    build_issue(archive, number=9)
    children = list(archive.get_children().specific())
    assert [child.number for child in children] == [1, 2, 3, 4, 9]
    assert all(not problems for problems in Page.find_problems())
    archive.refresh_from_db()
    assert archive.numchild == 5
    assert [c.url_path for c in children][1] == f"{archive.url_path}2/"


@pytest.mark.parametrize("signal_name", sorted(REPRODUCED_RECEIVERS))
def test_every_receiver_of_an_issues_save_and_publication_is_reproduced(signal_name):
    """A receiver added later (say, a new page_published handler) must be added to the fast
    path too, or deliberately skipped there: this fails until it is."""
    signal = {
        "pre_save": pre_save,
        "post_save": post_save,
        "page_published": page_published,
        "published": published,
    }[signal_name]
    receivers = {
        f"{receiver.__module__}.{receiver.__qualname__}"
        for receiver in signal._live_receivers(IssuePage)[0]
    }
    assert receivers <= set(REPRODUCED_RECEIVERS[signal_name])
