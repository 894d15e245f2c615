"""Reading and validating OAI-PMH responses in tests."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "schemas" / "OAI-PMH.xsd")))
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
# The fifteen Dublin Core elements oai_dc allows (its schema's documentation), and nothing else.
DC_ELEMENTS = {
    "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
    "format", "identifier", "source", "language", "relation", "coverage", "rights",
}  # fmt: skip


def oai(client, **arguments):
    """GET /oai/ with ``arguments``; the parsed document, checked against OAI-PMH.xsd."""
    response = client.get("/oai/", arguments)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    document = etree.fromstring(response.content)
    SCHEMA.assertValid(document)
    for dc in document.iterfind(".//oai_dc:dc", NS):
        assert_valid_oai_dc(dc)
    return document


def assert_valid_oai_dc(dc) -> None:
    """What oai_dc.xsd requires: the oai_dc:dc root, only DC elements, each plain text."""
    xsi = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"
    assert dc.get(xsi).split() == [NS["oai_dc"], "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"]
    for element in dc:
        namespace, name = element.tag[1:].split("}")
        assert namespace == NS["dc"] and name in DC_ELEMENTS, element.tag
        assert len(element) == 0 and (element.text or "").strip()


def error_code(document) -> str | None:
    error = document.find("oai:error", NS)
    return error.get("code") if error is not None else None


def texts(element, path: str) -> list[str]:
    return [found.text for found in element.iterfind(path, NS)]
