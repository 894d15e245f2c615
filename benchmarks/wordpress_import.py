"""The WordPress import on a 5,000-post export: time and peak memory (targets: 2 min, 300 MB).

    python benchmarks/wordpress_import.py [--posts 5000] [--database csrs_wordpress_bench]

Creates (drops first) the named PostgreSQL database on 127.0.0.1, migrates it, writes a
synthetic export (``benchmarks/wordpress_export.py``) and prints:

- the floor: reading and converting every post with no database (the parser alone), measured
  in the same run on the same machine;
- the import: ``import_exports`` writing every issue, its records and redirects; its ratio to
  the floor; its queries per issue and CPU time; the process's peak resident memory before
  and after;
- the re-import of the same file (must change nothing) and a redirect lookup among them all.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def create_database(name: str) -> None:
    import psycopg

    with psycopg.connect("postgresql://postgres@127.0.0.1:5432/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--database", default="csrs_wordpress_bench")
    args = parser.parse_args()

    from wordpress_export import write_export

    workdir = Path(tempfile.mkdtemp(prefix="wp-bench-"))
    export = workdir / "export.xml"
    written = write_export(export, args.posts)
    print(f"export: {export.stat().st_size / 1e6:.1f} MB, {written}")

    create_database(args.database)
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/{args.database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.test")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)
    from issues.importers.wordpress.posts import index_post, read_post
    from issues.importers.wordpress.run import ImportOptions, import_exports
    from issues.importers.wordpress.wxr import read_items
    from issues.models import IssuePage, LegacyRedirect
    from issues.redirects.middleware import redirect_target
    from tests.factories import make_site

    make_site()
    baseline = peak_mb()

    started = time.perf_counter()
    with export.open("rb") as source:
        for item in read_items(source):
            if item.post_type == "post":
                read_post(item, index_post(item).number or 0)
    floor = time.perf_counter() - started
    print(f"floor (read + convert, no database): {floor:.1f} s")

    from django.db import connection

    queries = 0

    def count_queries(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    started, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(count_queries):
        report = import_exports([export], ImportOptions(language="en"))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(
        f"import: {elapsed:.1f} s ({elapsed / floor:.1f}x the floor), "
        f"{IssuePage.objects.count()} issues, {LegacyRedirect.objects.count()} redirects, "
        f"posts {report.counts()}, error {report.error or 'none'}"
    )
    issues = max(1, IssuePage.objects.count())
    per_issue = elapsed / issues
    # On a shared machine the wall time also waits for PostgreSQL: the query count and this
    # process's own CPU time say where it went.
    print(
        f"queries: {queries} ({queries / issues:.0f} per issue); this process's CPU: "
        f"{cpu:.1f} s ({cpu / elapsed:.0%} of the wall time)"
    )
    issues_at_5000 = 5000 * issues / max(1, args.posts)
    print(
        f"per issue: {per_issue * 1000:.0f} ms; at this rate 5,000 posts "
        f"(~{issues_at_5000:.0f} issues) take {per_issue * issues_at_5000:.0f} s"
    )
    print(f"peak memory: {peak_mb():.0f} MB (after Django and migrations: {baseline:.0f} MB)")
    met = elapsed < 120 * args.posts / 5000 and peak_mb() < 300
    print(f"target (2 min and 300 MB for 5,000 posts, scaled): {'met' if met else 'NOT met'}")

    started = time.perf_counter()
    again = import_exports([export], ImportOptions(language="en"))
    print(f"re-import: {time.perf_counter() - started:.1f} s, posts {again.counts()}")

    from django.test import RequestFactory

    request = RequestFactory().get("/?p=10")
    LegacyRedirect.objects.get(old_key="?p=10").issue.get_latest_revision().publish()

    def lookup_ms() -> float:
        started = time.perf_counter()
        for _ in range(200):
            assert redirect_target("?p=10", request)
        return (time.perf_counter() - started) / 200 * 1000

    small = lookup_ms()
    count = LegacyRedirect.objects.count()
    issue = IssuePage.objects.first()
    LegacyRedirect.objects.bulk_create(
        LegacyRedirect(old_key=f"/bench/{n}", issue=issue, language="en")
        for n in range(max(0, 50_000 - count))
    )
    large = lookup_ms()
    print(
        f"redirect lookup: {small:.2f} ms among {count}, {large:.2f} ms among "
        f"{LegacyRedirect.objects.count()} ({large / small:.2f}x)"
    )


if __name__ == "__main__":
    main()
