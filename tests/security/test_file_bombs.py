"""Zip bombs and slow files are refused quickly, with a clear message, and nothing is written
(issue 14, item 7). The hostile files are built by each test (tests/security/bombs.py)."""

from __future__ import annotations

import io
import resource
import time

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from issues.backcatalogue.uploads import UPLOAD_FOLDER
from issues.importers import ImportFileError, errors, parse_file
from tests.backcatalogue.helpers import snapshot
from tests.security import bombs

MESSAGE = "is too large or too complex to import"


def refused(data: bytes, name: str, limit_seconds: float) -> tuple[ImportFileError, float]:
    started = time.monotonic()
    with pytest.raises(ImportFileError) as caught:
        parse_file(data, name)
    elapsed = time.monotonic() - started
    assert caught.value.code == "too_complex", caught.value
    assert elapsed < limit_seconds, f"refusing took {elapsed:.1f} s"
    return caught.value, elapsed


def test_a_highly_compressed_docx_member_is_refused_before_unpacking():
    bomb = bombs.docx_with_member("word/media/filler.bin", 300)  # 300 MB in ~0.3 MB
    assert len(bomb) < 1024 * 1024
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    error, _ = refused(bomb, "bomb.docx", limit_seconds=2)
    assert "unpacks to 300 MB" in str(error)
    grown_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kb < 64 * 1024  # nothing was unpacked in this process


def test_a_member_compressed_a_thousand_to_one_is_refused_even_when_small():
    error, _ = refused(bombs.docx_with_member("word/bomb.xml", 8), "ratio.docx", 2)
    assert "compressed" in str(error) and "to 1" in str(error)


def test_too_many_members_and_too_much_in_total_are_refused(monkeypatch):
    error, _ = refused(bombs.docx_with_many_members(errors.MAX_DOCX_MEMBERS + 1), "many.docx", 5)
    assert "files" in str(error)
    monkeypatch.setattr(errors, "MAX_DOCX_UNPACKED_BYTES", 2 * 1024 * 1024)
    monkeypatch.setattr(errors, "MAX_COMPRESSION_RATIO", 10**6)
    error, _ = refused(bombs.docx_with_member("word/big.xml", 3), "total.docx", 2)
    assert "it unpacks to" in str(error)


def test_a_docx_that_passes_the_directory_checks_still_cannot_take_the_memory(monkeypatch):
    """The child process's address-space limit stops a parse that the checks let through."""
    # As if the directory looked plausible: only the child's own limits are left.
    monkeypatch.setattr(errors, "MAX_COMPRESSION_RATIO", 10**6)
    monkeypatch.setattr(errors, "MAX_DOCX_MEMBER_BYTES", 10**9)
    monkeypatch.setattr(errors, "MAX_PARSE_MEMORY_BYTES", 160 * 1024 * 1024)
    refused(
        bombs.docx_with_huge_document(30), "deep.docx", limit_seconds=errors.MAX_PARSE_SECONDS + 5
    )


def test_a_huge_pdf_content_stream_is_refused_without_interpreting_it():
    bomb = bombs.pdf_with_content_stream(200_000)  # 2.7 MB of drawing, 6 KB on disk
    assert len(bomb) < 64 * 1024
    error, _ = refused(bomb, "huge.pdf", limit_seconds=4)
    assert "drawing instructions" in str(error)


def test_a_slow_pdf_content_stream_is_stopped_at_the_time_limit(monkeypatch):
    monkeypatch.setattr(errors, "MAX_PARSE_SECONDS", 1)
    # ~4 s of interpretation on an idle machine (more on a busy one), under 2 MB decoded: well
    # past the limit whatever the machine's speed.
    slow = bombs.pdf_with_content_stream(140_000)
    refused(slow, "slow.pdf", limit_seconds=1 + 3)  # the limit, plus the child's start


def test_an_ordinary_docx_and_pdf_still_import():
    parsed = parse_file(bombs.small_docx("Issue Number – 901\n\nA paragraph of text."), "ok.docx")
    assert parsed.number == 901
    assert parse_file(bombs.pdf_with_content_stream(50), "ok.pdf").warnings is not None


@pytest.mark.django_db
def test_the_command_refuses_it_with_the_message_and_writes_nothing(archive, tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(bombs.docx_with_member("word/bomb.xml", 200))
    before = snapshot()
    out = io.StringIO()
    started = time.monotonic()
    with pytest.raises(CommandError):
        call_command("import_issues", str(path), "--publish", stdout=out, stderr=io.StringIO())
    assert time.monotonic() - started < 5
    assert MESSAGE in out.getvalue()
    assert snapshot() == before


@pytest.mark.django_db
def test_the_command_speaks_the_interface_language(archive, tmp_path):
    path = tmp_path / "bomb.pdf"
    path.write_bytes(bombs.pdf_with_content_stream(200_000))
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_issues",
            str(path),
            "--interface-language",
            "ps",
            stdout=out,
            stderr=io.StringIO(),
        )
    assert "bomb.pdf" in out.getvalue() and MESSAGE not in out.getvalue()


@pytest.mark.django_db
def test_the_admin_upload_refuses_it_with_the_message_and_keeps_nothing(admin_client, archive):
    bomb = SimpleUploadedFile("bomb.docx", bombs.docx_with_member("word/bomb.xml", 200))
    before = snapshot()
    response = admin_client.post(
        reverse("backcatalogue_upload"), {"files": [bomb], "language": "detect"}
    )
    assert response.status_code == 200
    assert MESSAGE in response.content.decode()
    assert snapshot() == before
    assert (
        not default_storage.exists(UPLOAD_FOLDER) or default_storage.listdir(UPLOAD_FOLDER)[0] == []
    )
