"""Warnings and errors in the user's language, for every code the parser can report."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from issues.backcatalogue.messages import (
    ERROR_TEMPLATES,
    WARNING_TEMPLATES,
    error_text,
    parse_error_text,
    warning_text,
)
from issues.importers import WARNING_MESSAGES, ImportFileError, parse_file


def test_every_parser_warning_code_has_a_translatable_template():
    assert set(WARNING_MESSAGES) <= set(WARNING_TEMPLATES)


def test_every_parser_error_code_has_a_translatable_template():
    documented = ImportFileError.__doc__.split("``code``")[1]
    codes = {part.strip("`, .\n") for part in documented.split("``")[1::2]}
    assert codes and codes <= set(ERROR_TEMPLATES)


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ps", "د ۳ سرچینې"), ("fa-af", "منبع ۳ تاریخ"), ("ar", "المرجع ٣")],
)
def test_warning_in_the_users_language_with_its_digits(code, expected):
    with translation.override(code):
        assert expected in warning_text("reference_no_date", {"index": 3})


def test_dates_and_language_names_are_localised():
    with translation.override("fa-af"):
        text = warning_text("week_single_date", {"date": datetime.date(2024, 12, 2)})
        assert "۱۲ قوس ۱۴۰۳" in text
        assert "دری" in warning_text("language_detected", {"language": "Dari"})
    with translation.override("en"):
        assert warning_text("language_detected", {"language": "Pashto"}) == (
            "The language was detected as Pashto."
        )


def test_unknown_code_or_params_fall_back_to_english_never_crash():
    assert warning_text("brand_new_code", {}, fallback="Something new.") == "Something new."
    assert warning_text("reference_no_date", {"wrong": 1}, fallback="English.") == "English."


def test_parse_errors_name_the_file_in_the_users_language():
    with pytest.raises(ImportFileError) as error:
        parse_file(b"", "empty.txt")
    with translation.override("ar"):
        assert parse_error_text(error.value) == "الملف «empty.txt» فارغ."
    with translation.override("en"):
        assert error_text("too_large", {"filename": "a.pdf", "limit": 20}) == (
            "“a.pdf” is too large: at most 20 MB per file."
        )
