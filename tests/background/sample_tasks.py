"""Tasks made with issues.background for the tests: one that fails a set number of times."""

from __future__ import annotations

import logging

from issues.background.queue import background_task

logger = logging.getLogger(__name__)

RUNS: list[int] = []  # the attempt numbers seen, in order (the worker runs in-process)


@background_task(label="Flaky sample", max_attempts=3)
def flaky(issue_id: int, language: str, failures: int) -> dict:
    """Fails its first ``failures`` runs with a mail-server-like error, then succeeds."""
    RUNS.append(len(RUNS) + 1)
    logger.warning("Sample task running")
    if len(RUNS) <= failures:
        raise ConnectionRefusedError("mail server refused the connection")
    return {"runs": len(RUNS)}
