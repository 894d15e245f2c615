"""Bulk import mode (issues/backcatalogue/bulk.py): an import's issues reach the admin search
index once, after the import commits, instead of on each of their saves; outside an import every
save still indexes at once, and a rolled-back import indexes nothing."""

from __future__ import annotations

import pytest
from django.db import transaction

from issues.backcatalogue.bulk import active, bulk_import_mode
from issues.models import IssuePage
from tests.factories import build_issue

from .helpers import run_import

pytestmark = pytest.mark.django_db


def admin_search(term: str) -> list[int]:
    """Numbers of the issues Wagtail's admin search finds (the index the signal keeps)."""
    return sorted(page.number for page in IssuePage.objects.search(term))


def test_an_import_indexes_its_issues_after_it_commits(archive, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        report = run_import("english", "en")
    assert not report.failed, report.as_data()
    assert IssuePage.objects.filter(number=301).exists()
    # Saved but not yet committed (the test's transaction stands for the admin's): not indexed.
    assert 301 not in admin_search("Rivers")
    for callback in callbacks:
        callback()
    assert 301 in admin_search("Rivers")


def test_the_import_mode_ends_with_the_import(archive, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        run_import("english", "en")
    assert not active()
    # An editor's save afterwards is indexed on the spot, as before the import.
    with django_capture_on_commit_callbacks(execute=True):
        page = build_issue(archive, number=777)
    page.title_en = "Glaciers and the grain price"
    page.save()
    assert admin_search("Glaciers") == [777]


def test_a_rolled_back_bulk_block_indexes_nothing(archive, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        with bulk_import_mode():
            page = build_issue(archive, number=778)
            page.title_en = "Orchards of the northern valleys"
            page.save()
            assert active()
        raise RuntimeError("the import failed after writing")
    assert not callbacks  # the deferred indexing went with the rolled-back transaction
    assert not IssuePage.objects.filter(number=778).exists()
    assert admin_search("Orchards") == []


def test_nested_bulk_blocks_index_once_at_the_outer_end(
    archive, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        with bulk_import_mode():
            with bulk_import_mode():
                page = build_issue(archive, number=779)
                page.title_en = "Caravans on the ring road"
                page.save()
            assert active()  # the inner block joined the outer one
        assert not active()
    assert admin_search("Caravans") == []
    for callback in callbacks:
        callback()
    assert admin_search("Caravans") == [779]
