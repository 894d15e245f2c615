"""Image uploads through the Wagtail admin: wrong types, oversized files and pixel bombs are
refused with a clear error, and nothing is saved.

The allowed-types test needs base.py's ``from .security import *`` (WAGTAILIMAGES_EXTENSIONS).
"""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

ADD = "wagtailimages:add"


def png(width: int = 8, height: int = 8) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), "white").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name: str, content: bytes, content_type: str = "image/png"):
    file = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(reverse(ADD), {"title": name, "file": file})


def form_errors(response) -> str:
    form = response.context["form"]
    return " ".join(str(error) for error in form.errors.get("file", []))


@pytest.mark.django_db
def test_a_small_png_is_accepted(admin_client):
    response = upload(admin_client, "ok.png", png())
    assert response.status_code == 302
    assert get_image_model().objects.count() == 1


def test_only_raster_types_are_allowed():
    assert set(settings.WAGTAILIMAGES_EXTENSIONS) == {"gif", "jpg", "jpeg", "png", "webp"}
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS <= 50_000_000


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        (
            "logo.svg",
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "image/svg+xml",
        ),
        ("page.html", b"<script>alert(1)</script>", "text/html"),
        ("tool.exe", b"MZ\x90\x00", "application/octet-stream"),
    ],
)
def test_wrong_types_are_refused_clearly(admin_client, name, content, content_type):
    response = upload(admin_client, name, content, content_type)
    assert response.status_code == 200
    errors = form_errors(response)
    assert "Not a supported image format" in errors or "Upload a valid image" in errors
    assert get_image_model().objects.count() == 0


@pytest.mark.django_db
def test_a_disguised_file_is_refused(admin_client):
    response = upload(admin_client, "photo.png", b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    assert "Upload a valid image" in form_errors(response) or "Not a valid" in form_errors(response)
    assert get_image_model().objects.count() == 0


@pytest.mark.django_db
def test_a_file_over_the_size_limit_is_refused(admin_client, settings):
    content = png(64, 64)
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = len(content) - 1
    response = upload(admin_client, "big.png", content)
    assert response.status_code == 200
    assert "This file is too big" in form_errors(response)
    assert get_image_model().objects.count() == 0


@pytest.mark.django_db
def test_an_image_with_too_many_pixels_is_refused(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100 * 100
    response = upload(admin_client, "wide.png", png(200, 100))
    assert response.status_code == 200
    assert "too many pixels" in form_errors(response)
    assert get_image_model().objects.count() == 0
