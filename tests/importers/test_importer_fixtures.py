"""The hand-written fixtures, one per shape, in English, Pashto, Dari and Arabic."""

from __future__ import annotations

import datetime

import pytest

from issues.importers import parse_file

from .helpers import all_text, body_paragraphs, fixture_bytes


def parse(name: str, language: str | None = None):
    return parse_file(fixture_bytes(name), name, language)


def subheadings(section) -> list[tuple[str, str]]:
    return [(v["number"], v["text"]) for k, v in section.blocks if k == "subheading"]


def blocks_of(issue, kind: str) -> list:
    return [v for a in issue.analyses for s in a.sections for k, v in s.blocks if k == kind]


# --- English, one topic, seed-like layout ----------------------------------------------------


@pytest.fixture(scope="module")
def en():
    return parse("en_single_topic.txt")


def test_en_masthead(en):
    assert (en.number, en.week_start, en.week_end) == (
        312,
        datetime.date(2024, 3, 3),
        datetime.date(2024, 3, 7),
    )
    assert en.language == "en"
    assert en.titles == ["Water on the Amu Darya: The Qosh Tepa Canal and Its Neighbours"]


def test_en_sections_use_table_of_contents_casing(en):
    analysis = en.analyses[0]
    assert [s.heading for s in analysis.sections] == [
        "Why the Canal Matters",
        "Concerns Downstream",
    ]
    assert subheadings(analysis.sections[0]) == [
        ("", "Economic Objectives"),
        ("1", "Irrigating the Northern Plains"),
        ("2", "Reducing Food Imports"),
    ]
    assert len(analysis.introduction) == 2
    assert len(analysis.conclusion) == 1


def test_en_quotation_list_and_dollar(en):
    (quote,) = blocks_of(en, "quotation")
    assert quote["attribution"] == "Deputy Minister Abdul Karim Nazari"
    assert quote["quote"].startswith("Every litre")
    (bullets,) = blocks_of(en, "bulleted_list")
    assert len(bullets) == 3 and bullets[0].startswith("the volume")
    text = all_text(en)
    assert "$600 million" in text and "\\$" not in text


def test_en_paragraphs_rejoined_across_line_and_page_breaks(en):
    paragraphs = body_paragraphs(en)
    assert any(p.endswith("along the route.") for p in paragraphs)
    assert any("at its lowest and every cubic metre" in p for p in paragraphs)


def test_en_artefacts_dropped(en):
    text = all_text(en)
    for artefact in ("Weekly Analysis | Issue", "Cnterfor", "example-csrs", "+9370", "Contact"):
        assert artefact not in text
    assert en.unplaced == []


def test_en_recommendations_and_references(en):
    assert len(en.recommendations) == 3
    assert "lead_in_ignored" in en.warning_codes
    assert [r.outlet for r in en.references] == [
        "Tolo News",
        "Eurasianet",
        "Center for Strategic and Regional Studies",
    ]
    assert [r.date for r in en.references] == [
        datetime.date(2024, 3, 4),
        datetime.date(2024, 2, 27),
        None,
    ]
    assert en.references[0].url == "https://tolonews.link/qosh-tepa-phase-two"
    assert "reference_no_date" in en.warning_codes


# --- English, two topics, hard-wrapped, old-style [n] footnotes ----------------------------


@pytest.fixture(scope="module")
def old():
    return parse("en_wrapped_old_style.txt")


def test_old_style_two_topics(old):
    assert old.number == 287
    assert (old.week_start, old.week_end) == (datetime.date(2023, 9, 2), datetime.date(2023, 9, 6))
    assert old.titles == ["Reopening the Salang Tunnel", "Women Traders in Herat Markets"]
    first, second = old.analyses
    assert [s.heading for s in first.sections] == ["Why the Tunnel Matters"]
    assert subheadings(first.sections[0]) == [("1", "A Single Route North"), ("2", "Seasonal Risk")]
    assert [s.heading for s in second.sections] == ["Access to Credit"]
    assert len(first.introduction) == 2 and len(second.conclusion) == 1


def test_old_style_wrapped_lines_and_hyphenation(old):
    paragraphs = body_paragraphs(old)
    assert any("most of the damage has occurred in recent years." in p for p in paragraphs)
    assert all("\n" not in p for p in paragraphs)
    assert any(p.endswith("prices in the capital.[1]") for p in paragraphs)


def test_old_style_footnotes_become_references(old):
    assert [r.outlet for r in old.references] == ["Ariana News", "Pajhwok", "BBC Persian"]
    assert old.references[1].date == datetime.date(2023, 9, 1)
    assert old.references[2].url == "https://bbc.example/microfinance"
    assert "references_missing" not in old.warning_codes
    text = all_text(old)
    assert "CSRS Weekly Analysis" not in text


def test_old_style_recommendations_and_unplaced(old):
    assert old.recommendations == [
        "The ministry should publish a multi-year maintenance plan for the tunnel and its "
        "approach roads.",
        "Work on an alternative northern route should be given priority.",
    ]
    assert old.unplaced == ["Two Topics This Week"]
    warning = next(w for w in old.warnings if w.code == "unplaced_lines")
    assert warning.params == {"count": 1}
    assert "heading_levels_guessed" in old.warning_codes


