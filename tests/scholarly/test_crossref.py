"""Crossref: the deposit XML, ``manage.py crossref_deposit`` and the background deposit.

No package on the registries ships Crossref's deposit schema, so the XML is checked for the
elements Crossref's documentation requires of a ``doi_batch`` and a ``report-paper``.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from lxml import etree

from issues.models import CrossrefDeposit, IssuePDF
from issues.scholarly.deposit import enqueue_deposit

NS = {"c": "http://www.crossref.org/schema/5.3.1", "rel": "http://www.crossref.org/relations.xsd"}


def deposit_document(**options) -> etree._Element:
    out = StringIO()
    call_command("crossref_deposit", stdout=out, stderr=StringIO(), **options)
    return etree.fromstring(out.getvalue().encode("utf-8"))


def test_the_deposit_has_the_required_head_and_one_report_paper_per_language(dois, make_issue):
    issue = make_issue(455, ("en", "ps"))
    IssuePDF.objects.create(issue=issue, language="ps", file="pdfs/x.pdf", size=10)
    make_issue(456, ("ar",))
    root = deposit_document(issue=455)
    assert root.tag == "{http://www.crossref.org/schema/5.3.1}doi_batch"
    assert root.get("version") == "5.3.1"
    required = ["doi_batch_id", "timestamp", "registrant", "depositor/c:depositor_name",
                "depositor/c:email_address"]  # fmt: skip
    for path in (f"c:head/c:{name}" for name in required):
        assert (root.findtext(path, namespaces=NS) or "").strip(), path
    assert root.findtext("c:head/c:timestamp", namespaces=NS).isdigit()
    papers = root.findall("c:body/c:report-paper/c:report-paper_metadata", NS)
    assert [p.get("language") for p in papers] == ["en", "ps"]
    english, pashto = papers
    for paper in papers:  # the order the schema requires, each present
        names = [etree.QName(child).localname for child in paper]
        assert names == [
            "contributors", "titles", "publication_date", "publisher", "institution",
            "publisher_item", "program", "doi_data",
        ]  # fmt: skip
        assert paper.find("c:contributors/c:organization", NS).get("contributor_role") == "author"
        assert paper.findtext("c:publication_date/c:year", namespaces=NS) == str(
            issue.week_end.year
        )
    assert pashto.findtext("c:titles/c:title", namespaces=NS) == issue.title_ps
    assert pashto.findtext("c:doi_data/c:doi", namespaces=NS) == "10.5555/csrs.wa.455.ps"
    assert pashto.findtext("c:doi_data/c:resource", namespaces=NS).endswith("/ps/issues/455/")
    pdf = pashto.find("c:doi_data/c:collection[@property='text-mining']/c:item/c:resource", NS)
    assert pdf.text.endswith("/ps/issues/455/pdf/") and pdf.get("mime_type") == "application/pdf"
    assert english.find("c:doi_data/c:collection", NS) is None
    relation = pashto.find("rel:program/rel:related_item/rel:intra_work_relation", NS)
    assert (relation.get("relationship-type"), relation.text) == (
        "isTranslationOf", "10.5555/csrs.wa.455.en",
    )  # fmt: skip
    relation = english.find("rel:program/rel:related_item/rel:intra_work_relation", NS)
    assert (relation.get("relationship-type"), relation.text) == (
        "hasTranslation", "10.5555/csrs.wa.455.ps",
    )  # fmt: skip


def test_without_issue_every_published_issue_is_in_one_batch(dois, make_issue, tmp_path):
    make_issue(455, ("en",))
    make_issue(456, ("ar",))
    make_issue(457, ("en",), publish=False)
    target = tmp_path / "deposit.xml"
    call_command("crossref_deposit", output=str(target), stdout=StringIO(), stderr=StringIO())
    root = etree.parse(str(target)).getroot()
    assert root.xpath("//c:doi/text()", namespaces=NS) == [
        "10.5555/csrs.wa.455.en", "10.5555/csrs.wa.456.ar",
    ]  # fmt: skip


def test_the_command_refuses_without_a_prefix_or_an_issue(settings, dois, make_issue):
    with pytest.raises(CommandError, match="No published issue number 9"):
        deposit_document(issue=9)
    settings.DOI_PREFIX = ""
    with pytest.raises(CommandError, match="DOI_PREFIX"):
        deposit_document()


def test_submit_without_credentials_sends_nothing(dois, make_issue):
    make_issue(455)
    with pytest.raises(CommandError, match="nothing was sent"):
        deposit_document(submit=True)
    assert CrossrefDeposit.objects.count() == 0


class FakeCrossref(BaseHTTPRequestHandler):
    """Crossref's deposit endpoint on 127.0.0.1: answers with the statuses it is given."""

    statuses: list[int] = []
    received: list[bytes] = []

    def do_POST(self):  # noqa: N802
        self.received.append(self.rfile.read(int(self.headers["Content-Length"])))
        status = self.statuses.pop(0) if self.statuses else 200
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self.wfile.write(b"SUCCESS" if status == 200 else b"Unavailable")

    def log_message(self, *args):
        pass


