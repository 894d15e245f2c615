"""Translation files with DTDs or entity declarations, or PO files not in UTF-8, are refused
with a clear message — never expanded, never applied (issue 14, item 8)."""

from __future__ import annotations

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from csrs import languages
from issues.translations import export, importer
from issues.translations.errors import TranslationFileError
from tests.translations.test_exchange import fill, issue, marker, snapshot  # noqa: F401

DTD_MESSAGE = "declares a DTD or entities"
UTF8_MESSAGE = "is not in UTF-8"

BILLION_LAUGHS = (
    '<!DOCTYPE xliff [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10 if n > 1 else "&lol;" * 10}">'
        for n in range(1, 10)
    )
    + "]>"
)
EXTERNAL = '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
INTERNAL = '<!DOCTYPE xliff [<!ENTITY t "silently applied">]>'
DOCTYPE_ONLY = '<!DOCTYPE xliff SYSTEM "http://127.0.0.1:9/xliff.dtd">'


def xliff_with(issue, declaration: str, reference: str) -> bytes:  # noqa: F811
    """A genuine filled XLIFF export with ``declaration`` before its root and ``reference``
    (an entity) at the start of the first target."""
    data = fill(export.export_issue(issue, languages.PASHTO, "xliff12"), "xliff12", marker("ps"))
    text = data.decode("utf-8")
    root = text.index("<xliff")
    text = text[:root] + declaration + text[root:]
    target = text.index("<target")
    close = text.index(">", target) + 1
    return (text[:close] + reference + text[close:]).encode("utf-8")


def refused(issue, translator, data: bytes):  # noqa: F811
    before = snapshot(issue)
    started = time.monotonic()
    with pytest.raises(TranslationFileError) as caught:
        preview = importer.prepare(data, translator, language=languages.PASHTO, issue=issue)
        importer.apply(preview, translator)
    assert time.monotonic() - started < 5
    assert snapshot(issue) == before
    return " ".join(str(error) for error in caught.value.errors)


@pytest.mark.parametrize(
    ("declaration", "reference"),
    [(BILLION_LAUGHS, "&lol9;"), (EXTERNAL, "&xxe;"), (INTERNAL, "&t;"), (DOCTYPE_ONLY, "")],
    ids=["billion-laughs", "external-entity", "internal-entity", "doctype"],
)
def test_xliff_with_declarations_is_refused(issue, make_user, declaration, reference):  # noqa: F811
    translator = make_user("translator", "ps")
    message = refused(issue, translator, xliff_with(issue, declaration, reference))
    assert DTD_MESSAGE in message
    assert "root:" not in message and "silently applied" not in message


def test_the_same_file_without_declarations_is_imported(issue, make_user):  # noqa: F811
    translator = make_user("translator", "ps")
    data = xliff_with(issue, "", "")
    preview = importer.prepare(data, translator, language=languages.PASHTO, issue=issue)
    assert preview.changes


def latin1_po(issue) -> bytes:  # noqa: F811
    po = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", lambda t: f"é {t}")
    return (
        po.decode("utf-8")
        .replace("charset=UTF-8", "charset=ISO-8859-1")
        .encode("latin-1", "replace")
    )


def test_a_latin1_po_file_is_refused(issue, make_user):  # noqa: F811
    translator = make_user("translator", "ps")
    assert UTF8_MESSAGE in refused(issue, translator, latin1_po(issue))
    # Even when its header claims UTF-8, bytes that are not UTF-8 are refused.
    claims = latin1_po(issue).replace(b"charset=ISO-8859-1", b"charset=UTF-8")
    assert UTF8_MESSAGE in refused(issue, translator, claims)


def test_the_admin_shows_the_refusal_in_the_translators_language(client, issue, make_user):  # noqa: F811
    client.force_login(make_user("translator", "ps"))
    before = snapshot(issue)
    url = reverse("csrs_translation_import", args=(issue.pk,))
    bomb = xliff_with(issue, BILLION_LAUGHS, "&lol9;")
    response = client.post(url, {"language": "ps", "file": SimpleUploadedFile("i.xlf", bomb)})
    assert response.status_code == 400 and DTD_MESSAGE in response.content.decode()
    response = client.post(
        url, {"language": "ps", "file": SimpleUploadedFile("i.po", latin1_po(issue))}
    )
    assert response.status_code == 400 and UTF8_MESSAGE in response.content.decode()
    assert snapshot(issue) == before


def test_the_messages_are_translated(issue, make_user):  # noqa: F811
    translator = make_user("translator", "ps")
    for code in ("ps", "fa-af", "ar"):
        with translation.override(code):
            message = refused(issue, translator, latin1_po(issue))
        assert UTF8_MESSAGE not in message and "UTF-8" in message
