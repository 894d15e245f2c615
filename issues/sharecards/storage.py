"""Where share cards live: the default (media) storage, one stable name per issue and language."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

FOLDER = "cards"


def storage_path(number: int, code: str) -> str:
    """``cards/csrs-weekly-analysis-455-ps.png``."""
    return f"{FOLDER}/csrs-weekly-analysis-{number}-{code}.png"


def save_card(number: int, code: str, data: bytes) -> str:
    """Store ``data`` at the stable path, replacing the older card; returns the stored name."""
    path = storage_path(number, code)
    if default_storage.exists(path):
        default_storage.delete(path)
    return default_storage.save(path, ContentFile(data))


def delete_card(number: int, code: str) -> None:
    """Remove a card; a card already gone is not an error."""
    path = storage_path(number, code)
    if default_storage.exists(path):
        default_storage.delete(path)
