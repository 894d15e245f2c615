"""Time and memory to refuse hostile import files (issue 14, item 7), at the real limits.

    .venv/bin/python benchmarks/hostile_files.py          # or: benchmarks/run.py --hostile-files

Builds each file in memory (never on disk), hands it to the importer as the command and the admin
do (``parse_file``), and prints per file: its size, the outcome (must be "refused:
too_complex"), the seconds it took, the peak memory of this process (the web worker's share)
and of the child process that parsed it. No database, no server. Not part of the test suite.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from issues.importers import ImportFileError, errors, parse_file  # noqa: E402
from tests.security import bombs  # noqa: E402

CASES = (
    ("docx: 300 MB member in a zip", lambda: bombs.docx_with_member("word/bomb.xml", 300)),
    ("docx: 2,000 members", lambda: bombs.docx_with_many_members(2000)),
    ("pdf: 2.7 MB content stream", lambda: bombs.pdf_with_content_stream(200_000)),
    ("pdf: slow content stream (12 s)", lambda: bombs.pdf_with_content_stream(100_000)),
)


def megabytes(kilobytes: int) -> str:
    return f"{kilobytes / 1024:,.0f} MB"


def run_case(name: str, build) -> tuple[str, float, int, int]:
    data = build()
    own_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    try:
        parse_file(data, name)
        outcome = "ACCEPTED (not refused!)"
    except ImportFileError as error:
        outcome = f"refused: {error.code}"
    elapsed = time.monotonic() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - own_before
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        f"{name:<34} {len(data) / 1024:>8,.0f} KB  {outcome:<24} {elapsed:>6.2f} s  "
        f"process +{megabytes(own):>7}  child peak {megabytes(child):>7}",
        flush=True,
    )
    return outcome, elapsed, own, child


def main() -> int:
    print(
        f"Limits: {errors.MAX_PARSE_SECONDS} s and {errors.MAX_PARSE_MEMORY_BYTES // 1048576} MB "
        f"per parse; .docx ≤ {errors.MAX_DOCX_MEMBERS} members, "
        f"≤ {errors.MAX_DOCX_MEMBER_BYTES // 1048576} MB each, "
        f"≤ {errors.MAX_DOCX_UNPACKED_BYTES // 1048576} MB in all, ratio ≤ "
        f"{errors.MAX_COMPRESSION_RATIO}:1; PDF page content ≤ "
        f"{errors.MAX_PDF_CONTENT_BYTES // 1048576} MB"
    )
    failures = 0
    for name, build in CASES:
        outcome, elapsed, _own, _child = run_case(name, build)
        if not outcome.startswith("refused") or elapsed > errors.MAX_PARSE_SECONDS + 3:
            failures += 1
    print("hostile files: OK" if not failures else f"hostile files: {failures} MISSED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
