"""Benchmark: seconds and peak memory to build one issue's PDF in each language.

    .venv/bin/python benchmarks/pdf.py [--issue N] [--repeat 5]

Uses the configured database (``DJANGO_SETTINGS_MODULE``, default ``csrs.settings.dev``; ``make
demo`` loads issues) and the newest published issue unless ``--issue`` is given. Each language runs
in its own subprocess so memory figures do not mix: the median of ``--repeat`` renders (after one
warm-up render that loads fonts), and the process's peak resident memory (``ru_maxrss``), both
total and above the process's size before the first render. Targets: under 2 s and 150 MB per
issue-language, compared with the memory the PDF build adds to the process (WeasyPrint, pango,
fonts, the render); the Django/Wagtail process it runs in is shown beside it. Not part of the test
suite.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 2.0
TARGET_MB = 150.0


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(issue_number: int | None, code: str, repeat: int) -> dict:
    """Render in this process and return the measurements (run by the parent, one per language)."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.dev")
    import django

    django.setup()
    from csrs import languages
    from issues.models import IssuePage

    issues = IssuePage.objects.live().order_by("-number")
    issue = issues.get(number=issue_number) if issue_number else issues.first()
    if issue is None:
        raise SystemExit("No published issue: run `make demo` first.")
    language = languages.get_language(code)
    before = peak_rss_mb()  # Django and Wagtail loaded, WeasyPrint not yet
    from issues.pdf.render import render_issue_pdf

    data = render_issue_pdf(issue, language)  # warm-up: font loading, template compilation
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        data = render_issue_pdf(issue, language)
        timings.append(time.perf_counter() - started)
    peak = peak_rss_mb()
    return {
        "issue": issue.number,
        "language": code,
        "median_s": statistics.median(timings),
        "peak_mb": peak,
        "render_mb": peak - before,
        "bytes": len(data),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--issue", type=int)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--child", metavar="LANG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.issue, args.child, args.repeat)))
        return 0

    sys.path.insert(0, str(ROOT))
    from csrs.languages import CODES

    print(
        f"{'lang':6} {'median s':>9} {'/2 s':>6} {'PDF MB':>7} {'/150':>6} "
        f"{'process MB':>11} {'PDF KB':>7}"
    )
    over = False
    issue = "-"
    for code in CODES:
        command = [sys.executable, __file__, "--child", code, "--repeat", str(args.repeat)]
        if args.issue:
            command += ["--issue", str(args.issue)]
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        if result.returncode:
            print(f"{code:6} failed:\n{result.stderr[-2000:]}")
            over = True
            continue
        m = json.loads(result.stdout.strip().splitlines()[-1])
        issue = m["issue"]
        over |= m["median_s"] >= TARGET_SECONDS or m["render_mb"] >= TARGET_MB
        print(
            f"{code:6} {m['median_s']:9.2f} {m['median_s'] / TARGET_SECONDS:6.2f} "
            f"{m['render_mb']:7.0f} {m['render_mb'] / TARGET_MB:6.2f} {m['peak_mb']:11.0f} "
            f"{m['bytes'] / 1024:7.0f}"
        )
    print(
        f"issue {issue}, median of {args.repeat} renders; targets: < {TARGET_SECONDS:.0f} s and "
        f"< {TARGET_MB:.0f} MB added by the PDF build per issue-language (ratios: /2 s, /150)"
    )
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
