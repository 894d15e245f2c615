"""Create the translation workflow's groups: Editors, and per language translators/reviewers."""

from django.db import migrations


def create_groups(apps, schema_editor):
    from issues.workflow.roles import create_groups as create

    create(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("issues", "0003_translation_workflow"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
