"""Recall and precision of reader search, per language, over text written with the variants.

    .venv/bin/python benchmarks/search_recall.py                       # PostgreSQL (the default)
    DATABASE_URL=sqlite:////tmp/recall.sqlite3 .venv/bin/python benchmarks/search_recall.py

Each language has *concepts*: a word or phrase written in the text in one or more spellings
(one issue per spelling: ZWNJ or space, Pashto or Persian letters, hamza seats or none, plural
or singular, with or without the Arabic article and clitics, a week or an issue number), and
the queries a reader may type for it. A query must find every issue of its concept (recall)
and, ideally, nothing else (precision). Distractor issues hold near words that must *not* be
found («دولت» for «دول»). The issues are created, published and indexed in a throwaway test
database (``test_<name>``) through the same code as the site; the queries run through
``issues.search.query.search``, as the search page does. Not part of the test suite.
"""

from __future__ import annotations

import datetime
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.test")
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/csrs_search_recall")

# (spellings written in the text, one issue each; queries a reader types for them)
CONCEPTS: dict[str, list[tuple[list[str], list[str]]]] = {
    "fa-af": [
        (["می‌شود", "می شود"], ["میشود", "می شود", "می‌شود", "مي شود"]),
        (["کشورها", "کشور"], ["کشورها", "کشور", "كشور", "کشورهای"]),
        (["هیئت", "هیأت", "هیات"], ["هیات", "هیئت", "هیأت", "هيئت"]),
        (["مسئولین", "مسؤولین"], ["مسئولین", "مسؤولین", "مسئولين", "مسولین"]),
        (["سرمایه‌گذاری", "سرمایه گذاری"], ["سرمایه گذاری", "سرمایه‌گذاری"]),
        (["راه‌آهن", "راه آهن"], ["راه آهن", "راه‌آهن", "راهآهن"]),
        (["پناهجویان"], ["پناهجو", "پناهجویان", "پناهجوها"]),
        (["دانشگاه‌ها"], ["دانشگاه", "دانشگاه‌ها", "دانشگاهها", "دانشگاه ها"]),
        (["مذاکره"], ["مذاكرة", "مذاکره", "مذاکرات"]),
        (["آبیاری"], ["ابیاری", "آبیاری"]),
        (["بزرگ‌ترین"], ["بزرگترین", "بزرگ ترین", "بزرگ"]),
        (["می‌روند"], ["میروند", "می روند"]),
        (["شهرداری"], ["شهرداری", "شهرداري", "شهرداریها"]),
        (["«آسیای مرکزی»"], ['"آسیای مرکزی"', "آسیای مرکزی"]),
        (["اقتصادی"], ["اقتصاد", "اقتصادی"]),
    ],
    "ps": [
        (["ډېر", "ډیر"], ["ډیر", "ډېر", "ډير"]),
        (["اونۍ", "اونئ"], ["اونۍ", "اونئ", "اونی", "اوني"]),
        (["زده‌کړه", "زده کړه"], ["زده کړه", "زدهکړه", "زده‌کړه"]),
        (["کډوالو", "کډوال"], ["کډوال", "کډوالو", "كډوال"]),
        (["ګاونډیانو"], ["ګاونډیان", "گاونډیانو", "ګاونډیانو"]),
        (["پوهنتونونه"], ["پوهنتون", "پوهنتونونه", "پوهنتونونو"]),
        (["روغتیايي"], ["روغتیايي", "روغتیایی"]),
        (["سوداګري"], ["سوداګري", "سوداگری", "سوداګرۍ"]),
        (["ښځې", "ښځو"], ["ښځې", "ښځو", "ښځی"]),
        (["مسؤولینو"], ["مسئولین", "مسؤولین", "مسولین"]),
        (["بریښنا"], ["بریښنا", "برېښنا"]),
        (["وزارتونه"], ["وزارت", "وزارتونو", "وزارتونه"]),
        (["ولسمشر"], ["ولسمشر", "ولسمشرۍ"]),
        (["«منځنۍ اسیا»"], ['"منځنۍ اسیا"', "منځنۍ اسیا"]),
        (["تړونونه"], ["تړون", "تړونونه"]),
    ],
    "ar": [
        (["المفاوضات", "مفاوضات"], ["مفاوضات", "المفاوضات", "والمفاوضات", "للمفاوضات"]),
        (["المسؤولين", "المسئولين"], ["مسؤولين", "مسئولين", "المسؤولين", "مسولين"]),
        (["شؤون", "شئون"], ["شؤون", "شئون", "الشؤون"]),
        (["هيئة", "هيأة"], ["هيئة", "هياة", "الهيئة"]),
        (["الجامعات"], ["جامعات", "الجامعات", "بالجامعات"]),
        (["الأمن", "الامن"], ["أمن", "الأمن", "امن", "والأمن"]),
        (["مدرسة"], ["مدرسه", "مدرسة", "المدرسة"]),
        (["إصلاحات"], ["اصلاحات", "إصلاحات", "الإصلاحات"]),
        (["مستشفى"], ["مستشفي", "مستشفى", "المستشفى"]),
        (["كهرباء"], ["کهرباء", "كهرباء", "الكهرباء"]),
        (["اللاجئين", "لاجئون"], ["لاجئين", "اللاجئين", "لاجئون"]),
        (["قُرْآن"], ["قرآن", "قران"]),
        (["«آسيا الوسطى»"], ['"آسيا الوسطى"', "آسيا الوسطى"]),
        (["اتفاقيات"], ["اتفاقيات", "الاتفاقيات", "وبالاتفاقيات"]),
    ],
    "en": [
        (["borders", "border"], ["border", "borders", "Border"]),
        (["negotiations"], ["negotiation", "negotiations"]),
        (["refugees"], ["refugee", "refugees"]),
        (["universities"], ["university", "universities"]),
        (["“Central Asia”"], ['"Central Asia"', "central asia"]),
        (["elections"], ["election", "elections", "ELECTIONS"]),
        (["railway"], ["railway", "railways"]),
        (["investment"], ["investments", "investment"]),
    ],
}
# Near words that must not be found by the queries above (precision), one issue each.
DISTRACTORS = {
    "fa-af": ["دولت و ملت", "آسیای جنوبی و مرکز شهر", "زده شد"],
    "ps": ["زده یې کړل", "اسیا او منځ"],
    "ar": ["دولة القانون", "الوسطى في آسيا"],
    "en": ["Asia and Central America", "bordello"],
}
# Weeks and numbers: (issue number, week start, queries by language) — the issue must be found.
WEEK_ISSUES = [
    (455, datetime.date(2025, 3, 3), {"fa-af": ["۴۵۵", "455", "حوت ۱۴۰۳"], "ps": ["کب ۱۴۰۳"]}),
    (456, datetime.date(2024, 12, 16), {"en": ["December 2024", "456"], "ar": ["ديسمبر ٢٠٢٤"]}),
    (457, datetime.date(2025, 5, 12), {"fa-af": ["ثور ۱۴۰۴"], "ps": ["غویی ۱۴۰۴", "۴۵۷"]}),
]


