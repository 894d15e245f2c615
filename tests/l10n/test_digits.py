"""Digits and numbers: expected strings written by hand (escapes where glyphs look alike)."""

import pytest

from csrs.languages import ARABIC, DARI, ENGLISH, PASHTO
from issues.l10n import localize_digits, localize_number

# Persian digits (U+06F0..) and Arabic-Indic digits (U+0660..) differ only in code points for
# 0-3 and 5-9, and in shape for 4, 5, 6: spell them as escapes so a mix-up cannot hide.
FA_455 = "\u06f4\u06f5\u06f5"  # ۴۵۵
AR_455 = "\u0664\u0665\u0665"  # ٤٥٥


@pytest.mark.parametrize(
    ("value", "language", "latin_digits", "expected"),
    [
        (455, "en", False, "455"),
        (455, "ps", False, FA_455),
        ("455", "fa-af", False, FA_455),
        (455, "ar", False, AR_455),
        (455, "ar", True, "455"),
        (455, "ps", True, "455"),
        (0, "ps", False, "\u06f0"),
        ("0123456789", "fa-af", False, "۰۱۲۳۴۵۶۷۸۹"),
        ("0123456789", "ar", False, "٠١٢٣٤٥٦٧٨٩"),
        # codes are matched like csrs.languages.get_language does: any case, _ or -
        ("2024", "fa_AF", False, "۲۰۲۴"),
        ("2024", "PS", False, "۲۰۲۴"),
        # Language objects work as well as codes
        (455, PASHTO, False, FA_455),
        (455, DARI, False, FA_455),
        (455, ARABIC, False, AR_455),
        (455, ENGLISH, False, "455"),
        # only ASCII digits change; text, signs and already-local digits stay
        ("Issue 455 – 2024", "fa-af", False, "Issue ۴۵۵ – ۲۰۲۴"),
        ("شماره ۴۵۵", "en", False, "شماره ۴۵۵"),
        ("-7", "ar", False, "-٧"),
        ("", "ps", False, ""),
    ],
)
def test_localize_digits(value, language, latin_digits, expected):
    assert localize_digits(value, language, latin_digits=latin_digits) == expected


def test_unknown_language_code_falls_back_to_english_digits():
    assert localize_digits(455, "de") == "455"


@pytest.mark.parametrize(
    ("n", "language", "kwargs", "expected"),
    [
        # below 10,000 nothing is grouped: issue numbers and years stay whole
        (455, "en", {}, "455"),
        (455, "ps", {}, FA_455),
        (2024, "en", {}, "2024"),
        (1403, "fa-af", {}, "۱۴۰۳"),
        (9999, "ar", {}, "٩٩٩٩"),
        # from 10,000 thousands are grouped: Latin comma, or U+066C with Eastern digits
        (10000, "en", {}, "10,000"),
        (1234567, "en", {}, "1,234,567"),
        (12500, "ps", {}, "۱۲\u066c۵۰۰"),
        (12500, "fa-af", {}, "۱۲\u066c۵۰۰"),
        (12500, "ar", {}, "١٢\u066c٥٠٠"),
        (12500, "ar", {"latin_digits": True}, "12,500"),
        (12500, "fa-af", {"latin_digits": True}, "12,500"),
        (-12500, "en", {}, "-12,500"),
        (12500, "en", {"grouping": False}, "12500"),
        (12500, "ps", {"grouping": False}, "۱۲۵۰۰"),
    ],
)
def test_localize_number(n, language, kwargs, expected):
    assert localize_number(n, language, **kwargs) == expected


@pytest.mark.parametrize("bad", [1.5, "12", True, None])
def test_localize_number_takes_only_integers(bad):
    with pytest.raises(TypeError):
        localize_number(bad, "en")
