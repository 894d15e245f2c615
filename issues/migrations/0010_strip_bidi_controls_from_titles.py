"""Strip bidi override, embedding and isolate controls from titles and standfirsts saved before
pages did so themselves (issues/l10n/bidi.py, BidiSafeTextMixin in issues/models/pages.py).

The translated columns (``title_ps``, ``standfirst_fa_af``, …) are found by name, because
wagtail-modeltranslation adds Wagtail's own (``wagtailcore_page.title_xx``) outside migrations:
on a new database they do not exist yet, and there is nothing to clean.
"""

from django.db import migrations

from issues.l10n.bidi import BIDI_CONTROLS

# table: (its primary key column, the prefixes of the columns to clean)
COLUMNS = {
    "wagtailcore_page": ("id", ("title", "draft_title", "seo_title")),
    "issues_issuepage": ("page_ptr_id", ("standfirst",)),
}


def strip_bidi_controls(apps, schema_editor):
    connection = schema_editor.connection
    quote = schema_editor.quote_name
    with connection.cursor() as cursor:
        for table, (key, prefixes) in COLUMNS.items():
            columns = [
                column.name
                for column in connection.introspection.get_table_description(cursor, table)
                if any(column.name == p or column.name.startswith(f"{p}_") for p in prefixes)
            ]
            for column in columns:
                cursor.execute(f"SELECT {quote(key)}, {quote(column)} FROM {quote(table)}")  # noqa: S608
                changed = [
                    (BIDI_CONTROLS.sub("", value), pk)
                    for pk, value in cursor.fetchall()
                    if isinstance(value, str) and BIDI_CONTROLS.search(value)
                ]
                if changed:
                    cursor.executemany(
                        f"UPDATE {quote(table)} SET {quote(column)} = %s WHERE {quote(key)} = %s",  # noqa: S608
                        changed,
                    )


class Migration(migrations.Migration):
    dependencies = [("issues", "0009_remove_stock_moderation")]

    operations = [migrations.RunPython(strip_bidi_controls, migrations.RunPython.noop)]
