"""Benchmark: a mailing to 100,000 subscribers of one language, planned, queued and sent.

    DATABASE_URL=postgres://… .venv/bin/python benchmarks/newsletter.py \
        [--subscribers 100000] [--language ps] [--send-batches 40] [--keep]

Needs PostgreSQL (the task queue is django-tasks-db, as in production) with a published issue
in the language (``make demo`` loads some). Adds ``--subscribers`` confirmed subscribers
(``…@bench.invalid``), then measures, in this process:

1. the floor: reading every recipient's id in one query (the least any planner must do);
2. the mailing created and queued: ``create_mailing`` and the ``queue_mailing`` task, which cuts
   the recipients into batches by keyset pagination and queues one task per batch (target
   under 60 s), with its ratio to the floor;
3. sending ``--send-batches`` batches (0 = all) through the worker, with a mail backend that
   serialises each message (as SMTP would) and throws it away: messages per second;
4. ``--traced-batches`` more batches under tracemalloc: the peak Python memory of sending and
   the process's peak (ru_maxrss). A batch reads only its own id range, so memory stays flat
   whatever the number of subscribers.

Everything the benchmark added is removed at the end unless ``--keep``. Not part of the tests.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_QUEUE_SECONDS = 60.0
DOMAIN = "bench.invalid"


class SerialisingBackend:
    """Builds each message's bytes, as an SMTP backend would, and keeps nothing."""

    sent = 0
    bytes = 0

    def __init__(self, *args, **kwargs):
        pass

    def open(self):
        return True

    def close(self):
        pass

    def send_messages(self, messages):
        for message in messages:
            SerialisingBackend.bytes += len(message.message().as_bytes())
            SerialisingBackend.sent += 1
        return len(messages)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_worker(max_tasks: int | None) -> None:
    from django_tasks_db.management.commands.db_worker import Worker

    Worker(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="newsletter-benchmark",
        excluded_queue_names=[],
    ).run()


def seed(count: int, code: str) -> float:
    from django.db import connection, transaction

    from issues.models import Subscriber, SubscriberLanguage

    started = time.perf_counter()
    chunk = 5000
    with transaction.atomic():
        for start in range(0, count, chunk):
            rows = Subscriber.objects.bulk_create(
                [
                    Subscriber(email=f"reader{n}@{DOMAIN}", language=code, status="confirmed")
                    for n in range(start, min(start + chunk, count))
                ]
            )
            SubscriberLanguage.objects.bulk_create(
                [SubscriberLanguage(subscriber=row, language=code) for row in rows]
            )
    with connection.cursor() as cursor:
        # Fresh statistics, as autovacuum keeps them on a server: without them PostgreSQL plans
        # for empty tables and every query scans all 100,000 rows.
        cursor.execute("ANALYZE issues_subscriber, issues_subscriberlanguage")
    return time.perf_counter() - started


def clean(mailing_ids) -> None:
    from django_tasks_db.models import DBTaskResult

    from issues.models import Mailing, Subscriber

    Mailing.objects.filter(pk__in=mailing_ids).delete()
    Subscriber.objects.filter(email__endswith=f"@{DOMAIN}").delete()
    DBTaskResult.objects.filter(task_path__startswith="issues.newsletter.").delete()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--language", default="ps")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--send-batches", type=int, default=40, help="0: send every batch")
    parser.add_argument("--traced-batches", type=int, default=3, help="sent under tracemalloc")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.dev")
    import django

    django.setup()
    from django.db import connection, transaction

    if connection.vendor != "postgresql":
        raise SystemExit(
            "Set DATABASE_URL to a PostgreSQL database (the queue is django-tasks-db)."
        )
    from django.test.utils import override_settings

    # override_settings signals the change: django-tasks drops its cached (immediate) backend.
    override_settings(
        TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}},
        EMAIL_BACKEND=f"{__name__}.SerialisingBackend",
        NEWSLETTER_BATCH_SIZE=args.batch_size,
    ).enable()

    from csrs import languages
    from issues.models import IssuePage, Mailing
    from issues.newsletter import mailings

    language = languages.get_language(args.language)
    issue = IssuePage.objects.readable(language).order_by("-number").first()
    if issue is None:
        raise SystemExit(f"No issue published in {language.code}: run `make demo` first.")
    clean([])
    created = []
    try:
        seconds = seed(args.subscribers, language.code)
        print(
            f"Seeded {args.subscribers:,} confirmed {language.code} subscribers in {seconds:.1f} s"
        )

        started = time.perf_counter()
        ids = list(mailings.recipients(language.code).values_list("pk", flat=True))
        floor = time.perf_counter() - started
        recipients_total = len(ids)
        del ids
        print(f"Floor: all {recipients_total:,} recipient ids in one query: {floor:.3f} s")

        started = time.perf_counter()
        with transaction.atomic():
            mailing = mailings.create_mailing(issue, language.code, reason=Mailing.AGAIN)
        created.append(mailing.pk)
        run_worker(max_tasks=1)  # the queue_mailing task
        queued = time.perf_counter() - started
        mailing.refresh_from_db()
        if SerialisingBackend.sent:
            raise SystemExit("Mail went out while queueing: the task backend is not the queue.")
        batches = mailing.batches.count()
        verdict = "OK" if queued < TARGET_QUEUE_SECONDS else "OVER TARGET"
        print(
            f"Mailing created and queued: {mailing.recipients:,} recipients in {batches} batches "
            f"of {args.batch_size} in {queued:.2f} s (target < {TARGET_QUEUE_SECONDS:.0f} s: "
            f"{verdict}); {queued / floor:.1f}x the floor"
        )

        to_send = batches if args.send_batches == 0 else min(args.send_batches, batches)
        started = time.perf_counter()
        run_worker(max_tasks=to_send)
        sending = time.perf_counter() - started
        sent = SerialisingBackend.sent
        rate = sent / sending if sending else 0.0
        if sent:
            size = SerialisingBackend.bytes / sent / 1024
            print(
                f"Sent {sent:,} messages ({to_send} batches, {size:.1f} KiB each) in "
                f"{sending:.1f} s: {rate:,.0f} messages/s; all {mailing.recipients:,} would "
                f"take {mailing.recipients / rate / 60:.1f} min on one worker"
            )
        # Memory, measured apart (tracemalloc slows Python down several times).
        tracemalloc.start()
        rss_before = peak_rss_mb()
        run_worker(max_tasks=args.traced_batches)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            f"Peak memory while sending {args.traced_batches} more batches: "
            f"{traced_peak / 2**20:.1f} MiB of Python objects (tracemalloc); process peak "
            f"{peak_rss_mb():.0f} MB (was {rss_before:.0f} MB before)"
        )
    finally:
        if not args.keep:
            clean(created)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