# --- Pashto ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ps():
    return parse("ps_single_topic.txt")


def test_ps_masthead_solar_hijri_week(ps):
    assert ps.language == "ps"
    assert ps.number == 456
    # ۱۹ – ۲۳ لیندۍ ۱۴۰۳ (Qaws 19–23, 1403)
    assert (ps.week_start, ps.week_end) == (datetime.date(2024, 12, 9), datetime.date(2024, 12, 13))
    assert ps.titles == ["د ترانس افغان اورګاډي پټلۍ: فرصتونه او ننګونې"]


def test_ps_structure(ps):
    analysis = ps.analyses[0]
    assert [s.heading for s in analysis.sections] == [
        "د پروژې اقتصادي ګټې",
        "امنیتي او مالي ننګونې",
    ]
    assert subheadings(analysis.sections[0]) == [("1", "د ترانزیت عاید"), ("2", "کاري فرصتونه")]
    assert len(analysis.introduction) == 2 and len(analysis.conclusion) == 1
    assert "heading_levels_guessed" not in ps.warning_codes  # levels came from the TOC
    (quote,) = blocks_of(ps, "quotation")
    assert quote["attribution"] == "د ترانسپورت وزیر"


def test_ps_page_break_rejoined_and_dollar(ps):
    paragraphs = body_paragraphs(ps)
    assert any(p.endswith("زېربناوو ولګول شي.") for p in paragraphs)
    assert "$۳۰۰" in all_text(ps)


def test_ps_recommendations_references(ps):
    assert len(ps.recommendations) == 3
    assert [r.outlet for r in ps.references] == ["باختر آژانس", "طلوع نیوز"]
    assert [r.date for r in ps.references] == [
        datetime.date(2024, 12, 7),
        datetime.date(2024, 11, 30),
    ]
    assert ps.references[1].url == "https://tolonews.link/railway-funding"
    assert ps.unplaced == []
    assert "خپلواک" not in all_text(ps)  # the about block is gone


# --- Dari, two topics ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def fa():
    return parse("fa_af_two_topics.txt")


def test_fa_masthead(fa):
    assert fa.language == "fa-af"
    assert fa.number == 457
    # ۲۸ قوس – ۲ جدی ۱۴۰۳ crosses from Qaws into Jadi
    assert (fa.week_start, fa.week_end) == (
        datetime.date(2024, 12, 18),
        datetime.date(2024, 12, 22),
    )
    assert fa.titles == ["بازگشت مهاجرین از ایران و پاکستان", "صادرات میوه\u200cی خشک به هند"]


def test_fa_conclusion_heading_with_and_without_zwnj(fa):
    first, second = fa.analyses
    assert len(first.conclusion) == 1 and len(second.conclusion) == 1
    assert "conclusion_missing" not in fa.warning_codes
    assert subheadings(first.sections[0]) == [("1", "نیاز به سرپناه"), ("2", "کار و معیشت")]


def test_fa_running_header_and_page_break(fa):
    text = all_text(fa)
    assert "تحلیل هفته\u200cوار |" not in text
    assert any("در شهرهای مرزی به دنبال" in p for p in body_paragraphs(fa))
    assert fa.unplaced == []


def test_fa_quotation_and_references(fa):
    (quote,) = blocks_of(fa, "quotation")
    assert quote["attribution"] == "وزیر امور مهاجرین"
    assert [r.date for r in fa.references] == [
        datetime.date(2024, 12, 14),
        datetime.date(2024, 12, 10),
    ]
    assert fa.references[0].title == "بازگشت بیش از ده هزار مهاجر در یک هفته"
    assert len(fa.recommendations) == 2


# --- Arabic --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ar():
    return parse("ar_single_topic.txt")


def test_ar(ar):
    assert ar.language == "ar"
    assert ar.number == 458
    assert (ar.week_start, ar.week_end) == (
        datetime.date(2024, 12, 23),
        datetime.date(2024, 12, 27),
    )
    analysis = ar.analyses[0]
    assert [s.heading for s in analysis.sections] == ["دوافع التقارب", "العقبات"]
    assert subheadings(analysis.sections[0]) == [("1", "الأمن الإقليمي"), ("2", "التجارة والعبور")]
    (quote,) = blocks_of(ar, "quotation")
    assert quote["attribution"] == "المتحدث باسم الأمانة العامة سامي الحداد"
    assert len(ar.recommendations) == 2
    assert [r.date for r in ar.references] == [
        datetime.date(2024, 12, 20),
        datetime.date(2024, 12, 15),
    ]
    assert ar.references[0].outlet == "وكالة أنباء شينخوا"
    assert ar.unplaced == [] and "$٥ مليارات" in all_text(ar)


# --- the language parameter ---------------------------------------------------------------


def test_given_language_wins_and_mismatch_is_warned():
    issue = parse("fa_af_two_topics.txt", "en")
    assert issue.language == "en"
    assert "language_mismatch" in issue.warning_codes
    assert "language_detected" not in issue.warning_codes


@pytest.mark.parametrize("code", ["fa_AF", "FA-AF", "fa-af"])
def test_language_codes_are_normalised(code):
    issue = parse("fa_af_two_topics.txt", code)
    assert issue.language == "fa-af"
    assert "language_mismatch" not in issue.warning_codes
