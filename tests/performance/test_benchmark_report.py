"""benchmarks/run.py reports each page's cost as a ratio to the floor of the same run.

The load itself is not part of the suite (it takes minutes); what is tested here is how figures
become the report and the README's table: the cost against the floor, the absolute figures
beside it, the date and the exact command.
"""

from __future__ import annotations

import importlib.util
import sys

import pytest

from tests.deployment.helpers import ROOT

BENCHMARKS = ROOT / "benchmarks"


@pytest.fixture
def benchmark(monkeypatch):
    """benchmarks/run.py as a module (it imports its sibling editor_save.py)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("benchmark_run", BENCHMARKS / "run.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "benchmark_run", module)  # dataclasses look it up
    spec.loader.exec_module(module)
    return module


def test_the_cost_of_a_page_is_the_floors_throughput_over_its_own(benchmark):
    floor = {"rps": 1200.0, "p99": 12.0}
    issue = {"rps": 96.0, "p99": 140.0}
    assert benchmark.cost_vs_floor(floor, issue) == pytest.approx(12.5)
    assert benchmark.cost_vs_floor(floor, floor) == 1.0
    assert benchmark.cost_vs_floor(floor, {"rps": 0.0}) == float("inf"), "nothing answered"
    assert benchmark.format_cost(12.5) == "12.5×"
    assert benchmark.format_cost(1.234) == "1.23×"
    assert benchmark.figures(issue) == "96 req/s, p99 140 ms"


def test_the_markdown_table_says_when_how_and_what_was_measured(benchmark, capsys):
    benchmark.report("floor (minimal Django view)", "1,200 req/s, p99 12 ms", "reference", "", 1.0)
    benchmark.report("issue page, uncached", "96 req/s, p99 140 ms", "<= 25x floor", "OK", 12.5)
    benchmark.report("page weight", "146 KB (ar)", "< 150 KB", "0.97 OK")
    table = benchmark.markdown_table(
        benchmark.RESULTS,
        date="2026-12-04 19:30 UTC",
        command=".venv/bin/python benchmarks/run.py --reuse --markdown",
        setup="2 CPUs, load average 9.1/8.7/8.0 at the start",
    )
    lines = table.splitlines()
    assert lines[0] == (
        "Measured 2026-12-04 19:30 UTC with `.venv/bin/python benchmarks/run.py --reuse "
        "--markdown`: 2 CPUs, load average 9.1/8.7/8.0 at the start."
    )
    assert lines[2] == "| target | cost (× floor) | measured | goal | result |"
    assert lines[5] == (
        "| issue page, uncached | 12.5× | 96 req/s, p99 140 ms | <= 25x floor | OK |"
    )
    assert lines[6] == "| page weight | – | 146 KB (ar) | < 150 KB | 0.97 OK |", "no cost"
    # Each report line is printed as it is measured, cost first.
    assert "12.5×" in capsys.readouterr().out


def test_a_pipe_in_a_figure_does_not_break_the_table(benchmark):
    result = benchmark.Result("mixed", "0 errors | 66,101", "0 errors", "OK")
    table = benchmark.markdown_table([result], date="d", command="c", setup="s")
    assert table.splitlines()[-1] == "| mixed | – | 0 errors \\| 66,101 | 0 errors | OK |"


def test_the_command_is_given_as_typed_from_the_repository(benchmark, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(ROOT / ".venv" / "bin" / "python"))
    command = benchmark.command_line(["benchmarks/run.py", "--reuse", "--markdown"])
    assert command == ".venv/bin/python benchmarks/run.py --reuse --markdown"
