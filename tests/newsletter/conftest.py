"""Fixtures of the newsletter tests: the site, a confirmed subscriber, mail helpers."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from issues.models import Subscriber
from issues.newsletter import subscribing
from tests.factories import make_site
from tests.workflow.conftest import make_user, workflow_groups  # noqa: F401

LINK = re.compile(r"https?://[^\s\"<>]+/newsletter/(confirm|unsubscribe|languages)/[^\s\"<>/]+/")


@pytest.fixture
def site(db):
    return make_site()


@pytest.fixture(autouse=True)
def generous_limits(settings):
    """Rate limits as in production unless a test lowers them; caches start empty (conftest)."""
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 50
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 5


def links_in(message) -> dict[str, str]:
    """The newsletter links of a mail, by action (``confirm``, ``unsubscribe``, ``languages``)."""
    return {m.group(1): m.group(0) for m in LINK.finditer(message.body)}


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def make_subscriber(email: str, codes=("en",), *, confirmed: bool = True) -> Subscriber:
    subscriber = Subscriber.objects.create(
        email=email,
        language=codes[0],
        status=Subscriber.CONFIRMED if confirmed else Subscriber.PENDING,
    )
    subscribing.set_languages(subscriber, codes)
    return subscriber


@pytest.fixture
def outbox():
    mail.outbox = []
    return mail.outbox
