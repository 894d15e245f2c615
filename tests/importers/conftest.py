"""Importer tests: keep Hypothesis's caches out of the repository (in the system temp folder)."""

from __future__ import annotations

import tempfile
from pathlib import Path

try:
    from hypothesis.configuration import set_hypothesis_home_dir
except ImportError:  # pragma: no cover - hypothesis missing: the property tests fail to import
    pass
else:
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "csrs-importers-hypothesis")
