"""The benchmark floor view is hidden by default; the issue page is light for each language."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from csrs import benchmark_floor, languages
from tests.factories import build_issue

WEIGHT_LIMIT = 150 * 1024  # bytes, compressed: HTML + CSS + the language's fonts


def test_floor_is_not_routed_without_the_environment_variable(client, monkeypatch, db):
    monkeypatch.delenv(benchmark_floor.ENV_VARIABLE, raising=False)
    assert benchmark_floor.urlpatterns() == []
    assert client.get("/bench/floor").status_code in (301, 302, 404)


def test_floor_is_routed_for_the_benchmark(rf, monkeypatch):
    monkeypatch.setenv(benchmark_floor.ENV_VARIABLE, "1")
    (pattern,) = benchmark_floor.urlpatterns()
    assert pattern.pattern.match("bench/floor")
    assert pattern.callback(rf.get("/bench/floor")).content == benchmark_floor.BODY


def compressed(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=6))


@pytest.mark.parametrize("code", languages.CODES)
def test_a_long_issue_page_with_its_css_and_fonts_weighs_under_150_kb(client, archive, code):
    build_issue(archive, number=620, analyses=3, sections=6, references=15, codes=languages.CODES)
    html = client.get(f"/{code}/issues/620/").content
    # No JavaScript is needed to read: besides the JSON-LD data block, the only script is the
    # newsletter form's small file (deferred; it fetches a CSRF token on submit), counted below.
    scripts = re.findall(rb"<script(?![^>]*application/ld\+json)[^>]*>", html)
    assert [re.search(rb'src="([^"]+)"', tag).group(1) for tag in scripts] == [
        (settings.STATIC_URL + "js/newsletter-subscribe.js").encode()
    ]
    total = compressed(html)
    total += compressed(Path(finders.find("js/newsletter-subscribe.js")).read_bytes())
    for href in re.findall(rb'<link rel="stylesheet" href="([^"]+)"', html):
        href = href.decode()
        if href.startswith(settings.STATIC_URL):
            total += compressed(Path(finders.find(href[len(settings.STATIC_URL) :])).read_bytes())
        else:  # /fonts.css, written by a view
            total += compressed(client.get(href).content)
    for face in languages.get_language(code).font_faces:
        total += compressed(Path(finders.find(face.path)).read_bytes())
    assert total < WEIGHT_LIMIT, f"{code}: {total} bytes"