@pytest.fixture
def fake_crossref(dois):
    server = HTTPServer(("127.0.0.1", 0), FakeCrossref)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeCrossref.statuses, FakeCrossref.received = [], []
    dois.CROSSREF_DEPOSIT_URL = f"http://127.0.0.1:{server.server_port}/servlet/deposit"
    dois.CROSSREF_USERNAME, dois.CROSSREF_PASSWORD = "csrs", "secret"
    dois.CROSSREF_RETRY_DELAY = 0
    yield FakeCrossref
    server.shutdown()
    server.server_close()


def test_publishing_with_credentials_deposits_in_the_background(
    fake_crossref, make_issue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        make_issue(455, ("en", "ps"))
    deposit = CrossrefDeposit.objects.get()
    assert (deposit.status, deposit.attempts, deposit.http_status) == ("succeeded", 1, 200)
    assert deposit.response == "SUCCESS"
    body = fake_crossref.received[0]
    assert b'name="operation"\r\n\r\ndoMDUpload' in body
    assert b'name="login_id"\r\n\r\ncsrs' in body
    assert b"10.5555/csrs.wa.455.ps" in body


def test_a_server_error_is_retried_and_recorded(fake_crossref, make_issue):
    make_issue(455)
    fake_crossref.statuses = [503, 200]
    deposit = enqueue_deposit(type(make_issue(456)).objects.get(number=455).pk)
    deposit.refresh_from_db()
    assert (deposit.status, deposit.attempts, deposit.http_status) == ("succeeded", 2, 200)


def test_a_refusal_is_not_retried_and_is_recorded_failed(fake_crossref, settings, make_issue):
    issue = make_issue(455)
    fake_crossref.statuses = [401, 200]
    deposit = enqueue_deposit(issue.pk)
    deposit.refresh_from_db()
    assert (deposit.status, deposit.attempts, deposit.http_status) == ("failed", 1, 401)
    assert len(fake_crossref.received) == 1


def test_an_unreachable_server_fails_after_every_attempt(fake_crossref, settings, make_issue):
    issue = make_issue(455)
    settings.CROSSREF_DEPOSIT_URL = "http://127.0.0.1:9/servlet/deposit"  # nothing listens
    settings.CROSSREF_DEPOSIT_ATTEMPTS = 3
    deposit = enqueue_deposit(issue.pk)
    deposit.refresh_from_db()
    assert (deposit.status, deposit.attempts, deposit.http_status) == ("failed", 3, None)
    assert "ConnectionError" in deposit.response


def test_without_credentials_publishing_sends_nothing(
    dois, make_issue, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        issue = make_issue(455)
    assert enqueue_deposit(issue.pk) is None
    assert CrossrefDeposit.objects.count() == 0


def test_on_a_worker_backend_the_retry_is_deferred(fake_crossref, settings, make_issue):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks import default_task_backend

    from issues.scholarly.deposit import send_deposit_task

    issue = make_issue(455)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.CROSSREF_RETRY_DELAY = 60
    deposit = enqueue_deposit(issue.pk)  # queued, not run: a worker would pick it up
    assert [r.args for r in default_task_backend.results] == [[deposit.pk]]
    fake_crossref.statuses = [503]
    send_deposit_task.call(deposit.pk)  # what the worker runs
    deposit.refresh_from_db()
    assert (deposit.status, deposit.attempts, deposit.http_status) == ("queued", 1, 503)
    retry = default_task_backend.results[-1]
    assert retry.args == [deposit.pk]
    assert retry.task.run_after > timezone.now() + timedelta(seconds=50)
    send_deposit_task.call(deposit.pk)
    deposit.refresh_from_db()
    assert (deposit.status, deposit.attempts) == ("succeeded", 2)
