"""The gettext catalogs: complete, not fuzzy, placeholders intact, Dari named Dari."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from csrs import languages

LOCALE = Path(__file__).resolve().parents[2] / "locale"
RTL = [lang for lang in languages.LANGUAGES if lang.code != languages.DEFAULT_LANGUAGE.code]


def catalog(language):
    with (LOCALE / language.locale_name / "LC_MESSAGES" / "django.po").open("rb") as handle:
        return read_po(handle, locale=language.locale_name.replace("fa_AF", "fa"))


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
def test_catalog_has_no_untranslated_or_fuzzy_entries(language):
    messages = [m for m in catalog(language) if m.id]
    assert messages, "empty catalog"
    untranslated = [
        m.id for m in messages if not (m.string if isinstance(m.string, str) else all(m.string))
    ]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert untranslated == [] and fuzzy == []


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
def test_catalog_placeholders_are_preserved(language):
    problems = [(m.id, [str(e) for e in errors]) for m, errors in catalog(language).check()]
    assert problems == []


def test_dari_catalog_never_calls_the_language_persian():
    dari = catalog(languages.DARI)
    assert dari["Dari"].string == "دری"
    assert not [m.id for m in dari if m.id and "فارسی" in m.string]


@pytest.mark.parametrize("language", RTL, ids=lambda lang: lang.code)
def test_compiled_catalog_exists(language):
    """`make install` compiles the catalogs; without the .mo, /ps/ answers 404."""
    assert (LOCALE / language.locale_name / "LC_MESSAGES" / "django.mo").exists()
