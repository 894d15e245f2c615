"""Every language's PDF font stack covers its letters and the Latin in its texts."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from csrs import languages
from issues.pdf import fonts

PASHTO_LETTERS = "ټډړږښګڼۍېځڅ"
ARABIC_SCRIPT = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكةىأإآؤئ"
LATIN = "ABCXYZabcxyz0123456789/-:.@—–«»"


def coverage(language):
    covered = set()
    for file in fonts.files_for(language):
        if file.weight == 400 and file.style == "normal":
            covered |= set(map(chr, TTFont(file.path).getBestCmap()))
    return covered


@pytest.mark.parametrize("language", languages.LANGUAGES, ids=lambda lang: lang.code)
def test_pdf_font_stack_covers_pashto_letters_and_latin(language):
    covered = coverage(language)
    needed = set(PASHTO_LETTERS + ARABIC_SCRIPT + LATIN + language.digits)
    assert sorted(needed - covered) == []


def test_an_unknown_family_in_a_stack_is_refused():
    from dataclasses import replace

    broken = replace(languages.PASHTO, pdf_font_stack=("Scheherazade",))
    with pytest.raises(LookupError):
        fonts.font_face_css(broken)
