"""The cover carries the publication's logo from Publication settings."""

from __future__ import annotations

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Site

from csrs import languages
from issues.models import PublicationSettings
from issues.pdf.render import render_issue_pdf
from tests.pdf.conftest import create_issue, read_pdf

pytestmark = pytest.mark.django_db


def test_the_cover_shows_the_logo_set_in_publication_settings(archive):
    buffer = io.BytesIO()
    PILImage.new("RGB", (300, 90), (11, 61, 92)).save(buffer, "PNG")
    logo = Image.objects.create(title="CSRS logo", file=ImageFile(buffer, name="logo.png"))
    settings = PublicationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.logo = logo
    settings.save()
    issue = create_issue(archive, 495, ("ar",), publish=True)

    cover = read_pdf(render_issue_pdf(issue, languages.ARABIC)).pages[0]
    images = [
        xobject
        for xobject in cover["/Resources"].get("/XObject", {}).values()
        if xobject.get_object()["/Subtype"] == "/Image"
    ]
    assert len(images) == 1
