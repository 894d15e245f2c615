"""Write a synthetic WordPress export (WXR 1.2) of any size, for the import benchmark.

    python benchmarks/wordpress_export.py OUT.xml --posts 5000 [--language en]

Every fifth issue is split over two posts (two analyses); every post has a PDF attachment, two
tags and the Weekly Analysis category; one post in fifty is a draft and one in a hundred is in
the trash (both skipped). The text is generated (no real issue's sentences). Written as a
stream, so the generator's own memory stays small whatever ``--posts``.
"""

from __future__ import annotations

import argparse
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

WORDS = {
    "en": [
        "water",
        "trade",
        "border",
        "market",
        "canal",
        "province",
        "council",
        "road",
        "power",
        "grain",
        "price",
        "season",
    ],
    "ar": [
        "المياه",
        "التجارة",
        "الحدود",
        "السوق",
        "القناة",
        "الولاية",
        "المجلس",
        "الطريق",
        "الطاقة",
        "القمح",
        "السعر",
    ],
    "ps": [
        "اوبه",
        "سوداګري",
        "پوله",
        "بازار",
        "ولایت",
        "شورا",
        "سړک",
        "برېښنا",
        "غنم",
        "بیه",
        "فصل",
    ],
    "fa-af": [
        "آب",
        "تجارت",
        "مرز",
        "بازار",
        "کانال",
        "ولایت",
        "شورا",
        "جاده",
        "برق",
        "گندم",
        "قیمت",
        "فصل",
    ],
}
LABEL = {
    "en": "Weekly Analysis No.",
    "ar": "التحليل الأسبوعي، العدد",
    "ps": "اونیزه شننه، ګڼه",
    "fa-af": "تحلیل هفته‌وار، شماره",
}
CATEGORY = {
    "en": "Weekly Analysis",
    "ar": "التحليل الأسبوعي",
    "ps": "اونیزه شننه",
    "fa-af": "تحلیل هفته‌وار",
}
HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Synthetic CSRS</title><link>https://old.csrs.example{prefix}</link>
<wp:wxr_version>1.2</wp:wxr_version>
<wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>weekly-analysis</wp:category_nicename><wp:cat_name><![CDATA[{category}]]></wp:cat_name></wp:category>
"""


def _sentence(words: list[str], seed: int, length: int = 14) -> str:
    return " ".join(words[(seed * 7 + i * 3) % len(words)] for i in range(length)) + "."


def _content(words: list[str], number: int, part: int, language: str) -> str:
    start = datetime.date(2010, 1, 4) + datetime.timedelta(weeks=number)
    end = start + datetime.timedelta(days=4)
    paragraphs = lambda seed, n: "".join(  # noqa: E731
        f"<p>{_sentence(words, seed + k)}</p>" for k in range(n)
    )
    return (
        f"<p>{LABEL[language]} {number} ({start.isoformat()} – {end.isoformat()})</p>"
        f"<h2>Introduction</h2>{paragraphs(number + part, 2)}"
        + "".join(
            f"<h2>{_sentence(words, number + s, 4)[:-1]}</h2>{paragraphs(number + s, 3)}"
            f"<h3>{s}. {_sentence(words, s, 3)[:-1]}</h3>{paragraphs(s, 2)}"
            f"<ul><li>{_sentence(words, s, 5)}</li><li>{_sentence(words, s + 1, 5)}</li></ul>"
            for s in range(1, 4)
        )
        + f"<h2>Conclusion</h2>{paragraphs(number, 1)}"
        + "<h2>Recommendations</h2><ol><li>"
        + _sentence(words, number, 9)
        + "</li></ol><h2>References</h2><ol><li>Outlet, “A report,” 3 March 2019, "
        f"https://news.example/{number}/{part}</li></ol>"
    )


def _item(post_id: int, number: int, part: int, status: str, language: str, prefix: str) -> str:
    words = WORDS[language]
    title = f"{LABEL[language]} {number}: {_sentence(words, number + part, 5)[:-1]}"
    date = datetime.datetime(2010, 1, 9, 12) + datetime.timedelta(weeks=number, minutes=part)
    slug = f"analysis-{number}-{part}"
    tags = "".join(
        f'<category domain="post_tag" nicename="tag-{t}"><![CDATA[Tag {t}]]></category>'
        for t in (number % 7, number % 11 + 7)
    )
    post = f"""<item><title>{escape(title)}</title>
<link>https://old.csrs.example{prefix}/{date:%Y/%m/%d}/{slug}/</link>
<guid isPermaLink="false">https://old.csrs.example{prefix}/?p={post_id}</guid>
<content:encoded><![CDATA[{_content(words, number, part, language)}]]></content:encoded>
<excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{post_id}</wp:post_id><wp:post_date>{date:%Y-%m-%d %H:%M:%S}</wp:post_date>
<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>
<wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>
<category domain="category" nicename="weekly-analysis"><![CDATA[{CATEGORY[language]}]]></category>
{tags}</item>
"""
    pdf = f"https://old.csrs.example{prefix}/wp-content/uploads/{date:%Y/%m}/wa-{number}-{part}.pdf"
    attachment = f"""<item><title>wa-{number}-{part}</title><link>{pdf}</link><guid>{pdf}</guid>
<wp:post_id>{post_id + 1}</wp:post_id><wp:status>inherit</wp:status>
<wp:post_parent>{post_id}</wp:post_parent><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>{pdf}</wp:attachment_url></item>
"""
    return post + attachment


def write_export(path: Path, posts: int, language: str = "en") -> dict[str, int]:
    """Write ``posts`` posts (plus attachments) to ``path``; return what was written."""
    prefix = "" if language == "en" else f"/{language}"
    counts = {"posts": 0, "issues": 0, "skipped": 0}
    number = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(HEAD.format(prefix=prefix, category=CATEGORY[language]))
        while counts["posts"] < posts:
            number += 1
            parts = 2 if number % 5 == 0 else 1
            for part in range(1, parts + 1):
                if counts["posts"] >= posts:
                    break
                post_id = 10 * (counts["posts"] + 1)
                status = "publish"
                if counts["posts"] % 100 == 99:
                    status = "trash"
                elif counts["posts"] % 50 == 49:
                    status = "draft"
                counts["skipped"] += status != "publish"
                out.write(_item(post_id, number, part, status, language, prefix))
                counts["posts"] += 1
            counts["issues"] += 1
        out.write("</channel></rss>\n")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--language", default="en", choices=sorted(WORDS))
    args = parser.parse_args()
    print(write_export(args.out, args.posts, args.language))


if __name__ == "__main__":
    main()
