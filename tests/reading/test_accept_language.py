"""Readers whose browsers name Pashto, Dari or Arabic with other codes land on their language."""

from __future__ import annotations

import pytest

from csrs.accept_language import normalise_accept_language

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("prs", "fa-af"),  # Windows' Dari
        ("prs-AF", "fa-af"),
        ("prs-AF,en;q=0.5", "fa-af"),
        ("de,prs;q=0.8", "fa-af"),  # German is not offered: the next choice wins
        ("fa-AF", "fa-af"),
        ("ps-AF", "ps"),
        ("pbt-AF", "ps"),
        ("ar-EG", "ar"),
        ("ar-SA,en;q=0.5", "ar"),
        ("en-US", "en"),
        ("de", "en"),  # nothing we publish in: English, the default
    ],
)
def test_the_root_sends_each_browser_to_its_language(client, site_tree, header, language):
    response = client.get("/", headers={"accept-language": header})
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"


def test_only_whole_language_tags_are_rewritten():
    assert normalise_accept_language("press, prs-AF;q=0.9") == "press,fa-af;q=0.9"
    assert normalise_accept_language("en-US") == "en-US"
