"""Import translated XLIFF/PO files (or zips of them): validate all, then apply each atomically.

Exit status: 0 applied (or valid, with ``--dry-run``), 1 a file was refused (nothing of that
file written), 2 bad usage (unknown user).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management.base import BaseCommand, CommandError

from issues.translations import importer
from issues.translations.errors import TranslationFileError


def _files(path: Path):
    data = path.read_bytes()
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                if info.is_dir():
                    continue
                if info.file_size > importer.MAX_FILE_BYTES:
                    yield f"{path}:{info.filename}", b"x" * (importer.MAX_FILE_BYTES + 1)
                    continue
                yield f"{path}:{info.filename}", archive.read(info)
    else:
        yield str(path), data


class Command(BaseCommand):
    help = "Import translated XLIFF or PO files; each file is applied completely or not at all."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")
        parser.add_argument("--user", help="the translator or editor the import is made as")
        parser.add_argument("--dry-run", action="store_true", help="validate and preview only")
        parser.add_argument(
            "--apply-flagged",
            action="store_true",
            help="also apply units whose source text changed since the export",
        )

    def handle(self, *args, **options):
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"No user {options['user']}.", returncode=2)
        elif not options["dry_run"]:
            raise CommandError("--user is required unless --dry-run.", returncode=2)
        else:
            user = get_user_model().objects.filter(is_superuser=True).first()
        failed = False
        for path in options["files"]:
            for name, data in _files(Path(path)):
                failed |= not self._import(name, data, user, options)
        if failed:
            raise CommandError("Some files were refused: nothing of them was written.")

    def _import(self, name, data, user, options) -> bool:
        try:
            preview = importer.prepare(data, user)
            for change in preview.changes:
                flag = " [SOURCE CHANGED]" if change.stale else ""
                self.stdout.write(f"{name}: {change.unit_id}{flag}")
            if options["dry_run"]:
                self.stdout.write(f"{name}: {len(preview.changes)} change(s), not applied")
                return True
            applied = importer.apply(preview, user, apply_stale=options["apply_flagged"])
        except (TranslationFileError, PermissionDenied) as error:
            for line in getattr(error, "errors", [error]):
                self.stderr.write(f"{name}: {line}")
            return False
        skipped = len(preview.changes) - len(applied)
        submitted = (
            f"not submitted for review: {preview.not_submitted}"
            if preview.not_submitted
            else "submitted for review"
        )
        self.stdout.write(
            f"{name}: {len(applied)} unit(s) applied, {skipped} flagged unit(s) skipped; "
            f"{preview.language.code} {submitted}"
        )
        return True
