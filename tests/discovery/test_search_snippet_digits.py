"""Search snippets write the numbers the site writes in the page's digits (issue #18).

A sub-heading's number is printed by the site («۳.» on a Pashto or Dari page, «٣.» on an
Arabic one): its snippet shows it the same way, while a number the author typed in the text
stays as typed.
"""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from csrs import languages
from issues.models import PublicationSettings
from issues.search.highlight import (
    SITE_NUMBER_END,
    SITE_NUMBER_START,
    localise_site_numbers,
    mark_site_number,
    marking_site_numbers,
)
from issues.search.indexing import issue_text
from tests.discovery.conftest import publish_with_text
from tests.factories import build_issue

pytestmark = pytest.mark.django_db

# A word found only in the sub-heading, the sub-heading's number, and a year the author typed.
CASES = {
    "ps": ("سوداګریزه", "۳", "د ۱۹۹۹ کال تړون او 2024 کال"),
    "fa-af": ("ترانزیتی", "۳", "پیمان سال ۱۹۹۹ و سال 2024"),
    "ar": ("العبور", "٣", "اتفاقية عام ١٩٩٩ وعام 2024"),
}


def analysis_with_subheading(word: str, typed: str) -> list[dict]:
    return [
        {
            "type": "analysis",
            "value": {
                "title": "—",
                "introduction": "<p>—</p>",
                "sections": [
                    {
                        "heading": "—",
                        "body": [
                            {"type": "subheading", "value": {"number": "3", "text": word}},
                            {"type": "paragraph", "value": f"<p>{typed}</p>"},
                        ],
                    }
                ],
                "conclusion": "",
            },
        }
    ]


def snippet(client, code: str, word: str) -> str:
    response = client.get(f"/{code}/search/", {"q": word})
    assert response.status_code == 200
    found = BeautifulSoup(response.content, "html.parser").select(".search-result__snippet")
    assert len(found) == 1, response.content.decode()
    return found[0].get_text()


@pytest.fixture
def issue_with_subheadings(archive):
    issue = build_issue(archive, number=455, codes=tuple(CASES), original_language="ps")
    for code, (word, _, typed) in CASES.items():
        language = languages.get_language(code)
        setattr(issue, language.field("analyses"), analysis_with_subheading(word, typed))
        publish_with_text(issue, code)
    return issue


@pytest.mark.parametrize("code", list(CASES))
def test_a_subheading_number_in_a_snippet_is_in_the_pages_digits(
    client, issue_with_subheadings, code
):
    word, digit, typed = CASES[code]
    text = snippet(client, code, word)
    assert f"{digit}. {word}" in text, text
    assert "3." not in text  # not the Latin digit the editor typed in the number field
    assert typed in text  # the author's own numbers, Eastern and Latin, as typed
    assert SITE_NUMBER_START not in text and SITE_NUMBER_END not in text


def test_arabic_pages_set_to_latin_digits_show_the_subheading_number_so(
    client, issue_with_subheadings
):
    settings = PublicationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.arabic_latin_digits = True
    settings.save()
    word, digit, _ = CASES["ar"]
    text = snippet(client, "ar", word)
    assert f"3. {word}" in text and f"{digit}. " not in text, text


def test_a_search_for_the_number_in_any_digits_still_finds_the_subheading(
    client, issue_with_subheadings
):
    word, digit, _ = CASES["fa-af"]
    assert f"{digit}. {word}" in snippet(client, "fa-af", f"{digit} {word}")


def test_only_the_search_text_marks_the_number():
    """Outside indexing (the page, Wagtail's own index) the block's text is unmarked."""
    assert mark_site_number("3") == "3"
    with marking_site_numbers():
        marked = mark_site_number(f"{SITE_NUMBER_START}3")
    assert marked == f"{SITE_NUMBER_START}3{SITE_NUMBER_END}"
    assert mark_site_number("3") == "3"


def test_marks_cut_off_by_the_stored_excerpt_never_show():
    text = f"… {SITE_NUMBER_START}12{SITE_NUMBER_END}. گمرک 7 و {SITE_NUMBER_START}4"
    assert localise_site_numbers(text, languages.get_language("ps")) == "… ۱۲. گمرک 7 و 4"
    assert localise_site_numbers("1. plain", languages.get_language("ps")) == "1. plain"


def test_the_indexed_words_are_the_same_with_and_without_marks(issue_with_subheadings):
    """The marks are not letters: the number and the heading index as the words they are."""
    from issues.search.normalise import words

    title, body = issue_text(issue_with_subheadings, languages.get_language("ps"))
    assert f"{SITE_NUMBER_START}3{SITE_NUMBER_END}. سوداګریزه" in body
    plain = body.replace(SITE_NUMBER_START, "").replace(SITE_NUMBER_END, "")
    assert words(body) == words(plain)
