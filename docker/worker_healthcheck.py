"""The worker container's health check: the database answers and the queue is not stuck.

Exit 0 when ``SELECT 1`` works and the oldest task ready to run has waited at most
``TASK_QUEUE_MAX_AGE_SECONDS`` (the same test as /readyz, csrs/health.py); 1 otherwise, with
the reason on stderr. A dead worker process ends its container (it is PID 1), so compose
restarts it; this catches a worker that runs but no longer keeps up or reaches PostgreSQL.
"""

import os
import sys
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.production")
    import django

    django.setup()
    from django.conf import settings

    from csrs import health

    if not health.database_ok():
        print("worker healthcheck: the database does not answer", file=sys.stderr)
        return 1
    wait = health.task_queue_wait()
    if not health.task_queue_ok(wait):
        limit = settings.TASK_QUEUE_MAX_AGE_SECONDS
        print(f"worker healthcheck: oldest task waiting {wait:.0f} s > {limit} s", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
