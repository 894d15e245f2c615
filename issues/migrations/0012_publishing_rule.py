"""Per language, the approved text that goes live; a language an editor took offline.

Data: what readers see now stays what they see. Every non-original language with text on a
live issue gets that text as its approved content (an approval record is created where an
editor published it without one), so the publishing rule (issues/workflow/publishing.py) keeps
it live.
"""

import json

import django.core.serializers.json

from django.db import migrations, models
from django.utils import timezone

FIELDS = ("title", "standfirst", "analyses", "recommendations", "references")
STREAMS = ("analyses", "recommendations", "references")


def _value(name, raw):
    if name in STREAMS:
        if isinstance(raw, str):
            raw = json.loads(raw) if raw.strip() else []
        return raw or []
    return raw or ""


def keep_what_readers_see(apps, schema_editor):
    from csrs import languages

    TranslationStatus = apps.get_model("issues", "TranslationStatus")
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        page_columns = {
            column.name
            for column in connection.introspection.get_table_description(
                cursor, "wagtailcore_page"
            )
        }
    for language in languages.LANGUAGES:
        suffix = language.field_suffix
        if f"title_{suffix}" not in page_columns:
            # wagtail-modeltranslation adds these after the migrations: a new database,
            # with nothing published yet.
            continue
        columns = ", ".join(
            f"{'p' if name == 'title' else 'i'}.{quote(f'{name}_{suffix}')}" for name in FIELDS
        )
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT i.page_ptr_id, {columns} FROM issues_issuepage i "  # noqa: S608
                "JOIN wagtailcore_page p ON p.id = i.page_ptr_id "
                "WHERE p.live AND i.original_language <> %s",
                [language.code],
            )
            rows = cursor.fetchall()
        for issue_id, *raw in rows:
            values = {name: _value(name, value) for name, value in zip(FIELDS, raw, strict=True)}
            if not values["title"].strip() or not values["analyses"]:
                continue
            status = TranslationStatus.objects.filter(
                issue_id=issue_id, language=language.code
            ).first()
            if status is None:
                TranslationStatus.objects.create(
                    issue_id=issue_id,
                    language=language.code,
                    state="approved",
                    approved_at=timezone.now(),
                    approved_content=values,
                )
            elif status.approved_at is not None:
                status.approved_content = values
                status.save(update_fields=["approved_content"])


class Migration(migrations.Migration):
    dependencies = [
        ("issues", "0010_strip_bidi_controls_from_titles"),
    ]

    operations = [
        migrations.AddField(
            model_name="translationstatus",
            name="approved_content",
            field=models.JSONField(
                blank=True, default=dict, encoder=django.core.serializers.json.DjangoJSONEncoder
            ),
        ),
        migrations.AddField(
            model_name="translationstatus",
            name="withdrawn_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="unpublished at"),
        ),
        migrations.RunPython(keep_what_readers_see, migrations.RunPython.noop),
    ]
