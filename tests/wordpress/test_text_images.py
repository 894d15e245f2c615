"""Images inside a post's text (``<img src=…/wp-content/uploads/…>``) become Wagtail images, kept
once each in the image library and reported as not placed in the text (an analysis has no image
block); a missing or broken file is reported and nothing of it is stored."""

from __future__ import annotations

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import translation
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file, get_test_image_file_jpeg
from wagtail.users.models import UserProfile

from issues.importers.wordpress.content import image_sources
from issues.importers.wordpress.run import IMAGE_OUTCOMES
from issues.models import IssuePage, WordPressAttachment

from .helpers import export, run_import

pytestmark = pytest.mark.django_db

SITE = "https://old.csrs.example/wp-content/uploads/2019/03"


def with_images(tmp_path: Path, first: list[str], second: list[str], attach: str = "") -> Path:
    """The English export with images in the text of its two posts (#1546, which already has
    map.png in a caption, and #1550); with
    ``attach`` its attachment is that file instead of the PDF."""
    text = export("english").read_text(encoding="utf-8")

    def tags(names: list[str]) -> str:
        return "".join(f'<p><img class="aligncenter" src="{SITE}/{n}" alt="" /></p>' for n in names)

    text = text.replace(
        "<p>Farmers in three provinces", tags(first) + "<p>Farmers in three provinces", 1
    ).replace(
        "Traders returned to the crossing", tags(second) + "\nTraders returned to the crossing", 1
    )
    if attach:
        text = text.replace(
            "wa-301-en.pdf]]></wp:attachment_url>", f"{attach}]]></wp:attachment_url>"
        )
    path = tmp_path / "with-images.xml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def uploads(tmp_path) -> Path:
    folder = tmp_path / "uploads" / "2019" / "03"
    folder.mkdir(parents=True)
    (folder / "map.png").write_bytes(get_test_image_file(filename="map.png").file.getvalue())
    (folder / "chart.jpg").write_bytes(
        get_test_image_file_jpeg(filename="chart.jpg").file.getvalue()
    )
    (folder / "wa-301-en.pdf").write_bytes(b"%PDF-1.4\n% an original edition\n")
    return tmp_path / "uploads"


def media_images(settings) -> list[str]:
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def test_images_in_the_text_are_kept_once_each_and_not_placed(archive, uploads, tmp_path):
    path = with_images(tmp_path, ["map.png", "chart.jpg"], ["map.png"])
    report = run_import(path, "en", uploads_dir=uploads)
    assert not report.failed, report.as_data()
    posts = {p.post_id: p for p in report.posts}
    assert [(i["file"], i["outcome"]) for i in posts[1546].images] == [
        ("map.png", "kept"),
        ("chart.jpg", "kept"),
    ]
    assert posts[1546].image_lines()[0] == (
        "map.png",
        "kept in the image library, not placed in the text",
    )
    assert "image" not in posts[1546].dropped  # reported one by one instead
    images = get_image_model().objects.order_by("title")
    # map.png is in both posts: one image.
    assert [(i.title, i.width > 0) for i in images] == [
        ("301 (en) chart.jpg", True),
        ("301 (en) map.png", True),
    ]
    assert all(image.file_hash for image in images)
    issue = IssuePage.objects.get(number=301).get_latest_revision_as_object()
    stored = json.dumps(issue.analyses_en.get_prep_value())
    assert "<img" not in stored and "map.png" not in stored
    # Importing again keeps the two images.
    again = run_import(path, "en", uploads_dir=uploads)
    assert set(again.counts()) <= {"unchanged", "skipped"}
    assert get_image_model().objects.count() == 2


def test_an_image_attached_and_in_the_text_is_one_image(archive, uploads, tmp_path):
    path = with_images(tmp_path, ["map.png"], [], attach="map.png")
    run_import(path, "en", uploads_dir=uploads)
    image = get_image_model().objects.get()
    assert WordPressAttachment.objects.get(attachment_id=1547).image == image


