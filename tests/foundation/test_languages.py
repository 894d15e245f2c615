"""The four languages: one registry, read by Django's settings, URLs and negotiation."""

import pytest
from django.conf import settings
from django.conf.locale import LANG_INFO
from django.utils.translation import get_language_info

from csrs import languages


def test_settings_languages_come_from_the_registry():
    assert [code for code, _ in settings.LANGUAGES] == ["en", "ps", "fa-af", "ar"]
    assert settings.MODELTRANSLATION_LANGUAGES == languages.CODES
    for lang in languages.LANGUAGES:
        assert (lang.code in settings.LANGUAGES_BIDI) == lang.is_rtl


def test_dari_is_called_dari_never_persian():
    info = get_language_info("fa-af")
    assert info["name_local"] == "دری"
    assert info["name"] == "Dari"
    assert info["bidi"] is True
    assert "فارسی" not in languages.DARI.native_name


def test_pashto_is_known_to_django():
    assert LANG_INFO["ps"]["bidi"] is True
    assert get_language_info("ps")["name_local"] == "پښتو"


@pytest.mark.parametrize(
    ("code", "suffix", "locale_name"),
    [("en", "en", "en"), ("ps", "ps", "ps"), ("fa-af", "fa_af", "fa_AF"), ("ar", "ar", "ar")],
)
def test_language_names_for_columns_and_catalogs(code, suffix, locale_name):
    language = languages.get_language(code)
    assert language.field("title") == f"title_{suffix}"
    assert language.locale_name == locale_name


def test_unknown_code_falls_back_to_english():
    assert languages.get_language("xx") is languages.ENGLISH
    assert languages.get_language("FA_AF") is languages.DARI


def test_every_rtl_language_has_a_font_that_covers_arabic_script():
    for lang in languages.LANGUAGES:
        if lang.is_rtl:
            assert any("0600" in face.unicode_range for face in lang.font_faces), lang.code


@pytest.mark.django_db
@pytest.mark.parametrize("code", languages.CODES)
def test_home_page_answers_in_each_language(client, site_tree, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    language = languages.get_language(code)
    assert f'<html lang="{code}" dir="{language.direction}">' in response.content.decode()


@pytest.mark.django_db
def test_unknown_language_prefix_is_not_found(client, site_tree):
    response = client.get("/xx/", follow=True)
    assert response.status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("ps", "/ps/"),
        ("fa-AF,fa;q=0.8", "/fa-af/"),
        ("ar-SA,ar;q=0.9,en;q=0.5", "/ar/"),
        ("en-GB", "/en/"),
        ("de-DE", "/en/"),
    ],
)
def test_root_redirects_to_the_readers_language(client, site_tree, accept, expected):
    response = client.get("/", headers={"accept-language": accept})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_chosen_language_cookie_wins_over_accept_language(client, site_tree):
    response = client.get("/language/fa-af/", {"next": "/fa-af/issues/"})
    assert response.status_code == 302
    assert response["Location"] == "/fa-af/issues/"
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "fa-af"
    response = client.get("/", headers={"accept-language": "ar"})
    assert response["Location"] == "/fa-af/"


@pytest.mark.django_db
def test_choosing_a_language_never_redirects_off_site(client, site_tree):
    response = client.get("/language/ps/", {"next": "https://evil.example/ps/"})
    assert response["Location"] == "/ps/"
    response = client.get("/language/ps/", {"next": "/en/issues/"})
    assert response["Location"] == "/ps/"
    assert client.get("/language/xx/", follow=True).status_code == 404


@pytest.mark.django_db
def test_font_stylesheet_is_written_from_the_registry(client):
    response = client.get("/fonts.css")
    assert response.status_code == 200
    css = response.content.decode()
    assert "vazirmatn-arabic-400-normal.woff2" in css
    assert ":root:lang(ps)" in css and "--list-style: persian" in css
    assert "--list-style: arabic-indic" in css
