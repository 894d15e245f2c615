"""A fresh database migrates, including the columns wagtail-modeltranslation adds to Wagtail."""

import pytest
from django.db import connection

from csrs import languages

pytestmark = pytest.mark.django_db


def columns(table: str) -> set[str]:
    with connection.cursor() as cursor:
        return {c.name for c in connection.introspection.get_table_description(cursor, table)}


def test_page_table_has_a_title_column_per_language():
    page_columns = columns("wagtailcore_page")
    for lang in languages.LANGUAGES:
        assert lang.field("title") in page_columns


def test_issue_table_has_translated_columns():
    issue_columns = columns("issues_issuepage")
    for lang in languages.LANGUAGES:
        for name in ("standfirst", "analyses", "recommendations", "references"):
            assert lang.field(name) in issue_columns


def test_tests_run_on_the_configured_database(settings):
    import os

    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        assert connection.vendor == "postgresql"
