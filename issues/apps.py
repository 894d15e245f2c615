from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IssuesConfig(AppConfig):
    name = "issues"
    verbose_name = _("Weekly Analysis")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Editor-published languages get an approval record, for outdated detection later.
        from issues.workflow import signals  # noqa: F401
