"""Synthetic issues for benchmarks: realistic shape and size, fresh text in four languages.

The text is assembled at random from small word lists written for this module (never from real
issues), so thousands of issues can be generated without repeating one page. Sizes vary like
real issues: one to three analyses of two to six sections, three to fifteen references.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.utils import translation

from csrs import languages
from issues.backcatalogue.bulk_write import publish_new_issues
from issues.models import IssueIndexPage, IssuePage


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Words per language, written for this module: enough variety for search and realistic lengths.
VOCABULARY_TEXT = {
    "en": (
        "province border trade council election drought market corridor ministry delegation "
        "water dam refugees returnees wheat prices security dialogue neighbours investment "
        "railway customs visa education universities women health clinics budget transit "
        "currency banking exports mining electricity talks agreement region envoy summit"
    ),
    "ps": (
        "ولایت پوله سوداګري شورا ټاکنې وچکالي بازار لاره وزارت پلاوی اوبه بند کډوال راستانه "
        "غنم بیې امنیت خبرې خبرو ګاونډیان پانګونه اورګاډی ګمرک ویزه زده‌کړه پوهنتونونه ښځې روغتیا "
        "کلینیکونه بودیجه ترانزیټ اسعار بانکونه صادرات کانونه بریښنا تړون سیمه استازی غونډه"
    ),
    "fa-af": (
        "ولایت مرز تجارت شورا انتخابات خشک‌سالی بازار دهلیز وزارت هیئت آب بند مهاجران "
        "عودت‌کنندگان گندم قیمت‌ها امنیت گفت‌وگو همسایگان سرمایه‌گذاری راه‌آهن گمرک ویزا آموزش "
        "دانشگاه‌ها زنان صحت کلینیک‌ها بودجه ترانزیت اسعار بانک‌ها صادرات معادن برق توافق منطقه"
    ),
    "ar": (
        "ولاية حدود تجارة مجلس انتخابات جفاف سوق ممر وزارة وفد مياه سد لاجئون عائدون قمح "
        "أسعار أمن حوار جيران استثمار سكة حديد جمارك تأشيرة تعليم جامعات نساء صحة عيادات "
        "ميزانية عبور عملة مصارف صادرات تعدين كهرباء محادثات اتفاق منطقة مبعوث قمة"
    ),
}
VOCABULARY = {code: _words(text) for code, text in VOCABULARY_TEXT.items()}
OUTLETS = ("Tolo News", "Pajhwok", "Ariana News", "BBC", "Al Jazeera", "Reuters", "Dawn")


@dataclass
class Generated:
    issues: int
    issue_languages: int
    first_number: int
    last_number: int


def sentence(rng: random.Random, code: str, words: tuple[int, int] = (8, 18)) -> str:
    """One sentence of random words in ``code``'s vocabulary, with the language's full stop."""
    vocabulary = VOCABULARY[code]
    text = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(*words)))
    if code == "en":
        text = text[0].upper() + text[1:]
    return text + "."


def paragraph(rng: random.Random, code: str, sentences: tuple[int, int] = (3, 6)) -> str:
    return " ".join(sentence(rng, code) for _ in range(rng.randint(*sentences)))


def language_fields(rng: random.Random, code: str, shape: dict[str, int]) -> dict[str, object]:
    """One language's fields (raw StreamField data) for an issue of ``shape``."""
    analyses = []
    for _ in range(shape["analyses"]):
        sections = []
        for s in range(shape["sections"]):
            body = [
                {
                    "type": "subheading",
                    "value": {"number": f"{s + 1}", "text": sentence(rng, code, (3, 6))},
                },
                {"type": "paragraph", "value": f"<p>{paragraph(rng, code)}</p>"},
                {"type": "paragraph", "value": f"<p>{paragraph(rng, code)}</p>"},
            ]
            if s % 2 == 0:
                body.append(
                    {
                        "type": "quotation",
                        "value": {"quote": sentence(rng, code), "attribution": rng.choice(OUTLETS)},
                    }
                )
            if s % 3 == 1:
                body.append(
                    {
                        "type": "numbered_list",
                        "value": [f"<p>{sentence(rng, code, (4, 9))}</p>" for _ in range(3)],
                    }
                )
            sections.append({"heading": sentence(rng, code, (3, 7))[:-1], "body": body})
        analyses.append(
            {
                "type": "analysis",
                "value": {
                    "title": sentence(rng, code, (4, 8))[:-1],
                    "introduction": f"<p>{paragraph(rng, code, (2, 4))}</p>",
                    "sections": sections,
                    "conclusion": f"<p>{paragraph(rng, code, (2, 4))}</p>",
                },
            }
        )
    return {
        "title": sentence(rng, code, (5, 9))[:-1],
        "standfirst": paragraph(rng, code, (2, 3)),
        "analyses": analyses,
        "recommendations": [
            {"type": "recommendation", "value": f"<p>{sentence(rng, code)}</p>"}
            for _ in range(rng.randint(2, 5))
        ],
        "references": [
            {
                "type": "reference",
                "value": {
                    "outlet": rng.choice(OUTLETS),
                    "title": sentence(rng, code, (4, 9))[:-1],
                    "date": "2026-10-01",
                    "url": f"https://example.org/{code}/{rng.randrange(10**9)}",
                    "note": "",
                },
            }
            for _ in range(shape["references"])
        ],
    }


def new_issue(rng: random.Random, number: int, week_start: datetime.date, codes) -> IssuePage:
    """An unsaved issue ``number`` with fresh text in each of ``codes``, sized at random."""
    shape = {
        "analyses": rng.randint(1, 3),
        "sections": rng.randint(2, 6),
        "references": rng.randint(3, 15),
    }
    issue = IssuePage(
        number=number,
        week_start=week_start,
        week_end=week_start + datetime.timedelta(days=6),
        original_language=rng.choice(codes),
        live=False,
    )
    for code in codes:
        language = languages.get_language(code)
        for name, value in language_fields(rng, code, shape).items():
            setattr(issue, language.field(name), value)
    return issue


def generate_issues(
    count: int, *, seed: int = 1, batch_size: int = 50, codes=languages.CODES, progress=None
) -> Generated:
    """Create and publish ``count`` issues after the highest existing number.

    Batches of ``batch_size`` issues are published together, each batch in one transaction
    (all of it or none of it), by :func:`~issues.backcatalogue.bulk_write.publish_new_issues`:
    the end state is what an editor's publish leaves (revision, search rows, the admin's search
    index, the translation workflow's records), without the PDF builds.
    """
    if batch_size < 1:
        raise ValueError("The batch size must be at least 1.")
    rng = random.Random(seed)
    archive = IssueIndexPage.objects.first()
    if archive is None:
        raise ValueError("There is no issue archive: load the site first (manage.py load_demo).")
    last = IssuePage.objects.order_by("-number").values_list("number", flat=True).first() or 0
    first_number = last + 1
    created = 0
    # Revisions store both title and title_en; plain attributes follow the active language.
    with translation.override(languages.DEFAULT_LANGUAGE.code):
        while created < count:
            batch = []
            for _ in range(min(batch_size, count - created)):
                start = datetime.date(2026, 11, 1) - datetime.timedelta(weeks=count - created)
                batch.append(new_issue(rng, first_number + created, start, codes))
                created += 1
            publish_new_issues(archive, batch)  # one transaction
            if progress:
                progress(created)
    return Generated(
        issues=created,
        issue_languages=created * len(codes),
        first_number=first_number,
        last_number=first_number + created - 1,
    )
