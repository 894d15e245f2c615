"""OAI-PMH 2.0 at /oai/: the six verbs, oai_dc, sets, tokens, dates, deleted records, errors.

Every response is validated against the OAI-PMH schema (tests/scholarly/schemas/OAI-PMH.xsd)
and every oai_dc record against the elements oai_dc.xsd allows.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from issues.models import IssueLanguageRecord, IssuePDF, Topic
from tests.scholarly.conftest import make_private, publish_with_unapproved
from tests.scholarly.oai_support import NS, error_code, oai, texts

ID = "oai:testserver:issue/{number}/{code}"


@pytest.fixture
def economy(db):
    topic = Topic.objects.create(slug="economy", name_en="Economy", name_ps="اقتصاد")
    return topic


def headers(document, verb="ListIdentifiers"):
    return document.findall(f"oai:{verb}//oai:header", NS)


def identifiers(document, verb="ListIdentifiers") -> list[str]:
    return [h.findtext("oai:identifier", namespaces=NS) for h in headers(document, verb)]


# --- Identify, ListMetadataFormats, ListSets ------------------------------------------------
def test_identify_describes_the_repository(client, make_issue):
    make_issue(455)
    document = oai(client, verb="Identify")
    identify = document.find("oai:Identify", NS)
    assert identify.findtext("oai:baseURL", namespaces=NS) == "http://testserver/oai/"
    assert identify.findtext("oai:protocolVersion", namespaces=NS) == "2.0"
    assert identify.findtext("oai:deletedRecord", namespaces=NS) == "persistent"
    assert identify.findtext("oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    record = IssueLanguageRecord.objects.get()
    assert identify.findtext("oai:earliestDatestamp", namespaces=NS) == (
        record.datestamp.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )


def test_list_metadata_formats_offers_oai_dc(client, make_issue):
    make_issue(455)
    for arguments in ({}, {"identifier": ID.format(number=455, code="en")}):
        document = oai(client, verb="ListMetadataFormats", **arguments)
        assert texts(document, ".//oai:metadataPrefix") == ["oai_dc"]


def test_list_sets_has_a_set_per_language_and_per_topic(client, economy):
    document = oai(client, verb="ListSets")
    assert texts(document, ".//oai:setSpec") == [
        "language:en", "language:ps", "language:fa-af", "language:ar", "topic:economy",
    ]  # fmt: skip
    assert "دری" in texts(document, ".//oai:setName")


# --- GetRecord and its Dublin Core ----------------------------------------------------------
def test_get_record_gives_dublin_core_in_the_records_language(dois, client, make_issue, economy):
    issue = make_issue(455, ("en", "ps"))
    issue.topics.add(economy)
    issue.save_revision().publish()
    IssuePDF.objects.create(issue=issue, language="ps", file="pdfs/x.pdf", size=10)
    document = oai(
        client,
        verb="GetRecord",
        identifier=ID.format(number=455, code="ps"),
        metadataPrefix="oai_dc",
    )
    record = document.find("oai:GetRecord/oai:record", NS)
    assert texts(record, "oai:header/oai:setSpec") == ["language:ps", "topic:economy"]
    dc = record.find("oai:metadata/oai_dc:dc", NS)
    assert texts(dc, "dc:title") == [issue.title_ps]
    assert texts(dc, "dc:language") == ["ps"]
    assert texts(dc, "dc:subject") == ["اقتصاد"]
    assert texts(dc, "dc:identifier") == [
        "http://testserver/ps/issues/455/",
        "http://testserver/ps/issues/455/pdf/",
        "https://doi.org/10.5555/csrs.wa.455.ps",
    ]
    assert texts(dc, "dc:relation") == ["http://testserver/en/issues/455/"]
    assert texts(dc, "dc:format") == ["text/html", "application/pdf"]
    assert texts(dc, "dc:date") == [issue.week_end.isoformat()]
    assert texts(dc, "dc:type") == ["Text"]
    assert dc.findtext("dc:creator", namespaces=NS) and dc.findtext("dc:publisher", namespaces=NS)


# --- ListIdentifiers / ListRecords: sets, dates, tokens ------------------------------------
def test_list_records_lists_every_readable_issue_language(client, make_issue):
    make_issue(455, ("en", "ps"))
    make_issue(456, ("ar",))
    document = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    assert sorted(identifiers(document, "ListRecords")) == sorted(
        [ID.format(number=455, code="en"), ID.format(number=455, code="ps"),
         ID.format(number=456, code="ar")]
    )  # fmt: skip
    assert len(document.findall(".//oai_dc:dc", NS)) == 3


def test_sets_select_a_language_or_a_topic(client, make_issue, economy):
    issue = make_issue(455, ("en", "ps"))
    issue.topics.add(economy)
    issue.save_revision().publish()
    make_issue(456, ("en",))
    by_language = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="language:ps")
    assert identifiers(by_language) == [ID.format(number=455, code="ps")]
    by_topic = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", set="topic:economy")
    assert sorted(identifiers(by_topic)) == [
        ID.format(number=455, code="en"), ID.format(number=455, code="ps"),
    ]  # fmt: skip


def test_from_and_until_filter_by_datestamp(client, make_issue):
    make_issue(455)
    make_issue(456)
    old = timezone.now() - dt.timedelta(days=30)
    IssueLanguageRecord.objects.filter(number=455).update(datestamp=old)
    day = old.astimezone(dt.UTC).date().isoformat()
    until = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc", until=day)
    assert identifiers(until) == [ID.format(number=455, code="en")]
    since = (old + dt.timedelta(days=1)).astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    after = oai(client, **{"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "from": since})
    assert identifiers(after) == [ID.format(number=456, code="en")]


def test_resumption_tokens_page_through_the_whole_list(settings, client, make_issue):
    settings.OAI_PAGE_SIZE = 2
    for number in range(1, 6):
        make_issue(number)
    seen, cursors = [], []
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    while True:
        seen += identifiers(document)
        token = document.find(".//oai:resumptionToken", NS)
        assert token.get("completeListSize") == "5"
        cursors.append(token.get("cursor"))
        if not token.text:
            break
        document = oai(client, verb="ListIdentifiers", resumptionToken=token.text)
    assert cursors == ["0", "2", "4"]
    assert sorted(seen) == sorted(ID.format(number=n, code="en") for n in range(1, 6))


# --- deleted records ------------------------------------------------------------------------
def test_an_unpublished_issue_is_reported_deleted(client, make_issue):
    make_issue(455).unpublish()
    document = oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    header = document.find(".//oai:header", NS)
    assert header.get("status") == "deleted"
    assert header.findtext("oai:identifier", namespaces=NS) == ID.format(number=455, code="en")
    assert document.find(".//oai:metadata", NS) is None


def test_a_private_issue_is_reported_deleted(
    client, make_issue, django_capture_on_commit_callbacks
):
    issue = make_issue(455)
    with django_capture_on_commit_callbacks(execute=True):
        make_private(issue)
    document = oai(
        client,
        verb="GetRecord",
        identifier=ID.format(number=455, code="en"),
        metadataPrefix="oai_dc",
    )
    assert document.find(".//oai:header", NS).get("status") == "deleted"
    assert IssueLanguageRecord.objects.get().exposed is False


def test_a_withdrawn_language_is_deleted_and_the_others_stay(client, make_issue):
    from django.contrib.auth import get_user_model

    from csrs import languages
    from issues.workflow import actions

    issue = make_issue(455, ("en", "ps"))
    editor = get_user_model().objects.create_superuser("oai-editor", "oai@example.org", "pw")
    actions.unpublish_language(issue, languages.get_language("ps"), editor)
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    status = {
        h.findtext("oai:identifier", namespaces=NS): h.get("status") for h in headers(document)
    }
    assert status == {
        ID.format(number=455, code="en"): None, ID.format(number=455, code="ps"): "deleted",
    }  # fmt: skip


def test_a_deleted_issue_is_reported_deleted(client, make_issue):
    make_issue(455).delete()
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert [h.get("status") for h in headers(document)] == ["deleted"]


def test_drafts_and_unapproved_languages_never_appear(client, archive, make_issue):
    make_issue(457, publish=False)
    publish_with_unapproved(archive, 455, "ps")
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert identifiers(document) == [ID.format(number=455, code="en")]


# --- errors ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "arguments, code",
    [
        ({}, "badVerb"),
        ({"verb": "ListEverything"}, "badVerb"),
        ({"verb": "Identify", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "GetRecord", "identifier": "oai:testserver:issue/455/en"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "last week"}, "badArgument"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2026-01-01",
             "until": "2026-01-02T00:00:00Z"},
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {"verb": "GetRecord", "identifier": "oai:testserver:issue/455/en",
             "metadataPrefix": "mods"},
            "cannotDisseminateFormat",
        ),
        (
            {"verb": "GetRecord", "identifier": "oai:testserver:issue/999/en",
             "metadataPrefix": "oai_dc"},
            "idDoesNotExist",
        ),
        ({"verb": "ListMetadataFormats", "identifier": "issue-455"}, "idDoesNotExist"),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "set": "topic:none"},
            "noRecordsMatch",
        ),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "until": "2000-01-01"},
            "noRecordsMatch",
        ),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "forged"}, "badResumptionToken"),
    ],
)  # fmt: skip
def test_protocol_errors(client, make_issue, arguments, code):
    make_issue(455)
    document = oai(client, **arguments)
    assert error_code(document) == code
    assert document.find("oai:error", NS).text
    request = document.find("oai:request", NS)
    if code in ("badVerb", "badArgument"):
        assert request.attrib == {}


def test_a_repeated_argument_is_a_bad_argument(client, make_issue):
    make_issue(455)
    response = client.get("/oai/?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")
    from lxml import etree

    assert error_code(etree.fromstring(response.content)) == "badArgument"


def test_a_token_of_another_list_is_refused(settings, client, make_issue):
    settings.OAI_PAGE_SIZE = 1
    make_issue(1)
    make_issue(2)
    token = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc").findtext(
        ".//oai:resumptionToken", namespaces=NS
    )
    document = oai(client, verb="ListRecords", resumptionToken=token)
    assert error_code(document) == "badResumptionToken"


def test_post_requests_are_answered_like_get(client, make_issue):
    make_issue(455)
    response = client.post("/oai/", {"verb": "Identify"})
    assert response.status_code == 200 and b"<Identify>" in response.content


# --- cost -----------------------------------------------------------------------------------
def list_records_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        oai(client, verb="ListRecords", metadataPrefix="oai_dc")
    return len(queries)


def test_list_records_queries_do_not_grow_with_the_number_of_issues(
    client, make_issue, django_assert_num_queries
):
    for number in range(1, 4):
        make_issue(number, ("en", "ps"), sections=1)
    list_records_queries(client)  # the site cache and PDF index, as a running server has them
    few = list_records_queries(client)
    for number in range(4, 11):
        make_issue(number, ("en", "ps"), sections=6, references=10)
    with django_assert_num_queries(few):
        oai(client, verb="ListRecords", metadataPrefix="oai_dc")


def test_the_repository_identifier_can_be_fixed_in_settings(settings, client, make_issue):
    settings.OAI_REPOSITORY_IDENTIFIER = "weekly.csrs.example"
    make_issue(455)
    document = oai(client, verb="ListIdentifiers", metadataPrefix="oai_dc")
    assert identifiers(document) == ["oai:weekly.csrs.example:issue/455/en"]
    found = oai(
        client,
        verb="GetRecord",
        identifier="oai:weekly.csrs.example:issue/455/en",
        metadataPrefix="oai_dc",
    )
    assert error_code(found) is None
