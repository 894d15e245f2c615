"""The Dockerfile's build-time steps, run here: compile catalogs, collectstatic with production.

Docker itself is not available on CI; these are the same commands with the same dummy variables.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.deployment.helpers import ROOT, run_manage


def test_catalogs_compile_with_pybabel(tmp_path):
    locale = tmp_path / "locale"
    shutil.copytree(ROOT / "locale", locale)
    pybabel = Path(sys.executable).with_name("pybabel")
    result = subprocess.run(
        [str(pybabel), "compile", "-d", str(locale), "-D", "django"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert list(locale.glob("*/LC_MESSAGES/django.mo"))


def test_collectstatic_with_production_settings_and_dummy_build_values(tmp_path):
    env = {
        "DJANGO_SETTINGS_MODULE": "csrs.settings.production",
        "SECRET_KEY": "build-only-" + "k" * 40 + "0123456789",
        "ALLOWED_HOSTS": "localhost",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'build.sqlite3'}",
        "STATIC_ROOT": str(tmp_path / "staticfiles"),
    }
    result = run_manage(["collectstatic", "--noinput", "--verbosity", "0"], env, timeout=300)
    assert result.returncode == 0, result.stderr
    static = tmp_path / "staticfiles"
    assert (static / "staticfiles.json").is_file(), "hashed names (manifest)"
    assert list(static.glob("css/site.*.css.gz")), "compressed copies for WhiteNoise"
    assert not (tmp_path / "build.sqlite3").exists(), "collectstatic never touched the database"
