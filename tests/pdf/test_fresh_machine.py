"""A fresh machine without system fonts builds all four PDFs from the vendored font files.

The build runs in a subprocess whose fontconfig knows no font directory at all (an empty
``FONTCONFIG_FILE``), as on a newcomer's machine without Debian's fonts-noto-core: every glyph
must come from the files under static/fonts/ that issues/pdf/fonts.py names.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from csrs import languages
from issues.pdf import fonts
from tests.pdf.conftest import create_issue, normalise, read_pdf
from tests.pdf.content import TITLES

BUILD_SCRIPT = """
import sys
from pathlib import Path

import django

django.setup()
from csrs import languages
from issues.models import IssuePage
from issues.pdf import render

issue = IssuePage.objects.get(pk=int(sys.argv[1]))
for code in languages.CODES:
    data = render.render_issue_pdf(issue, languages.get_language(code))
    (Path(sys.argv[2]) / f"{code}.pdf").write_bytes(data)
"""


def no_font_environment(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    env = {key: value for key, value in os.environ.items() if not key.startswith("FC_")}
    env.update(
        FONTCONFIG_FILE=str(config),
        FONTCONFIG_PATH=str(tmp_path),
        XDG_DATA_HOME=str(tmp_path / "data"),  # no ~/.local/share/fonts either
        HOME=str(tmp_path),
        DJANGO_SETTINGS_MODULE="csrs.settings.test",
    )
    return env


def database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def embedded_fonts(pdf) -> set[str]:
    names = set()
    for page in pdf.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            for descendant in font.get_object().get("/DescendantFonts") or []:
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert "/FontFile2" in descriptor, descriptor["/FontName"]
                names.add(str(descriptor["/FontName"]).split("+", 1)[1])
    return names


def test_the_vendored_font_files_exist_with_their_licence():
    for file in fonts.font_files():
        assert file.path.is_file(), file.path
        assert Path(settings.BASE_DIR) / "static" / "fonts" in file.path.parents
        assert (file.path.parent / "LICENSE").read_text().count("SIL OPEN FONT LICENSE") >= 1


def test_a_missing_font_file_is_named_in_the_error(monkeypatch, tmp_path):
    others = [f for f in fonts.font_files() if f.path.name != "NotoSerif-Regular.ttf"]
    missing = fonts.PdfFontFile("Noto Serif", 400, "normal", tmp_path / "NotoSerif-Regular.ttf")
    monkeypatch.setattr(fonts, "font_files", lambda: (missing, *others))
    with pytest.raises(FileNotFoundError, match="NotoSerif-Regular.ttf"):
        fonts.font_face_css(languages.ENGLISH)


@pytest.mark.django_db(transaction=True)
def test_all_four_pdfs_build_with_the_system_fonts_hidden(archive, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("the subprocess reads the test database over PostgreSQL")
    issue = create_issue(archive, 480, tuple(languages.CODES), publish=True)
    env = no_font_environment(tmp_path)
    env["DATABASE_URL"] = database_url()
    if shutil.which("fc-list"):  # the subprocess really sees no system font
        listed = subprocess.run(["fc-list"], env=env, capture_output=True, text=True, check=True)
        assert listed.stdout.strip() == ""
    subprocess.run(
        [sys.executable, "-c", BUILD_SCRIPT, str(issue.pk), str(tmp_path)],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        timeout=300,
    )
    expected_fonts = {
        "en": {"PDF-Noto-Serif"},
        "ps": {"PDF-Vazirmatn"},
        "fa-af": {"PDF-Vazirmatn"},
        "ar": {"PDF-Noto-Naskh-Arabic"},
    }
    for code in languages.CODES:
        pdf = read_pdf((tmp_path / f"{code}.pdf").read_bytes())
        embedded = {name.split("-Bold")[0].split("-Regular")[0] for name in embedded_fonts(pdf)}
        for family in expected_fonts[code]:
            assert any(name.startswith(family) for name in embedded), (code, embedded)
        text = normalise(" ".join(page.extract_text() for page in pdf.pages))
        assert normalise(TITLES[code]) in text, code
