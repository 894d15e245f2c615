"""Uploaded files kept between the preview and the confirmation, named by signed tokens.

The file is stored under ``imports/<uuid>/`` in the default storage and the form carries only a
signed token naming it: a token that was altered, or that names anything outside ``imports/``,
is refused, so the confirmation can never be pointed at another file.
"""

from __future__ import annotations

import datetime
import posixpath
import uuid
from dataclasses import dataclass

from django.core import signing
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.text import get_valid_filename

UPLOAD_FOLDER = "imports"
TOKEN_SALT = "issues.backcatalogue.upload"
#: How long a preview stays confirmable.
TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60


class InvalidUploadToken(Exception):
    """A token that was tampered with, expired, or names no stored upload."""


@dataclass(frozen=True)
class PendingUpload:
    """A stored upload awaiting confirmation."""

    path: str  # in the default storage
    filename: str  # as uploaded
    language: str  # a language code, or "" to detect

    def read(self) -> bytes:
        with default_storage.open(self.path, "rb") as handle:
            return handle.read()

    def delete(self) -> None:
        """Remove the file (and its now empty folder, where the storage has folders)."""
        if default_storage.exists(self.path):
            default_storage.delete(self.path)
        folder = posixpath.dirname(self.path)
        try:
            directories, files = default_storage.listdir(folder)
            if not directories and not files:
                default_storage.delete(folder)
        except (NotImplementedError, FileNotFoundError, OSError):
            pass


def purge_expired_uploads(now: datetime.datetime | None = None) -> int:
    """Delete uploads older than a token's lifetime (previews never confirmed); returns how many."""
    now = now or timezone.now()
    removed = 0
    try:
        folders, _files = default_storage.listdir(UPLOAD_FOLDER)
    except (FileNotFoundError, NotImplementedError, OSError):
        return 0
    for folder in folders:
        try:
            _dirs, names = default_storage.listdir(f"{UPLOAD_FOLDER}/{folder}")
            for name in names:
                path = f"{UPLOAD_FOLDER}/{folder}/{name}"
                age = now - default_storage.get_modified_time(path)
                if age.total_seconds() > TOKEN_MAX_AGE_SECONDS:
                    PendingUpload(path=path, filename=name, language="").delete()
                    removed += 1
        except (FileNotFoundError, NotImplementedError, OSError):
            continue
    return removed


def store_upload(data: bytes, filename: str, language: str) -> tuple[PendingUpload, str]:
    """Store ``data`` under ``imports/<uuid>/`` and return it with its signed token."""
    safe_name = get_valid_filename(posixpath.basename(filename.replace("\\", "/"))) or "upload"
    path = default_storage.save(
        f"{UPLOAD_FOLDER}/{uuid.uuid4().hex}/{safe_name}", ContentFile(data)
    )
    upload = PendingUpload(path=path, filename=filename, language=language)
    token = signing.dumps(
        {"path": path, "filename": filename, "language": language}, salt=TOKEN_SALT
    )
    return upload, token


def load_upload(token: str) -> PendingUpload:
    """The upload a token names. Raises :class:`InvalidUploadToken` for anything suspicious."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE_SECONDS)
    except signing.BadSignature as error:  # includes SignatureExpired
        raise InvalidUploadToken(str(error)) from error
    if not isinstance(data, dict):
        raise InvalidUploadToken("malformed token")
    path = str(data.get("path", ""))
    normalised = posixpath.normpath(path)
    if normalised != path or not path.startswith(f"{UPLOAD_FOLDER}/") or ".." in path.split("/"):
        raise InvalidUploadToken("token names a file outside the upload folder")
    return PendingUpload(
        path=path, filename=str(data.get("filename", "")), language=str(data.get("language", ""))
    )
