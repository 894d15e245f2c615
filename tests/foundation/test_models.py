"""The issue model: its rules, its slug and the languages it can be read in."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from csrs import languages
from issues.models import IssuePage
from issues.workflow import actions
from tests.factories import build_issue, language_content

pytestmark = pytest.mark.django_db


def make_issue(**overrides) -> IssuePage:
    values = {
        "number": 500,
        "week_start": datetime.date(2026, 11, 16),
        "week_end": datetime.date(2026, 11, 20),
        "original_language": "en",
        "title_en": "A title",
        "slug": "x",
    }
    values.update(overrides)
    return IssuePage(**values)


def validate(issue: IssuePage) -> None:
    """Model validation as the admin form runs it (tree fields are set when the page is added)."""
    issue.full_clean(exclude=["path", "depth"])


def test_a_valid_issue_passes_validation():
    validate(make_issue())


def test_week_cannot_end_before_it_starts():
    issue = make_issue(week_end=datetime.date(2026, 11, 15))
    with pytest.raises(ValidationError) as error:
        validate(issue)
    assert "week_end" in error.value.message_dict


def test_week_spans_at_most_fourteen_days():
    validate(make_issue(week_end=datetime.date(2026, 11, 30)))  # 14 days: allowed
    with pytest.raises(ValidationError) as error:
        validate(make_issue(week_end=datetime.date(2026, 12, 1)))
    assert error.value.message_dict["week_end"] == ["An issue covers at most 14 days."]


def test_issue_number_must_be_positive():
    with pytest.raises(ValidationError) as error:
        validate(make_issue(number=0))
    assert "number" in error.value.message_dict


def test_issue_number_is_unique(archive):
    build_issue(archive, number=455)
    duplicate = make_issue(number=455)
    with pytest.raises(ValidationError) as error:
        validate(duplicate)
    assert "number" in error.value.message_dict


def test_title_in_the_original_language_is_required_and_named():
    issue = make_issue(original_language="ps", title_en="English only")
    with pytest.raises(ValidationError) as error:
        validate(issue)
    assert "title_ps" in error.value.message_dict
    assert "پښتو" in error.value.message_dict["title_ps"][0]


def test_pashto_first_issue_needs_no_english_title(archive):
    issue = build_issue(archive, number=456, codes=("ps",), original_language="ps")
    issue.full_clean()
    assert [lang.code for lang in issue.languages] == ["ps"]


def test_slug_is_the_issue_number(archive):
    issue = build_issue(archive, number=457)
    assert issue.slug == "457"
    assert issue.url_path.endswith("/issues/457/")


def test_available_languages_follow_the_content(archive):
    issue = build_issue(archive, number=458, codes=("en", "ar"))
    assert [lang.code for lang in issue.languages] == ["en", "ar"]
    assert list(IssuePage.objects.available_in("ar")) == [issue]
    assert not IssuePage.objects.available_in("ps").exists()

    dari = languages.DARI
    for name, value in language_content("fa-af", number=458).items():
        setattr(issue, dari.field(name), value)
    issue.save_revision().publish()
    issue.refresh_from_db()
    assert [lang.code for lang in issue.languages] == ["en", "ar"]  # Dari: not approved yet
    actions.approve(issue, dari)
    issue.get_latest_revision().publish()
    issue.refresh_from_db()
    assert [lang.code for lang in issue.languages] == ["en", "fa-af", "ar"]


def test_a_title_without_analyses_is_not_an_available_language(archive):
    issue = build_issue(archive, number=459)
    issue.title_ps = "یوازې سرلیک"
    issue.save_revision().publish()
    issue.refresh_from_db()
    assert [lang.code for lang in issue.languages] == ["en"]
