"""manage.py restore_site BACKUP_FOLDER: restore the database and media from a backup."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from csrs.backups.archive import BackupError, Connection, check_backup, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup_site folder: replaces the database's tables and adds the media files. "
        "Checks the manifest's checksums first."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", type=Path, help="a folder written by backup_site")
        parser.add_argument(
            "--database-url",
            help="restore into this postgres:// database instead of the site's own",
        )
        parser.add_argument(
            "--media-root", type=Path, help="extract media here instead of MEDIA_ROOT"
        )
        parser.add_argument(
            "--yes", action="store_true", help="do not ask: the target's tables are replaced"
        )

    def handle(self, *args, backup: Path, database_url, media_root, yes, **options):
        if database_url:
            connection = Connection.from_url(database_url)
        else:
            connection = Connection.from_settings(settings.DATABASES["default"])
        media_root = media_root or Path(settings.MEDIA_ROOT)
        try:
            manifest = check_backup(backup)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if not yes:
            answer = input(
                f"Replace the tables of database {connection.name!r} with the backup of "
                f"{manifest['created']}? Type 'yes': "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            restore_backup(backup, connection, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {backup.name} into {connection.name} "
                f"({manifest['media_files']} media files into {media_root})."
            )
        )
