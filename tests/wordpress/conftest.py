"""Fixtures shared by the WordPress import tests."""

import pytest


@pytest.fixture
def uploads(tmp_path):
    """The old site's uploads folder, holding the original PDF edition the fixtures attach."""
    folder = tmp_path / "uploads"
    (folder / "2019" / "03").mkdir(parents=True)
    (folder / "2019" / "03" / "wa-301-en.pdf").write_bytes(b"%PDF-1.4\n% an original edition\n")
    return folder
