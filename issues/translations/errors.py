"""What can be wrong with a translation file: each problem names its unit and says why."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class UnitError:
    """One problem: the unit's id ("" for the whole file) and a translated reason."""

    unit_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.unit_id}: {self.reason}" if self.unit_id else self.reason


class TranslationFileError(Exception):
    """A file that must not be applied; ``errors`` lists every problem found."""

    def __init__(self, errors: list[UnitError]):
        self.errors = errors
        super().__init__("; ".join(str(error) for error in errors))
