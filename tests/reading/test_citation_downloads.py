"""BibTeX and RIS downloads carry the institution and the language (issue 18)."""

from __future__ import annotations

import bibtexparser
import pytest
import rispy

from tests.factories import build_issue

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("code", "name"), [("ps", "pashto"), ("fa-af", "dari"), ("ar", "arabic")])
def test_bibtex_and_ris_name_the_institution_and_the_language(client, archive, code, name):
    build_issue(archive, number=455, codes=("en", code))
    entry = bibtexparser.loads(client.get(f"/{code}/issues/455/cite.bib").content.decode()).entries[
        0
    ]
    assert entry["ENTRYTYPE"] == "techreport"
    assert entry["institution"] and entry["institution"] == entry["author"].strip("{}")
    assert entry["language"] == entry["langid"] == name
    record = rispy.loads(client.get(f"/{code}/issues/455/cite.ris").content.decode())[0]
    assert record["publisher"] == entry["institution"]
    assert record["language"] == code
