"""Share cards: an Open Graph / Twitter image per language, built on publish (issue 18).

Each card is decoded and measured; the cards are also kept as test artifacts
(``test-artifacts/screenshots/share-card-*.png``) for a person to check the joined letters.
"""

from __future__ import annotations

import datetime
import io

import pytest
from bs4 import BeautifulSoup
from django.core.files.storage import default_storage
from PIL import Image

from csrs import languages
from issues.models import IssuePage
from issues.sharecards import render, storage
from tests.browser_support import SCREENSHOTS
from tests.factories import build_issue, publish_with_approvals

pytestmark = pytest.mark.django_db

TITLES = {
    "en": "The CASA-1000 line and the region's power trade",
    "ps": "د CASA-1000 لین او د سیمې د برېښنا سوداګري",
    "fa-af": "خط CASA-1000 و تجارت منطقوی برق",
    "ar": "خط CASA-1000 وتجارة الكهرباء الإقليمية",
}


@pytest.fixture
def issue(archive, django_capture_on_commit_callbacks):
    issue = build_issue(
        archive,
        number=455,
        codes=tuple(TITLES),
        publish=False,
        week_start=datetime.date(2026, 11, 16),
    )
    for code, title in TITLES.items():
        setattr(issue, languages.get_language(code).field("title"), title)
    # The cards are queued when publishing commits, and built at once (immediate task backend).
    with django_capture_on_commit_callbacks(execute=True):
        publish_with_approvals(issue)
    return issue


@pytest.mark.parametrize("code", list(TITLES))
def test_each_language_has_its_own_card(client, issue, code):
    response = client.get(f"/{code}/issues/455/card.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    image.load()  # decodes the whole image: a truncated file fails here
    assert image.format == "PNG" and image.size == (1200, 630)
    assert len(response.content) < 200_000  # small enough for WhatsApp's and Telegram's fetchers
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / f"share-card-455-{code}.png").write_bytes(response.content)
    # The cards differ: each carries its own language's title.
    others = {
        default_storage.open(storage.storage_path(455, other)).read()
        for other in TITLES
        if other != code
    }
    assert response.content not in others
    # Revalidation is cheap: the same card answers 304.
    again = client.get(f"/{code}/issues/455/card.png", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304


@pytest.mark.parametrize("code", list(TITLES))
def test_the_page_announces_its_card_and_locales(client, issue, code):
    soup = BeautifulSoup(client.get(f"/{code}/issues/455/").content, "html.parser")
    meta = lambda name: [m["content"] for m in soup.select(f'meta[property="{name}"]')]  # noqa: E731
    assert meta("og:image") == [f"http://testserver/{code}/issues/455/card.png"]
    assert soup.select_one('meta[name="twitter:image"]')["content"] == meta("og:image")[0]
    own = languages.get_language(code).og_locale
    assert meta("og:locale") == [own]
    assert sorted(meta("og:locale:alternate")) == sorted(
        {"en_US", "ps_AF", "fa_AF", "ar_AR"} - {own}
    )


def test_the_card_text_is_in_the_languages_digits_and_calendar(issue):
    texts = render.card_texts(issue, languages.get_language("ps"))
    assert texts["title"] == TITLES["ps"]
    assert "۴۵۵" in texts["meta"] and "لړم" in texts["meta"]  # Aqrab 1405 in Pashto
    assert not any(ch in "0123456789" for ch in texts["meta"])
    arabic = render.card_texts(issue, languages.get_language("ar"))
    assert "٤٥٥" in arabic["meta"] and "نوفمبر" in arabic["meta"]


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
def test_card_text_is_shaped(code):
    """Shaped text joins its letters: a word is narrower than its letters kept apart (ZWNJ)."""
    language = languages.get_language(code)
    word = {"ps": "سوداګري", "fa-af": "تجارت", "ar": "الكهرباء"}[code]
    apart = "\u200c".join(word)
    assert render.has_shaping()
    assert render.text_width(language, word, 60) < render.text_width(language, apart, 60) * 0.9


def test_an_arabic_title_with_latin_letters_uses_a_font_that_has_them():
    arabic = languages.get_language("ar")
    assert render.font_file(arabic, "الكهرباء", 700).name.startswith("NotoNaskhArabic")
    assert render.font_file(arabic, "خط CASA-1000", 700).name.startswith("Vazirmatn")


def test_unpublished_issues_have_no_card(client, issue):
    assert client.get("/ps/issues/455/card.png").status_code == 200
    IssuePage.objects.get(number=455).unpublish()
    assert not default_storage.exists(storage.storage_path(455, "ps"))
    assert client.get("/ps/issues/455/card.png").status_code == 404
    assert client.get("/ps/issues/999/card.png").status_code == 404


def test_a_language_without_the_issue_has_no_card(
    client, archive, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        build_issue(archive, number=7, codes=("en", "ps"))
    assert client.get("/ps/issues/7/card.png").status_code == 200
    assert client.get("/ar/issues/7/card.png").status_code == 404
    assert not default_storage.exists(storage.storage_path(7, "ar"))
