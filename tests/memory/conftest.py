"""Issues with a translation made from the source's structure, as translators make them."""

from __future__ import annotations

import pytest

from csrs import languages
from issues.memory import store
from issues.translations import units
from issues.workflow import actions
from tests.factories import build_issue
from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401

EN = languages.get_language("en")
PS = languages.get_language("ps")
FA = languages.get_language("fa-af")
AR = languages.get_language("ar")


def pashto(text: str) -> str:
    """A stand-in Pashto translation of an English piece (keeps its numbers in Pashto digits)."""
    digits = str.maketrans("0123456789", PS.digits)
    return f"ژباړه: {text.translate(digits)}"


def translate(issue, language, user, make=pashto, only=None) -> None:
    """Fill ``language``'s pieces of ``issue`` (those in ``only``, or all) with ``make(source)``,
    through the import path (structure copied from the source)."""
    found = units.issue_units(issue, EN, language)
    translations = {}
    for unit in found:
        if only is not None and unit.id not in only:
            continue
        text = make(store.piece_source(unit).text)
        translations[unit.id] = f"<p>{text}</p>" if unit.is_rich else text
    values, unplaced = units.build_target_streams(issue, EN, language, translations)
    assert not unplaced
    actions.apply_language_fields(issue, language, values, user)


def translate_all_but(issue, language, keep: set[str]) -> None:
    """Translate every piece of ``language`` but those in ``keep`` (left for a test to type),
    as an editor would through an import: the checks before review then find nothing
    untranslated except what the test fills in. Used by browser tests that submit."""
    from django.contrib.auth import get_user_model

    from issues.workflow import roles

    editor, _ = get_user_model().objects.get_or_create(username="pieces-editor")
    roles.create_groups()
    from django.contrib.auth.models import Group

    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    only = {unit.id for unit in units.issue_units(issue, EN, language)} - keep
    translate(issue, language, editor, only=only)


@pytest.fixture
def editor(make_user):  # noqa: F811
    return make_user("editor")


@pytest.fixture
def approved_issue(archive, editor):
    """Issue 501 in English with an approved Pashto translation (the memory's first entries)."""
    issue = build_issue(archive, number=501, codes=("en",))
    translate(issue, PS, editor)
    actions.approve(issue, PS, editor, comment="Test content")
    return issue


@pytest.fixture
def new_issue(archive):
    """Issue 502 in English only: its pieces are mostly those of 501 (exact matches)."""
    return build_issue(archive, number=502, codes=("en",))
