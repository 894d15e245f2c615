"""Search rows carry the title's own vector and the issue number (filled for existing rows).

Results are ordered by "the title matches", then newest first, from the search row alone: no
large vector to read per match, no join to the pages.
"""

import django.contrib.postgres.search
from django.db import migrations, models


def fill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        # SQLite has no vectors: only the number is needed there.
        IssueSearchText = apps.get_model("issues", "IssueSearchText")
        for row in IssueSearchText.objects.select_related("page"):
            row.number = row.page.number
            row.save(update_fields=["number"])
        return
    # The first line of ``normalised`` is the normalised title (with the number), as indexed.
    schema_editor.execute(
        "UPDATE issues_issuesearchtext AS st SET number = ip.number, "
        "title_vector = setweight(to_tsvector(st.config::regconfig, "
        "split_part(st.normalised, E'\\n', 1)), 'A') "
        "FROM issues_issuepage AS ip WHERE ip.page_ptr_id = st.page_id"
    )


class Migration(migrations.Migration):
    dependencies = [("issues", "0007_search_vector_per_language")]

    operations = [
        migrations.AddField(
            model_name="issuesearchtext",
            name="number",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.AddField(
            model_name="issuesearchtext",
            name="title_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
