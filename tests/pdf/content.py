"""Issue content for the PDF tests, written for them: long enough to span several pages, with
headings that contain no digits (digits inside right-to-left text come out of a PDF's text
layer in visual order, which would make the comparisons ambiguous). The Dari and Pashto texts
have words written with a zero-width non-joiner (U+200C), as the languages write them."""

from __future__ import annotations

TITLES = {
    "en": "Corridors of Trade and Water",
    "ps": "د سوداګرۍ او اوبو لارې",
    "fa-af": "دهلیزهای تجارت و آب",
    "ar": "ممرات التجارة والمياه",
}
HEADINGS = {
    "en": ("Trade routes", "Water sharing", "Power lines", "Border markets", "Rail links"),
    "ps": (
        "سوداګریزې لارې",
        "د اوبو وېش",
        "د برېښنا کرښې",
        "پولې ته نږدې بازارونه",
        "د اورګاډي کرښې",
    ),
    "fa-af": ("راه‌های تجارتی", "تقسیم آب", "خطوط برق", "بازارهای مرزی", "خطوط آهن"),
    "ar": ("طرق التجارة", "تقاسم المياه", "خطوط الكهرباء", "الأسواق الحدودية", "السكك الحديدية"),
}
ANALYSIS_TITLES = {
    "en": ("The northern corridor", "The western basin"),
    "ps": ("شمالي لاره", "لوېديځ حوزه"),
    "fa-af": ("دهلیز شمالی", "حوزهٔ غربی"),
    "ar": ("الممر الشمالي", "الحوض الغربي"),
}
SENTENCE = {
    "en": "The corridor carries more goods each month, and the towns along it are growing. ",
    "ps": "دا لاره هره میاشت ډېر توکي وړي او د هغې پر اوږدو سیمه‌ییز ښارګوټي وده کوي. ",
    "fa-af": "این دهلیز هر ماه کالای بیشتری انتقال می‌دهد و شهرک‌های کنار آن رشد می‌کنند. ",
    "ar": "ينقل هذا الممر مزيدا من البضائع كل شهر وتكبر البلدات الواقعة على طوله. ",
}
REFERENCE_URLS = ("https://example.org/corridor/one", "https://example.org/basin/two")


def paragraph(code: str, sentences: int) -> str:
    return f"<p>{SENTENCE[code] * sentences}</p>"


def long_issue_content(code: str) -> dict[str, object]:
    """Two analyses of several sections each, recommendations and two references."""
    headings = HEADINGS[code]
    analyses = []
    for a, title in enumerate(ANALYSIS_TITLES[code]):
        sections = [
            {
                "heading": headings[s] if a == 0 else headings[3 + s],
                "body": [{"type": "paragraph", "value": paragraph(code, 14)} for _ in range(3)],
            }
            for s in range(3 if a == 0 else 2)
        ]
        analyses.append(
            {
                "type": "analysis",
                "value": {
                    "title": title,
                    "introduction": paragraph(code, 6),
                    "sections": sections,
                    "conclusion": paragraph(code, 4),
                },
            }
        )
    return {
        "title": TITLES[code],
        "standfirst": SENTENCE[code] * 2,
        "analyses": analyses,
        "recommendations": [
            {"type": "recommendation", "value": paragraph(code, 1)} for _ in range(3)
        ],
        "references": [
            {
                "type": "reference",
                "value": {
                    "outlet": "Example Wire",
                    "title": TITLES[code],
                    "date": "2026-11-10",
                    "url": url,
                    "note": "",
                },
            }
            for url in REFERENCE_URLS
        ],
    }
