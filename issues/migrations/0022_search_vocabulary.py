"""The search vocabulary for "did you mean", with a trigram index on PostgreSQL (pg_trgm).

SQLite (development) gets the table alone: its suggestions come from ``difflib``. The search
rows change shape (issues.search.document) without a schema change: run
``manage.py rebuild_issue_search`` once after deploying, so old rows gain the new forms.
"""

from django.db import migrations, models


def trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "CREATE INDEX issues_searchword_trgm ON issues_searchword USING gin (word gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS issues_searchword_trgm")


class Migration(migrations.Migration):
    dependencies = [("issues", "0020_newsletter")]

    operations = [
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("language", models.CharField(max_length=8)),
                ("word", models.CharField(max_length=64)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("language", "word"), name="unique_search_word")
                ]
            },
        ),
        migrations.RunPython(trigram_index, drop_trigram_index),
    ]
