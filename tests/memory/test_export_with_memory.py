"""XLIFF/PO exports offer memory matches and mark pre-translated units for review."""

from __future__ import annotations

import pytest
from translate.storage import pypo, xliff

from issues.memory import insertion
from issues.translations import export, importer
from tests.memory.conftest import PS

pytestmark = pytest.mark.django_db


def test_xliff_offers_alt_trans_and_marks_pretranslated_units(approved_issue, new_issue, editor):
    plain = export.export_issue(new_issue, PS, "xliff12")
    assert b"alt-trans" not in plain, "only on request"
    data = export.export_issue(new_issue, PS, "xliff12", with_memory=True)
    units = {
        (unit.getid() or "").split("\x04")[-1]: unit
        for unit in xliff.xlifffile.parsestring(data).units
    }
    [alt] = units["title"].getalttrans()
    assert alt.target == "ژباړه: Analysis #۵۰۱" and alt.source == "Analysis #501"

    insertion.pretranslate(new_issue, PS, editor)
    data = export.export_issue(new_issue, PS, "xliff12", with_memory=True)
    assert data.count(b'state="needs-review-translation"') > 5
    assert b'state="needs-review-translation"' not in export.export_issue(
        approved_issue, PS, "xliff12", with_memory=True
    ), "approved text is reviewed"


def test_po_offers_fuzzy_suggestions_that_an_import_does_not_apply(
    approved_issue, new_issue, make_user
):
    data = export.export_issue(new_issue, PS, "po", with_memory=True)
    title = next(u for u in pypo.pofile.parsestring(data).units if u.getcontext() == "title")
    assert title.isfuzzy() and title.target == "ژباړه: Analysis #۵۰۱"
    assert title.prev_source == "Analysis #501"
    preview = importer.prepare(data, make_user("translator", "ps"))
    assert preview.changes == [], "a fuzzy suggestion is not a translation"
