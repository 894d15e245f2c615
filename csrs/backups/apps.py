from django.apps import AppConfig


class BackupsConfig(AppConfig):
    name = "csrs.backups"
    label = "csrs_backups"
    verbose_name = "Backups"
