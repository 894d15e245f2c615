"""Browser tests anywhere under tests/: Debian's headless Chromium driven by Playwright.

Never ``playwright install``: the browser is /usr/bin/chromium (Debian's ``chromium`` package).
A test that uses Playwright's ``page`` is a browser test: without Chromium it skips, unless
CSRS_REQUIRE_BROWSER=1 (CI) makes that a failure. The root conftest.py wires these in.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"
# Without the networking flags Chromium keeps trying hosts this closed network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_available() -> bool:
    return Path(CHROMIUM).exists() and bool(shutil.which(CHROMIUM))


def mark_browser_tests(items) -> None:
    """Mark tests that drive a browser; skip (or, in CI, fail) them without Chromium."""
    browser_items = [item for item in items if "page" in getattr(item, "fixturenames", ())]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if chromium_available():
        return
    reason = f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if browser_items and os.environ.get("CSRS_REQUIRE_BROWSER"):
        # CI must never pass by skipping its browser tests.
        raise pytest.UsageError(f"{reason}; CSRS_REQUIRE_BROWSER is set")
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=reason))
