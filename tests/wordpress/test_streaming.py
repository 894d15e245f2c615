"""The reader streams: memory does not grow with the size of the export."""

from __future__ import annotations

import importlib.util
import tracemalloc
from pathlib import Path

from issues.importers.wordpress.wxr import read_items

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "wordpress_export.py"


def _generator():
    spec = importlib.util.spec_from_file_location("wordpress_export", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _peak_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_items(path.open("rb")))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_reading_ten_times_more_posts_takes_no_more_memory(tmp_path):
    generator = _generator()
    small, large = tmp_path / "small.xml", tmp_path / "large.xml"
    generator.write_export(small, 100)
    generator.write_export(large, 1000)
    assert large.stat().st_size > 9 * small.stat().st_size
    small_count, small_peak = _peak_while_reading(small)
    large_count, large_peak = _peak_while_reading(large)
    assert (small_count, large_count) == (200, 2000)  # posts and their attachments
    assert large_peak < 2 * small_peak, (small_peak, large_peak)
    assert large_peak < 5 * 1024 * 1024
