"""Read PDF and Word files in a child process with memory, CPU and wall-clock limits.

A crafted PDF content stream kept a worker busy for 16 s, and a small .docx unpacked into 1.3 GB
of parsed XML. The parent never parses such files: it starts ``python -m
issues.importers.sandbox``, which sets ``RLIMIT_AS`` (address space), ``RLIMIT_CPU`` and
``RLIMIT_FSIZE`` on itself before reading a byte, extracts the text, and answers JSON on stdout.
A child that runs out of memory, CPU or wall-clock time (the parent kills it) is reported as
:class:`ImportFileError` ``too_complex``; nothing else about the file reaches the server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from issues.importers import errors
from issues.importers.errors import ImportFileError

#: The folder holding the ``issues`` package, so the child imports the same code.
PROJECT_ROOT = Path(__file__).resolve().parents[2]
TOO_COMPLEX = "it needs more memory or time to read than an issue ever does."


def too_complex(filename: str, detail: str = TOO_COMPLEX) -> ImportFileError:
    return ImportFileError(
        filename, f"the file is too large or complex to import: {detail}", "too_complex"
    )


def extract_isolated(kind: str, data: bytes, filename: str):
    """``extract_pdf``/``extract_docx`` of ``data``, run in a limited child process."""
    from issues.importers.extract import Extracted

    seconds = errors.MAX_PARSE_SECONDS
    limits = {name: getattr(errors, name) for name in dir(errors) if name.startswith("MAX_")}
    limits["RATIO_EXEMPT_BYTES"] = errors.RATIO_EXEMPT_BYTES
    command = [
        sys.executable,
        "-m",
        "issues.importers.sandbox",
        kind,
        json.dumps(limits),
        filename,
    ]
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(PROJECT_ROOT), *filter(None, [os.environ.get("PYTHONPATH", "")])]
        ),
    }
    try:
        finished = subprocess.run(  # noqa: S603 - our own module, arguments we built
            command,
            input=data,
            capture_output=True,
            timeout=seconds,
            env=environment,
            cwd=PROJECT_ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise too_complex(filename) from None
    if finished.returncode < 0 or b"MemoryError" in finished.stderr[-2000:]:
        # Killed by a signal (SIGXCPU past the CPU limit, SIGKILL), or out of memory.
        raise too_complex(filename)
    if finished.returncode != 0:
        last = (finished.stderr.decode("utf-8", "replace").strip().splitlines() or ["?"])[-1]
        raise ImportFileError(
            filename, f"an unexpected error occurred while reading it ({last[:100]}).", "internal"
        )
    try:
        answer = json.loads(finished.stdout)
    except ValueError:
        raise too_complex(filename) from None
    if "error" in answer:
        error = answer["error"]
        raise ImportFileError(filename, error["problem"], error["code"])
    return Extracted(**answer["extracted"])


def _limit_self(memory_bytes: int, seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # it writes no file


def _near_memory_limit(limit: int) -> bool:
    """Whether this process's peak address space came within 32 MB of ``limit``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 > limit - 32 * 1024 * 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 > limit - 32 * 1024 * 1024


def main(argv: list[str]) -> int:
    kind, limits, filename = argv[0], json.loads(argv[1]), argv[2]
    for name, value in limits.items():  # the parent's limits, as it was configured
        setattr(errors, name, int(value))
    _limit_self(errors.MAX_PARSE_MEMORY_BYTES, errors.MAX_PARSE_SECONDS)
    data = sys.stdin.buffer.read()
    from issues.importers.extract import extract_docx, extract_pdf

    reader = {"pdf": extract_pdf, "docx": extract_docx}[kind]
    try:
        result = reader(data, filename)
        answer = {"extracted": {"kind": result.kind, "pages": result.pages, "notes": result.notes}}
    except ImportFileError as error:
        # lxml and zlib report an allocation that failed as a generic error.
        refusal = (
            too_complex(filename) if _near_memory_limit(errors.MAX_PARSE_MEMORY_BYTES) else error
        )
        answer = {"error": {"code": refusal.code, "problem": refusal.problem}}
    except MemoryError:
        refusal = too_complex(filename)
        answer = {"error": {"code": refusal.code, "problem": refusal.problem}}
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
