"""One GIN index per language on the search vectors, in place of one over all languages.

A search always asks for one language. With a single index, a word found in most of that
language's issues made PostgreSQL scan the language's rows and test (detoast) every vector;
a partial index per language answers ``language = 'xx' AND vector @@ query`` from the index
alone. The codes are frozen here, as migrations are: a new language adds its own migration.
"""

from django.db import migrations

CODES = {"en": "en", "ps": "ps", "fa-af": "fa_af", "ar": "ar"}


def per_language_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return  # SQLite searches the normalised text
    schema_editor.execute("DROP INDEX IF EXISTS issues_issuesearchtext_vector_gin")
    for code, suffix in CODES.items():
        schema_editor.execute(
            f"CREATE INDEX issues_searchtext_vector_{suffix} ON issues_issuesearchtext "
            f"USING gin (vector) WHERE language = '{code}'"
        )


def one_index(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for suffix in CODES.values():
        schema_editor.execute(f"DROP INDEX IF EXISTS issues_searchtext_vector_{suffix}")
    schema_editor.execute(
        "CREATE INDEX issues_issuesearchtext_vector_gin "
        "ON issues_issuesearchtext USING gin (vector)"
    )


class Migration(migrations.Migration):
    dependencies = [("issues", "0006_unplaced_text_block")]

    operations = [migrations.RunPython(per_language_indexes, one_index)]
