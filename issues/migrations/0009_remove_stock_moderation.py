"""Switch off Wagtail's stock "Moderators approval" workflow and delete the "Moderators" group."""

from django.db import migrations


def remove_stock_moderation(apps, schema_editor):
    from issues.workflow.stock_moderation import remove_stock_moderation as remove

    remove(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("issues", "0008_search_title_vector_and_number"),
        # After every Wagtail migration that creates or fills the stock groups and workflow.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(remove_stock_moderation, migrations.RunPython.noop)]
