"""A real harvester (sickle) takes the whole demo from a running server, page by page."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from sickle import Sickle

from csrs import languages
from issues.models import IssuePage
from tests.factories import make_site
from tests.scholarly.oai_support import SCHEMA

pytestmark = pytest.mark.django_db(transaction=True)


def test_sickle_harvests_every_readable_issue_language_of_the_demo(live_server, settings):
    settings.OAI_PAGE_SIZE = 3  # several resumption tokens for the demo's dozen records
    settings.DOI_PREFIX = "10.5555"
    # Earlier transactional tests may have emptied the page tree: make_site() rebuilds its root.
    make_site()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    expected = {
        (issue.number, lang.code)
        for lang in languages.LANGUAGES
        for issue in IssuePage.objects.readable(lang)
    }
    assert len(expected) > 3

    sickle = Sickle(f"{live_server.url}/oai/")
    identify = sickle.Identify()
    assert identify.protocolVersion == "2.0"
    assert identify.deletedRecord == "persistent"

    harvested = {}
    for record in sickle.ListRecords(metadataPrefix="oai_dc", ignore_deleted=False):
        SCHEMA.assertValid(record.xml.getroottree())  # the whole response it came in
        _, _, path = record.header.identifier.partition(":issue/")
        number, code = path.split("/")
        harvested[(int(number), code)] = record
    assert set(harvested) == expected
    for (number, code), record in harvested.items():
        assert not record.deleted
        assert record.metadata["language"] == [code]
        assert f"/{code}/issues/{number}/" in record.metadata["identifier"][0]
        assert f"https://doi.org/10.5555/csrs.wa.{number}.{code}" in record.metadata["identifier"]
        assert f"language:{code}" in record.header.setSpecs

    pashto = {
        header.identifier
        for header in sickle.ListIdentifiers(metadataPrefix="oai_dc", set="language:ps")
    }
    assert len(pashto) == sum(1 for _, code in expected if code == "ps")