def build_corpus():
    """Create and publish the issues; returns {code: [(query, expected numbers)]}."""
    from csrs import languages
    from issues.workflow import actions
    from tests.factories import build_issue, make_site

    _, archive = make_site()
    queries: dict[str, list[tuple[str, set[int]]]] = {code: [] for code in CONCEPTS}
    number = 1000

    def publish(code: str, text: str, week_start=None, fixed_number=None) -> int:
        nonlocal number
        number += 1
        issue_number = fixed_number or number
        issue = build_issue(
            archive,
            number=issue_number,
            codes=("en", code) if code != "en" else ("en",),
            publish=False,
            approve=False,
            week_start=week_start,
        )
        language = languages.get_language(code)
        setattr(issue, language.field("standfirst"), f"گزارش {text} report")
        issue.save_revision()
        if code != "en":
            actions.approve(issue, language, comment="benchmark")
        issue.get_latest_revision().publish()
        return issue_number

    for code, concepts in CONCEPTS.items():
        for spellings, typed in concepts:
            numbers = {publish(code, spelling) for spelling in spellings}
            queries[code].extend((query, numbers) for query in typed)
        for text in DISTRACTORS[code]:
            publish(code, text)
    for fixed, week_start, by_language in WEEK_ISSUES:
        codes = tuple(dict.fromkeys(("en", *by_language)))
        issue = build_issue(archive, number=fixed, codes=codes, week_start=week_start, publish=True)
        for code, typed in by_language.items():
            queries[code].extend((query, {issue.number}) for query in typed)
    return queries


def measure(queries) -> dict[str, tuple[float, float, list[str]]]:
    """{code: (recall, precision, missed queries)} averaged over the language's queries."""
    from csrs import languages
    from issues.models import IssuePage
    from issues.search.query import parse_query, search

    numbers = dict(IssuePage.objects.values_list("pk", "number"))
    figures = {}
    for code, cases in queries.items():
        language = languages.get_language(code)
        recalls, precisions, missed = [], [], []
        for query, expected in cases:
            outcome = search(language, parse_query(query), 1, 1000)
            found = {numbers[pk] for pk in outcome.page.object_list}
            hit = len(found & expected)
            recalls.append(hit / len(expected))
            precisions.append(hit / len(found) if found else 0.0)
            if hit < len(expected) or len(found) > hit:
                missed.append(f"{query!r}: expected {sorted(expected)}, found {sorted(found)}")
        figures[code] = (
            sum(recalls) / len(recalls),
            sum(precisions) / len(precisions),
            missed,
            len(cases),
        )
    return figures


def main() -> int:
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        queries = build_corpus()
        figures = measure(queries)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    print(f"Search recall and precision on {connection.vendor}")
    print(f"{'language':<8} {'queries':>7} {'recall':>7} {'precision':>9}  target recall >= 0.95")
    failed = False
    for code, (recall, precision, _, count) in figures.items():
        verdict = "OK" if recall >= 0.95 else "MISSED"
        failed |= recall < 0.95
        print(f"{code:<8} {count:>7} {recall:>7.3f} {precision:>9.3f}  {verdict}")
    for code, (_, _, missed, _) in figures.items():
        for line in missed:
            print(f"  [{code}] {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
