"""Readers subscribe from any page in its language, confirm by mail, and leave with one click."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from csrs import languages
from issues.models import Subscriber
from issues.newsletter import links
from tests.newsletter.conftest import links_in, make_subscriber, path_of

pytestmark = pytest.mark.django_db

CONFIRM_WORDS = {
    "en": "To confirm, open this link",
    "ps": "د تایید لپاره",
    "fa-af": "برای تأیید",
    "ar": "للتأكيد",
}


@pytest.fixture
def post_subscribe(django_capture_on_commit_callbacks):
    """Submit the form as the page's script does: fetch a token, then post (mail goes out once
    the request's transaction commits)."""

    def post(client, code, email, codes=None, consent=True):
        data = {"email": email, "languages": codes or [code]}
        if consent:
            data["consent"] = "on"
        token = client.get(f"/{code}/newsletter/subscribe/?token").json()["token"]
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                f"/{code}/newsletter/subscribe/", {**data, "csrfmiddlewaretoken": token}
            )

    return post


@pytest.mark.parametrize("code", languages.CODES)
def test_a_reader_subscribes_confirms_and_unsubscribes_in_their_language(
    site, outbox, code, post_subscribe
):
    client = Client(enforce_csrf_checks=True)
    response = post_subscribe(client, code, f"Reader.{code}@Example.org")
    assert response.status_code == 200
    subscriber = Subscriber.objects.get(email=f"reader.{code}@example.org")
    assert subscriber.status == Subscriber.PENDING, "nothing is sent before confirmation"
    assert subscriber.language_codes == [code]
    assert subscriber.consent_text

    [message] = outbox
    assert CONFIRM_WORDS[code] in message.body
    html = message.alternatives[0][0]
    assert f'lang="{code}"' in html and f'dir="{languages.BY_CODE[code].direction}"' in html
    confirm = path_of(links_in(message)["confirm"])
    assert confirm.startswith(f"/{code}/newsletter/confirm/")

    assert client.get(confirm).status_code == 200  # a mail scanner opening the link…
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.PENDING  # …confirms nothing
    assert client.post(confirm).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.CONFIRMED and subscriber.confirmed_at

    unsubscribe = path_of(links.action_url(subscriber, links.UNSUBSCRIBE, code))
    page = client.get(unsubscribe)
    assert page.status_code == 200 and f'lang="{code}"' in page.content.decode()
    assert client.post(unsubscribe).status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED


@pytest.mark.parametrize("code", languages.CODES)
def test_one_click_unsubscribe_works_without_csrf_token_or_session(site, code):
    subscriber = make_subscriber(f"one.click.{code}@example.org", (code,))
    url = path_of(links.action_url(subscriber, links.UNSUBSCRIBE, code))
    response = Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED


def test_a_forged_or_foreign_token_changes_nothing(site):
    subscriber = make_subscriber("forged@example.org")
    other = make_subscriber("other@example.org")
    confirm_token = links.make_token(subscriber, links.CONFIRM)
    client = Client(enforce_csrf_checks=True)
    # A confirm token is no unsubscribe token, and a tampered one is nothing.
    assert client.post(f"/en/newsletter/unsubscribe/{confirm_token}/").status_code == 404
    tampered = links.make_token(other, links.UNSUBSCRIBE)[:-2] + "xx"
    assert client.post(f"/en/newsletter/unsubscribe/{tampered}/").status_code == 404
    assert set(Subscriber.objects.values_list("status", flat=True)) == {Subscriber.CONFIRMED}