def test_the_dry_run_reports_each_image_and_stores_none(archive, uploads, tmp_path, settings):
    path = with_images(tmp_path, ["map.png"], ["chart.jpg", "gone.png"])
    out = StringIO()
    call_command(
        "import_wordpress", str(path), "--language", "en", "--dry-run", "--uploads", str(uploads),
        "--no-progress", stdout=out,
    )  # fmt: skip
    printed = out.getvalue()
    assert "image map.png: kept in the image library, not placed in the text" in printed
    assert "image chart.jpg: kept in the image library, not placed in the text" in printed
    assert "image gone.png: not kept: the file is not in the uploads folder" in printed
    assert not get_image_model().objects.exists() and media_images(settings) == []
    assert not IssuePage.objects.exists()


def test_a_missing_or_broken_image_is_reported_and_nothing_of_it_stored(
    archive, uploads, tmp_path, settings
):
    folder = uploads / "2019" / "03"
    whole = (folder / "map.png").read_bytes()
    (folder / "cut.png").write_bytes(whole[: len(whole) // 2])  # truncated
    (folder / "map.png").unlink()  # the caption's image is missing too
    (folder / "letter.jpg").write_text("Dear editor, this is not a picture.", encoding="utf-8")
    path = with_images(tmp_path, ["gone.png", "cut.png"], ["letter.jpg"])
    out = StringIO()
    call_command(
        "import_wordpress", str(path), "--language", "en", "--uploads", str(uploads), "--json",
        stdout=out,
    )  # fmt: skip
    data = json.loads(out.getvalue())
    posts = {p["post_id"]: p for p in data["posts"]}
    assert [(i["file"], i["outcome"]) for i in posts[1546]["images"]] == [
        ("map.png", "missing"),
        ("gone.png", "missing"),
        ("cut.png", "unreadable"),
    ]
    assert [(i["file"], i["outcome"]) for i in posts[1550]["images"]] == [
        ("letter.jpg", "unreadable"),
    ]
    # Nothing partial: no image rows, no files; the issue itself is imported.
    assert not get_image_model().objects.exists()
    assert media_images(settings) == []
    assert IssuePage.objects.filter(number=301).exists()
    assert posts[1546]["outcome"] == "imported"


def test_without_the_uploads_folder_or_from_another_site_images_are_reported(archive, tmp_path):
    path = with_images(tmp_path, ["map.png"], [])
    text = path.read_text(encoding="utf-8").replace(
        'alt="" /></p>',
        'alt="" /><img src="https://maps.example/tiles/kabul.png"></p>',
        1,
    )
    path.write_text(text, encoding="utf-8")
    report = run_import(path, "en", dry_run=True)
    post = next(p for p in report.posts if p.post_id == 1546)
    assert [(i["file"], i["outcome"]) for i in post.images] == [
        ("map.png", "not_copied"),
        ("kabul.png", "not_copied"),
    ]
    report = run_import(path, "en", uploads_dir=tmp_path)
    post = next(p for p in report.posts if p.post_id == 1546)
    assert [(i["file"], i["outcome"]) for i in post.images] == [
        ("map.png", "missing"),
        ("kabul.png", "external"),
    ]
    assert not get_image_model().objects.exists()


def test_image_sources_are_read_in_order_once_each_captions_included():
    content = (
        '<p><img data-src="lazy.png" src="/wp-content/uploads/a.png"></p>'
        "[caption id=\"x\"]<IMG SRC='/wp-content/uploads/b&amp;c.jpg'> A map[/caption]"
        '<p><img src="/wp-content/uploads/a.png"><img alt="no source"></p>'
    )
    assert image_sources(content) == ["/wp-content/uploads/a.png", "/wp-content/uploads/b&c.jpg"]
    assert image_sources("<p>No pictures here.</p>") == []


@pytest.mark.parametrize("code", ["ar", "ps", "fa-af"])
def test_the_admin_report_says_what_became_of_each_image_in_the_editors_language(
    admin_client, admin_user, archive, uploads, tmp_path, settings, code
):
    settings.WORDPRESS_UPLOADS_DIR = str(uploads)
    path = with_images(tmp_path, ["map.png"], [])
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = code
    profile.save()
    upload = SimpleUploadedFile("export.xml", path.read_bytes(), "text/xml")
    html = admin_client.post(
        "/admin/issues/import/wordpress/", {"language": "en", "export": upload}
    ).content.decode()
    with translation.override(code):
        kept = str(IMAGE_OUTCOMES["kept"])
    assert kept != "kept in the image library, not placed in the text"  # translated
    assert f"<bdi>map.png</bdi>: {escape(kept)}" in html
    assert not get_image_model().objects.exists()  # the preview stored nothing
