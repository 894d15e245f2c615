"""`make install` on a fresh clone leaves the tree as it found it: `git status` stays empty.

Build metadata (``csrs_weekly.egg-info/``, ``build/``) used to be committed, and every install
rewrote it. Now the Makefile installs the dependencies only, and the metadata a hand-made
``pip install .`` would write is ignored.

The clone installs into a virtualenv of its own (``make install VENV=…``) that borrows this
environment's packages through a ``.pth`` file: pip finds every requirement already satisfied,
so the test takes seconds instead of a full download. ``.ci/run`` does the same check on its
clean clone with a real first install.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (shutil.which("git") and shutil.which("make") and (ROOT / ".git").exists()),
    reason="needs git, make and a git checkout",
)


def run(*command: str, cwd: Path) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "MAKE"))}
    result = subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def tree_changes(clone: Path) -> list[str]:
    """What `git status --porcelain` reports: changed, added or untracked (not ignored) paths."""
    return run("git", "status", "--porcelain", "--untracked-files=all", cwd=clone).splitlines()


@pytest.fixture
def clone(tmp_path) -> Path:
    """A clone of the committed tree, as a newcomer gets it."""
    target = tmp_path / "csrs"
    run("git", "clone", "--quiet", str(ROOT), str(target), cwd=tmp_path)
    assert tree_changes(target) == []
    return target


@pytest.fixture
def borrowed_venv(tmp_path) -> Path:
    """A virtualenv whose packages are this one's (a .pth file), so installing is quick.

    Console scripts (pybabel, ruff) are linked from this environment's bin/ too."""
    path = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=True).create(path)
    (site_packages,) = path.glob("lib/python*/site-packages")
    (site_packages / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    scripts = Path(sysconfig.get_paths()["scripts"])
    for script in scripts.iterdir():
        if not (path / "bin" / script.name).exists():
            (path / "bin" / script.name).symlink_to(script)
    return path


def test_make_install_twice_leaves_a_fresh_clone_unchanged(clone, borrowed_venv):
    for _ in range(2):
        run("make", "install", f"VENV={borrowed_venv}", cwd=clone)
        assert tree_changes(clone) == []
    # It really installed: the requirements it gave pip, and the compiled catalogs.
    requirements = (borrowed_venv / "requirements.txt").read_text().splitlines()
    assert any(line.startswith("wagtail") for line in requirements)
    assert any(line.startswith("pytest") for line in requirements), "the dev extras too"
    assert (borrowed_venv / "bin" / ".installed").exists()
    assert (clone / "locale" / "ps" / "LC_MESSAGES" / "django.mo").exists()


def test_build_metadata_is_not_tracked_and_is_ignored(clone):
    tracked = run("git", "ls-files", cwd=clone).splitlines()
    assert not [path for path in tracked if ".egg-info/" in path or path.startswith("build/")]
    for path in ("csrs_weekly.egg-info/PKG-INFO", "build/lib/x.py", ".venv/bin/python"):
        run("git", "check-ignore", "--quiet", path, cwd=clone)  # exit status 1 if not ignored


def test_a_change_an_install_makes_shows_in_git_status(clone):
    """The check above can fail: a rewritten tracked file or a new file is reported."""
    (clone / "README.md").write_text("rewritten by an install\n")
    (clone / "PKG-INFO").write_text("Metadata-Version: 2.4\n")
    assert sorted(tree_changes(clone)) == [" M README.md", "?? PKG-INFO"]
