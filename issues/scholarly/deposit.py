"""Sending a Crossref deposit: a background task (django-tasks), retried, its result recorded.

Nothing is sent unless both ``CROSSREF_USERNAME`` and ``CROSSREF_PASSWORD`` are set. Each
deposit is a ``CrossrefDeposit`` row holding the XML sent, the attempts, Crossref's HTTP status
and answer (or the error). Network errors and 5xx answers are retried
(``CROSSREF_DEPOSIT_ATTEMPTS`` attempts, ``CROSSREF_RETRY_DELAY`` seconds apart, doubled each
time, on a worker backend); a 4xx answer (wrong credentials, a refused file) is not.
"""

from __future__ import annotations

import logging
from datetime import timedelta

import requests
from django.conf import settings
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

RESPONSE_LIMIT = 10_000  # characters of Crossref's answer kept on the record


class DepositError(RuntimeError):
    """Raised after a failure has been recorded, so the task backend marks the task failed."""


def crossref_configured() -> bool:
    return bool(settings.CROSSREF_USERNAME and settings.CROSSREF_PASSWORD)


def prepare_deposit(issue):
    """A queued ``CrossrefDeposit`` holding the issue's deposit XML (or NothingToDeposit)."""
    from issues.models import CrossrefDeposit, PublicationSettings
    from issues.scholarly.crossref import batch_id, deposit_xml

    now = timezone.now()
    batch = batch_id([issue], now)
    publication = PublicationSettings.for_site(issue.get_site())
    xml = deposit_xml([issue], publication, now=now, batch=batch)
    return CrossrefDeposit.objects.create(
        issue=issue, number=issue.number, batch_id=batch, xml=xml.decode("utf-8")
    )


def enqueue_deposit(issue_id: int):
    """Prepare and queue the deposit of a live issue's DOIs; None when there is nothing to send.

    A broken queue or an issue without DOIs is logged, never raised into a publishing request.
    """
    from issues.models import IssuePage
    from issues.scholarly.crossref import NothingToDeposit

    if not crossref_configured():
        return None
    issue = IssuePage.objects.live().filter(pk=issue_id).first()
    if issue is None:
        return None
    try:
        deposit = prepare_deposit(issue)
    except NothingToDeposit:
        return None
    try:
        send_deposit_task.enqueue(deposit.pk)
    except Exception:
        logger.exception("Could not queue the Crossref deposit %s", deposit.batch_id)
    return deposit


def post_deposit(deposit) -> requests.Response:
    """One HTTP POST of the deposit file to Crossref (its ``doMDUpload`` operation)."""
    return requests.post(
        settings.CROSSREF_DEPOSIT_URL,
        data={
            "operation": "doMDUpload",
            "login_id": settings.CROSSREF_USERNAME,
            "login_passwd": settings.CROSSREF_PASSWORD,
        },
        files={"fname": (f"{deposit.batch_id}.xml", deposit.xml.encode("utf-8"), "text/xml")},
        timeout=settings.CROSSREF_TIMEOUT,
    )


@task()
def send_deposit_task(deposit_id: int) -> dict:
    """One attempt at sending the queued deposit ``deposit_id``; the result is recorded.

    A transient failure (network error, 5xx) queues the next attempt: after
    ``CROSSREF_RETRY_DELAY`` seconds (doubled each time) on a backend that can defer tasks (a
    worker queue), at once on one that cannot (the ImmediateBackend runs in the web process,
    which must not sleep). After ``CROSSREF_DEPOSIT_ATTEMPTS`` attempts it is failed.
    """
    from issues.models import CrossrefDeposit

    deposit = CrossrefDeposit.objects.get(pk=deposit_id)
    if deposit.status != CrossrefDeposit.Status.QUEUED:
        return {"deposit": deposit.batch_id, "status": deposit.status}
    if not crossref_configured():
        _finish(deposit, CrossrefDeposit.Status.FAILED, "No Crossref credentials: nothing sent.")
        raise DepositError(deposit.response)
    deposit.attempts += 1
    transient = False
    try:
        response = post_deposit(deposit)
    except requests.RequestException as error:
        deposit.http_status = None
        deposit.response = f"{type(error).__name__}: {error}"[:RESPONSE_LIMIT]
        transient = True
    else:
        deposit.http_status = response.status_code
        deposit.response = response.text[:RESPONSE_LIMIT]
        if response.ok:
            _finish(deposit, CrossrefDeposit.Status.SUCCEEDED)
            return {"deposit": deposit.batch_id, "status": response.status_code}
        transient = response.status_code >= 500
    if transient and deposit.attempts < max(1, settings.CROSSREF_DEPOSIT_ATTEMPTS):
        deposit.save()
        _retry(deposit)
        return {"deposit": deposit.batch_id, "retrying": deposit.attempts}
    _finish(deposit, CrossrefDeposit.Status.FAILED)
    raise DepositError(f"Crossref deposit {deposit.batch_id} failed: {deposit.response[:200]}")


def _finish(deposit, status, response: str | None = None) -> None:
    deposit.status = status
    if response is not None:
        deposit.response = response
    deposit.finished_at = timezone.now()
    deposit.save()


def _retry(deposit) -> None:
    delay = settings.CROSSREF_RETRY_DELAY * 2 ** (deposit.attempts - 1)
    task = send_deposit_task
    if task.get_backend().supports_defer and delay > 0:
        task = task.using(run_after=timezone.now() + timedelta(seconds=delay))
    task.enqueue(deposit.pk)
