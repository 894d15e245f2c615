"""Search finds what Afghans type (issue #19): spacing, letters, hamza, word forms, phrases,
suggestions, weeks and numbers.

Written for either database: run it on PostgreSQL (the suite's default) and on SQLite:

    DATABASE_URL=sqlite:////tmp/csrs_search_test.sqlite3 .venv/bin/python -m pytest \
        tests/discovery/test_search_as_typed.py
"""

import pytest
from bs4 import BeautifulSoup
from django.db import connection

from csrs import languages
from issues.l10n.calendars import to_gregorian, to_solar_hijri
from issues.l10n.digits import localize_digits
from issues.models import IssuePage
from issues.search.normalise import hamza_variants, normalise
from issues.search.stemming import stems

pytestmark = pytest.mark.django_db


def found(client, code: str, query: str) -> list[str]:
    response = client.get(f"/{code}/search/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"].rstrip("/").rsplit("/", 1)[-1] for a in soup.select(".search-result h2 a")]


def suggestion(client, code: str, query: str) -> str:
    soup = BeautifulSoup(client.get(f"/{code}/search/", {"q": query}).content, "html.parser")
    link = soup.select_one(".search-suggestion a")
    return link.get_text(strip=True) if link else ""


# --- normalisation rules, one module for indexing, querying and highlighting -----------------


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("ډیر", "ډېر"),  # Pashto e typed as Farsi yeh
        ("اونۍ", "اونئ"),  # yeh with tail typed as a final hamza-yeh
        ("اونۍ", "اونی"),
        ("مسئولين", "مسؤولين"),  # hamza seats fold onto one another
        ("شئون", "شؤون"),
        ("ګڼه", "گڼه"),
        ("455", "४५५"),  # digits of any system (Devanagari here)
    ],
)
def test_spelling_variants_are_one_word(one, other):
    assert normalise(one) == normalise(other)


def test_a_hamza_word_is_also_spelt_without_it():
    assert normalise("هیات") in hamza_variants(normalise("هیئت"))
    assert normalise("هیات") == normalise("هیأت")
    assert hamza_variants(normalise("کابل")) == []


def test_light_stemmers_strip_suffixes_and_clitics_but_keep_short_words():
    assert normalise("کشور") in stems(normalise("کشورها"), "fa-af")
    assert normalise("کډوال") in stems(normalise("کډوالو"), "ps")
    assert stems(normalise("ښځې"), "ps") == stems(normalise("ښځو"), "ps") == ("ښځ",)
    assert "مفاوض" in stems(normalise("والمفاوضات"), "ar")
    assert stems(normalise("دولت"), "fa-af") == ()  # no one-letter clitic stripped
    assert stems("border", "en") == ()


# --- end to end, through the search page ---------------------------------------------------


def test_space_and_zwnj_typed_either_way_find_the_text(client, make_issue):
    make_issue(31, ("fa-af",), standfirsts={"fa-af": "تجارت می‌شود و راه آهن ساخته شد"})
    make_issue(32, ("ps",), standfirsts={"ps": "د ښځو زده‌کړه او روغتیا"})
    assert found(client, "fa-af", "می شود") == ["31"]
    assert found(client, "fa-af", "میشود") == ["31"]
    assert found(client, "fa-af", "راه‌آهن") == ["31"]  # ZWNJ typed, space in the text
    assert found(client, "fa-af", "راهآهن") == ["31"]
    assert found(client, "ps", "زده کړه") == ["32"]
    assert found(client, "ps", "زدهکړه") == ["32"]
    assert found(client, "fa-af", "می‌رود") == []


def test_pashto_letters_and_hamza_typed_any_way_find_the_text(client, make_issue):
    make_issue(33, ("ps",), standfirsts={"ps": "ډېر کډوال په دې اونۍ راستانه شول"})
    make_issue(34, ("ar",), standfirsts={"ar": "اجتماع المسؤولين عن شؤون اللاجئين"})
    make_issue(35, ("fa-af",), standfirsts={"fa-af": "هیئت افغانی به دوحه رفت"})
    assert found(client, "ps", "ډیر") == ["33"]
    assert found(client, "ps", "اونئ") == ["33"]
    assert found(client, "ps", "اونی") == ["33"]
    assert found(client, "ar", "مسئولين") == ["34"]
    assert found(client, "ar", "شئون") == ["34"]
    assert found(client, "fa-af", "هیات") == ["35"]
    assert found(client, "fa-af", "هیأت") == ["35"]
    assert found(client, "fa-af", "هیئت") == ["35"]
    assert found(client, "fa-af", "هیچ") == []


