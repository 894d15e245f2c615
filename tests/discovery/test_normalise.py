"""Arabic-script normalisation: what a Persian keyboard types matches what an Arabic one does."""

import pytest

from issues.search.normalise import normalise, normalise_with_offsets, terms

# (typed on a Dari/Persian keyboard, typed on an Arabic keyboard or with extra marks)
PAIRS = [
    ("کابل", "كابل"),  # keheh / Arabic kaf
    ("ایران", "ايران"),  # Farsi yeh / Arabic yeh
    ("مذاکره", "مذاكرة"),  # keheh and heh / kaf and teh marbuta
    ("همکاری", "همكاري"),
    ("امنیت", "أمنيت"),  # alef with hamza above
    ("اسلام", "إسلام"),  # alef with hamza below
    ("اینده", "آینده"),  # alef with madda
    ("میشود", "می\u200cشود"),  # zero-width non-joiner dropped
    ("افغانستان", "افغـــانستان"),  # tatweel
    ("محمد", "مُحَمَّد"),  # harakat
    ("مصطفی", "مصطفى"),  # alef maksura
    ("ګڼه", "گڼه"),  # Pashto gaf / gaf as Dari keyboards type it
    ("455", "۴۵۵"),  # Persian digits
    ("455", "٤٥٥"),  # Arabic-Indic digits
    ("kabul", "KABUL"),
]


@pytest.mark.parametrize(("dari_keyboard", "arabic_keyboard"), PAIRS)
def test_spelling_variants_normalise_to_the_same_text(dari_keyboard, arabic_keyboard):
    assert normalise(dari_keyboard) == normalise(arabic_keyboard)


def test_distinct_words_stay_distinct():
    assert normalise("کابل") != normalise("بابل")
    assert normalise("ټول") != normalise("تول")  # Pashto's own letters are kept


def test_presentation_forms_become_plain_letters():
    assert normalise("\ufefb") == "لا"  # the lam-alef ligature


def test_control_characters_become_spaces():
    assert normalise("a\x00b\x07c") == "a b c"


def test_offsets_point_back_into_the_original_text():
    original = "مُحَمَّد و کتاب"
    text, offsets = normalise_with_offsets(original)
    assert len(text) == len(offsets)
    start = text.index("كتاب")
    assert original[offsets[start] : offsets[start + 3] + 1] == "کتاب"


def test_terms_drop_punctuation_and_duplicates():
    assert terms("«کابل»، كابل! Kabul? kabul") == ["كابل", "kabul"]
    assert terms(" \t ") == []
