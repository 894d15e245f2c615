"""Sending a Crossref deposit: a background task (django-tasks), retried, its result recorded.

Nothing is sent unless both ``CROSSREF_USERNAME`` and ``CROSSREF_PASSWORD`` are set. Each
deposit is a ``CrossrefDeposit`` row holding the XML sent, the attempts, Crossref's HTTP status
and answer (or the error). Network errors and 5xx answers are retried
(``CROSSREF_DEPOSIT_ATTEMPTS``, waiting ``CROSSREF_RETRY_DELAY`` seconds, doubled each time);
a 4xx answer (wrong credentials, a refused file) is not.
"""

from __future__ import annotations

import logging
import time

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
    """Send the queued deposit ``deposit_id``, retrying transient failures; record the result."""
    from issues.models import CrossrefDeposit

    deposit = CrossrefDeposit.objects.get(pk=deposit_id)
    if not crossref_configured():
        deposit.status = CrossrefDeposit.Status.FAILED
        deposit.response = "No Crossref credentials are configured: nothing was sent."
        deposit.finished_at = timezone.now()
        deposit.save()
        raise DepositError(deposit.response)
    delay = settings.CROSSREF_RETRY_DELAY
    attempts = max(1, settings.CROSSREF_DEPOSIT_ATTEMPTS)
    for attempt in range(1, attempts + 1):
        deposit.attempts = attempt
        retry = False
        try:
            response = post_deposit(deposit)
        except requests.RequestException as error:
            deposit.http_status = None
            deposit.response = f"{type(error).__name__}: {error}"[:RESPONSE_LIMIT]
            retry = True
        else:
            deposit.http_status = response.status_code
            deposit.response = response.text[:RESPONSE_LIMIT]
            if response.ok:
                deposit.status = CrossrefDeposit.Status.SUCCEEDED
                deposit.finished_at = timezone.now()
                deposit.save()
                return {"deposit": deposit.batch_id, "status": response.status_code}
            retry = response.status_code >= 500
        deposit.save()
        if not retry or attempt == attempts:
            break
        time.sleep(delay)
        delay *= 2
    deposit.status = CrossrefDeposit.Status.FAILED
    deposit.finished_at = timezone.now()
    deposit.save()
    raise DepositError(f"Crossref deposit {deposit.batch_id} failed: {deposit.response[:200]}")
