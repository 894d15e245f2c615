"""Error pages answer without the database: 404 degrades, 500 is static, a lost database is 503.

The outage is simulated by making the first database-backed step raise psycopg's error as Django
wraps it (``OperationalError``), at three depths: in the page view, in a middleware, and while the
404 page reads the publication settings.
"""

from __future__ import annotations

from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.db import InterfaceError, OperationalError
from django.test import Client
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Site

from csrs.errors import RETRY_AFTER_SECONDS, static_error_page

DOWN = OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")


def html_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def view_database_down(error=DOWN):
    return mock.patch.object(Site, "find_for_request", side_effect=error)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "lang", "direction", "title"),
    [
        ("/ps/issues/455/", "ps", "rtl", "لنډمهاله د لاسرسي وړ نه دی"),
        ("/fa-af/", "fa-af", "rtl", "موقتاً در دسترس نیست"),
        ("/ar/issues/", "ar", "rtl", "غير متاح مؤقتًا"),
        ("/en/", "en", "ltr", "Temporarily unavailable"),
    ],
)
def test_lost_database_gives_a_translated_503(client, path, lang, direction, title):
    with view_database_down():
        response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]
    page = html_of(response)
    assert page.html["lang"] == lang
    assert page.html["dir"] == direction
    assert page.h1.get_text(strip=True) == title
    assert "Traceback" not in response.content.decode()


@pytest.mark.django_db
def test_interface_error_is_a_503_too(client):
    with view_database_down(InterfaceError("connection already closed")):
        response = client.get("/ps/")
    assert response.status_code == 503


@pytest.mark.django_db
def test_lost_database_in_a_middleware_is_a_503_too(site_tree):
    client = Client(raise_request_exception=False)
    with mock.patch("django.middleware.locale.LocaleMiddleware.process_request", side_effect=DOWN):
        response = client.get("/ps/")
    assert response.status_code == 503
    assert html_of(response).html["dir"] == "rtl"
    assert html_of(response).h1.get_text(strip=True) == "لنډمهاله د لاسرسي وړ نه دی"


@pytest.mark.django_db
def test_the_site_recovers_when_the_database_comes_back(client, site_tree):
    with view_database_down():
        assert client.get("/ps/").status_code == 503
    assert client.get("/ps/").status_code == 200


@pytest.mark.django_db
def test_other_errors_give_a_translated_500():
    client = Client(raise_request_exception=False)
    with mock.patch.object(Site, "find_for_request", side_effect=ValueError("a bug")):
        response = client.get("/ar/")
    assert response.status_code == 500
    page = html_of(response)
    assert (page.html["lang"], page.html["dir"]) == ("ar", "rtl")
    assert page.h1.get_text(strip=True) == "خطأ في الخادم"


@pytest.mark.django_db
def test_404_keeps_the_site_frame_while_the_database_answers(client, site_tree):
    response = client.get("/fa-af/no-such-page/")
    assert response.status_code == 404
    page = html_of(response)
    assert page.html["dir"] == "rtl"
    assert page.select_one("nav.site-nav") is not None


@pytest.mark.django_db
def test_404_falls_back_to_the_static_page_when_settings_cannot_be_read(client, site_tree):
    with mock.patch.object(BaseSiteSetting, "for_request", side_effect=DOWN):
        response = client.get("/fa-af/no-such-page/")
    assert response.status_code == 404
    page = html_of(response)
    assert (page.html["lang"], page.html["dir"]) == ("fa-af", "rtl")
    assert page.h1.get_text(strip=True) == "صفحه پیدا نشد"


@pytest.mark.django_db
def test_static_error_pages_make_no_query(rf, django_assert_num_queries):
    for status in (404, 500, 503):
        with django_assert_num_queries(0):
            response = static_error_page(rf.get("/ps/issues/1/"), status)
        assert response.status_code == status
        assert response["Content-Language"] == "ps"