def test_the_answer_is_the_same_whether_or_not_the_address_is_subscribed(
    site, outbox, post_subscribe
):
    make_subscriber("known@example.org", ("ps",))
    make_subscriber("gone@example.org", ("ps",))
    Subscriber.objects.filter(email="gone@example.org").update(status=Subscriber.SUPPRESSED)
    answers = {}
    for email in ("known@example.org", "new@example.org", "gone@example.org"):
        response = post_subscribe(Client(enforce_csrf_checks=True), "ps", email)
        # Only the address differs between the answers: nothing in them says which is which.
        answers[email] = (response.status_code, response.content.decode().replace(email, "X"))
    assert len(set(answers.values())) == 1
    # The subscribed reader's languages were not changed by a stranger; they got a notice.
    known = Subscriber.objects.get(email="known@example.org")
    assert known.language_codes == ["ps"]
    sent_to = sorted(message.to[0] for message in outbox)
    assert sent_to == ["known@example.org", "new@example.org"], "no mail to a suppressed one"
    notice = next(m for m in outbox if m.to == ["known@example.org"])
    assert "languages" in links_in(notice) and "confirm" not in links_in(notice)


def test_a_post_without_csrf_token_subscribes_nobody_and_asks_again(
    site, outbox, django_capture_on_commit_callbacks
):
    client = Client(enforce_csrf_checks=True)
    data = {"email": "forged@example.org", "languages": ["ar"], "consent": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/ar/newsletter/subscribe/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "csrfmiddlewaretoken" in body and 'value="forged@example.org"' in body
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert not Subscriber.objects.exists() and not outbox
    # Pressing Subscribe again on that page (it carries the token now) works.
    token = response.context["csrf_token"]
    again = client.post("/ar/newsletter/subscribe/", {**data, "csrfmiddlewaretoken": token})
    assert again.status_code == 200 and Subscriber.objects.filter(email=data["email"]).exists()


def test_bad_input_is_refused_in_the_readers_language_with_nothing_saved(
    site, outbox, post_subscribe
):
    client = Client(enforce_csrf_checks=True)
    response = post_subscribe(client, "fa-af", "not-an-address", consent=False)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'lang="fa-af"' in body
    assert "لطفاً" in body  # the errors are in Dari
    assert not Subscriber.objects.exists() and not outbox


def test_too_many_requests_from_one_client_are_refused(site, settings, outbox, post_subscribe):
    settings.NEWSLETTER_RATE_LIMIT_PER_IP = 3
    client = Client(enforce_csrf_checks=True)
    statuses = [post_subscribe(client, "en", f"r{n}@example.org").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert Subscriber.objects.count() == 3


def test_an_address_asked_for_too_often_gets_no_more_mail_and_the_same_answer(
    site, settings, outbox, post_subscribe
):
    settings.NEWSLETTER_RATE_LIMIT_PER_ADDRESS = 2
    answers = {
        post_subscribe(Client(enforce_csrf_checks=True), "en", "flood@example.org").content
        for _ in range(4)
    }
    assert len(answers) == 1
    assert len(outbox) == 2


def test_a_reader_chooses_their_languages_and_none_means_unsubscribed(site):
    subscriber = make_subscriber("langs@example.org", ("en",))
    url = path_of(links.action_url(subscriber, links.MANAGE, "ps"))
    client = Client(enforce_csrf_checks=True)
    assert 'dir="rtl"' in client.get(url).content.decode()
    client.post(url, {"languages": ["ps", "ar"]})
    assert subscriber.language_codes == ["ps", "ar"]
    client.post(url, {})
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.UNSUBSCRIBED


@pytest.mark.parametrize("code", languages.CODES)
def test_every_page_carries_the_form_in_its_language_and_stays_cacheable(site, code):
    response = Client().get(f"/{code}/")
    body = response.content.decode()
    assert f'action="/{code}/newsletter/subscribe/"' in body
    checked = re.findall(
        r'<input type="checkbox" name="languages" value="([^"]+)"[^>]*checked', body
    )
    assert checked == [code], "the page's language is chosen by default"
    assert "csrfmiddlewaretoken" not in body
    assert "public" in response["Cache-Control"] and not response.cookies
    alone = Client().get(f"/{code}/newsletter/subscribe/")
    assert alone.status_code == 200 and "public" in alone["Cache-Control"]
