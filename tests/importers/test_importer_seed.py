"""The real issue No. 455, read from ../shared/seeds (skipped where that folder is absent).

Expected texts are taken from the seed itself at run time: none of its sentences is copied here.
"""

from __future__ import annotations

import datetime
import json
import re

import pytest

from issues.importers import parse_file, to_stream_data

from .helpers import SEEDS, all_text, body_paragraphs

SEED = SEEDS / "000_0cc27c7aa6300dba.txt"


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    if not SEED.exists():
        pytest.skip("the seed folder ../shared/seeds is absent")
    return [ln.strip() for ln in SEED.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def issue(seed_lines):
    return parse_file(SEED.read_bytes(), SEED.name)


def _between(lines: list[str], start: str, stop: str) -> list[str]:
    i = lines.index(start)
    j = lines.index(stop, i)
    return [ln for ln in lines[i + 1 : j] if ln]


def test_masthead(issue):
    assert issue.number == 455
    assert issue.week_start == datetime.date(2024, 12, 2)
    assert issue.week_end == datetime.date(2024, 12, 6)
    assert issue.language == "en"
    assert issue.source_name == SEED.name


def test_title_in_table_of_contents_casing(issue, seed_lines):
    body_title = seed_lines[seed_lines.index("Introduction") - 2]
    assert len(issue.analyses) == 1
    assert issue.titles == [issue.analyses[0].title]
    assert issue.analyses[0].title.casefold() == body_title.casefold()
    assert issue.analyses[0].title != body_title  # ALL CAPS replaced by the TOC's casing


def test_introduction(issue, seed_lines):
    expected = _between(
        seed_lines, "Introduction", seed_lines[seed_lines.index("Introduction") + 10]
    )
    intro = issue.analyses[0].introduction
    assert len(intro) == 4
    assert intro == expected[:4]


def test_three_sections_with_numbered_subheadings(issue, seed_lines):
    body = seed_lines[seed_lines.index("Introduction") : seed_lines.index("CONCLUSION")]
    caps = [ln for ln in body if ln and ln.isupper() and len(ln) > 20]
    sections = issue.analyses[0].sections
    assert [s.heading.casefold() for s in sections] == [c.casefold() for c in caps]
    numbers = [
        [v["number"] for k, v in s.blocks if k == "subheading" and v["number"]] for s in sections
    ]
    assert numbers == [["1", "2", "3", "1", "2"], ["1", "2", "3", "4"], ["1", "2", "3"]]
    expected_numbered = [m.group(2) for ln in body if (m := re.match(r"^(\d)\. (.+)$", ln))]
    found = [v["text"] for s in sections for k, v in s.blocks if k == "subheading" and v["number"]]
    assert found == expected_numbered
    plain = [v["text"] for k, v in sections[0].blocks if k == "subheading" and not v["number"]]
    assert len(plain) == 3 and all(t.endswith("Objectives") for t in plain)


def test_quotation_attributed_to_a_named_person(issue):
    quotes = [v for s in issue.analyses[0].sections for k, v in s.blocks if k == "quotation"]
    assert len(quotes) == 1
    assert "Putin" in quotes[0]["attribution"]
    assert quotes[0]["quote"].endswith(".")


def test_conclusion_rejoined_across_the_page_footer(issue):
    conclusion = issue.analyses[0].conclusion
    assert len(conclusion) == 2
    assert "@" not in conclusion[1]


def test_paragraphs_rejoined_and_artefacts_gone(issue):
    leads = {
        value
        for s in issue.analyses[0].sections
        for (kind, value), (after, _) in zip(s.blocks, s.blocks[1:], strict=False)
        if kind == "paragraph" and after == "quotation"
    }
    for paragraph in body_paragraphs(issue):
        if paragraph not in leads:  # the text before a quotation ends "…, stating,"
            assert paragraph.rstrip('"”')[-1] in ".:?!", paragraph[-60:]
    text = all_text(issue)
    assert "\\$" not in text and "$500" in text
    assert "Reebonic" not in text and "csrsaf" not in text and "<u>" not in text
    assert not any(re.fullmatch(r"\d+", ln) for ln in text.splitlines())
    assert issue.unplaced == []


def test_recommendations_and_references(issue):
    assert len(issue.recommendations) == 5
    assert all(r.endswith(".") and not r[0].isdigit() for r in issue.recommendations)
    refs = issue.references
    assert [r.outlet for r in refs] == [
        "Radio Azadi",
        "Radio Azadi",
        "Deutsche Welle",
        "IRNA",
        "Center for Strategic and Regional Studies",
    ]
    assert [r.date for r in refs] == [
        datetime.date(2023, 11, 30),
        datetime.date(2024, 11, 19),
        datetime.date(2024, 11, 19),
        datetime.date(2024, 11, 26),
        None,
    ]
    assert all(r.url.startswith("https://") and r.title for r in refs)
    assert all(r.note == "" for r in refs)


def test_warnings_are_only_the_expected_ones(issue):
    assert set(issue.warning_codes) <= {"language_detected", "lead_in_ignored", "reference_no_date"}


def test_stream_data_is_json(issue):
    data = to_stream_data(issue)
    json.dumps(data)
    assert len(data["analyses"][0]["value"]["sections"]) == 3
    assert len(data["recommendations"]) == 5 and len(data["references"]) == 5