def test_word_forms_match_and_exact_matches_rank_first(client, make_issue):
    make_issue(41, ("fa-af",), standfirsts={"fa-af": "روابط تجاری کشورها در منطقه"})
    make_issue(42, ("fa-af",), standfirsts={"fa-af": "این کشور مرز طولانی دارد"})
    make_issue(43, ("ar",), standfirsts={"ar": "الحوار مع الجيران"})
    make_issue(44, ("ps",), standfirsts={"ps": "د کډوالو ستونزې"})
    # Either form finds both; the issue with the form as typed comes first, newer or not.
    assert found(client, "fa-af", "کشور") == ["42", "41"]
    assert found(client, "fa-af", "کشورها") == ["41", "42"]
    assert found(client, "ar", "وبالحوار") == ["43"]
    assert found(client, "ar", "حوار") == ["43"]
    assert found(client, "ps", "کډوال") == ["44"]
    assert found(client, "fa-af", "کشاورزی") == []


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite matches substrings: no exact/stemmed rank"
)
def test_an_issue_with_the_word_as_typed_and_a_stemmed_form_ranks_as_exact(client, make_issue):
    make_issue(81, ("en", "fa-af"), standfirsts={"fa-af": "کشورها و یک کشور کوچک"})
    make_issue(82, ("en", "fa-af"), standfirsts={"fa-af": "یک کشور بزرگ"})
    make_issue(83, ("en", "fa-af"), standfirsts={"fa-af": "روابط کشورها"})
    # 81 also has the stemmed form: it is still an exact match, ranked with 82 before 83.
    assert found(client, "fa-af", "کشور") == ["82", "81", "83"]
    # Two words, one of them matched only by its stem in 83.
    make_issue(84, ("en", "fa-af"), standfirsts={"fa-af": "روابط کشور"})
    assert found(client, "fa-af", "روابط کشور") == ["84", "83"]


def test_quoted_phrases_match_as_phrases(client, make_issue):
    make_issue(51, ("en",), standfirsts={"en": "Trade across Central Asia grows"})
    make_issue(52, ("en",), standfirsts={"en": "Asia Central bank rates are central"})
    assert sorted(found(client, "en", "Central Asia")) == ["51", "52"]
    assert found(client, "en", '"Central Asia"') == ["51"]
    assert found(client, "en", '"Asia Central"') == ["52"]
    make_issue(53, ("fa-af",), standfirsts={"fa-af": "آسیای مرکزی و جنوبی"})
    assert found(client, "fa-af", "«آسیای مرکزی»") == ["53"]
    assert found(client, "fa-af", "«مرکزی آسیای»") == []


def test_more_query_words_and_title_words_rank_first(client, make_issue):
    make_issue(61, ("en",), titles={"en": "Drought report"}, standfirsts={"en": "wheat prices"})
    make_issue(62, ("en",), titles={"en": "Wheat and drought"}, standfirsts={"en": "summary"})
    make_issue(63, ("en",), titles={"en": "Markets"}, standfirsts={"en": "wheat drought"})
    # Every issue has both words: the one with both in its title first, then one, then none.
    assert found(client, "en", "wheat drought") == ["62", "61", "63"]
    make_issue(65, ("en",), titles={"en": "Rain"}, standfirsts={"en": "wheat only here"})
    # No issue has all three words: those with more of them come first, then by title.
    assert found(client, "en", "wheat drought snow") == ["62", "61", "63", "65"]


def test_did_you_mean_suggests_a_near_word_that_finds_something(client, make_issue):
    make_issue(71, ("fa-af",), standfirsts={"fa-af": "سفر هیئت به افغانستان"})
    make_issue(72, ("en",), standfirsts={"en": "the electricity corridor"})
    assert found(client, "fa-af", "افغانستن") == []
    assert suggestion(client, "fa-af", "افغانستن") == normalise("افغانستان")
    assert suggestion(client, "en", "electricty") == "electricity"
    assert suggestion(client, "en", "electricity") == ""  # it finds something: no suggestion
    assert suggestion(client, "en", "qqqqzzzz") == ""


def test_did_you_mean_never_offers_a_word_only_unpublished_text_has(client, make_issue):
    issue = make_issue(73, ("en",), standfirsts={"en": "confidential pipeline"})
    issue.unpublish()
    assert suggestion(client, "en", "pipelne") == ""


def test_week_and_number_are_searchable_in_the_pages_calendar_and_gregorian(client, make_issue):
    issue = make_issue(455, ("en", "fa-af", "ps"))
    issue = IssuePage.objects.get(pk=issue.pk)
    dari, pashto = languages.DARI, languages.PASHTO
    hijri = to_solar_hijri(issue.week_start, dari)
    year = localize_digits(hijri.year, dari)
    assert found(client, "fa-af", year) == ["455"]
    assert found(client, "fa-af", f"{hijri.month_name} {year}") == ["455"]
    pashto_month = to_solar_hijri(issue.week_start, pashto).month_name
    assert found(client, "ps", f"{pashto_month} {year}") == ["455"]
    gregorian = to_gregorian(issue.week_start, languages.ENGLISH)
    assert found(client, "en", f"{gregorian.month_name} {gregorian.year}") == ["455"]
    assert found(client, "fa-af", str(gregorian.year)) == ["455"]
    for typed in ("455", "۴۵۵", "٤٥٥"):
        assert found(client, "fa-af", typed) == ["455"]
    assert found(client, "en", str(gregorian.year + 5)) == []
    assert found(client, "fa-af", localize_digits(hijri.year + 5, dari)) == []


def test_search_stays_within_what_readers_may_read(client, make_issue):
    make_issue(81, ("en",), standfirsts={"en": "caravan route"})
    draft = make_issue(82, ("en",), standfirsts={"en": "caravan route"}, publish=False)
    assert found(client, "en", "caravans") == ["81"]
    assert str(draft.number) not in found(client, "en", '"caravan route"')
