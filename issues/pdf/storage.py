"""Where PDF editions live: the default (media) storage, under a stable, readable name.

Only the storage API is used (``exists``/``delete``/``save``/``open``), so the same code works on
the local file system and on S3 through django-storages.
"""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

FOLDER = "pdfs"


def download_name(number: int, code: str) -> str:
    """The file name readers get: ``csrs-weekly-analysis-455-ps.pdf``."""
    return f"csrs-weekly-analysis-{number}-{code}.pdf"


def storage_path(number: int, code: str) -> str:
    """The stable path of an issue's PDF in one language, inside the media storage."""
    return f"{FOLDER}/{download_name(number, code)}"


def save_pdf(number: int, code: str, data: bytes) -> str:
    """Store ``data`` at the stable path, replacing an older edition; returns the stored name.

    The caller renders the whole PDF first, so a failed render never removes the file readers
    are getting. Storages give a new name rather than overwrite, hence the delete first.
    """
    path = storage_path(number, code)
    if default_storage.exists(path):
        default_storage.delete(path)
    stored = default_storage.save(path, ContentFile(data))
    if stored != path:  # a concurrent build stored the same file a moment earlier
        default_storage.delete(stored)
        default_storage.delete(path)
        stored = default_storage.save(path, ContentFile(data))
    return stored


def delete_pdf(name: str) -> None:
    """Remove a stored PDF; a file already gone is not an error."""
    if name and default_storage.exists(name):
        default_storage.delete(name)
