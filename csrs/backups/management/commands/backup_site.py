"""manage.py backup_site DESTINATION: dump the database and media into a new backup folder."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from csrs.backups.archive import BackupError, Connection, create_backup


class Command(BaseCommand):
    help = "Back up the PostgreSQL database (pg_dump, custom format) and MEDIA_ROOT."

    def add_arguments(self, parser):
        parser.add_argument("destination", type=Path, help="folder that receives the backup")

    def handle(self, *args, destination: Path, **options):
        connection = Connection.from_settings(settings.DATABASES["default"])
        try:
            folder = create_backup(destination, connection, Path(settings.MEDIA_ROOT))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {folder}"))
        self.stdout.write(str(folder))
