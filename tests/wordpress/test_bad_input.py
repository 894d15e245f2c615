"""Bad exports get a clear report and write nothing."""

from __future__ import annotations

import pytest

from issues.models import LegacyRedirect, WordPressPost
from tests.backcatalogue.helpers import snapshot

from .helpers import export, run_import

pytestmark = pytest.mark.django_db

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>
<item><title>&lol3;</title></item></channel></rss>
"""


def bad_file(tmp_path, name: str) -> bytes:
    english = export("english").read_bytes()
    return {
        "not_wxr": b"<html><body><p>A saved web page, not an export.</p></body></html>",
        "plain_rss": b'<?xml version="1.0"?><rss><channel><item><title>x</title></item>'
        b"</channel></rss>",
        # cut after the first complete issue's posts: nothing of it may be written
        "truncated": english[: english.index(b"<wp:post_id>1560</wp:post_id>")],
        "latin1": english.replace(
            b"Rivers without a treaty", "Rivières sans traité".encode("latin-1")
        ),
        "billion_laughs": BILLION_LAUGHS.encode(),
        "empty": b"",
    }[name]


@pytest.mark.parametrize(
    ("name", "code", "words"),
    [
        ("not_wxr", "not_wxr", "not a WordPress export"),
        ("plain_rss", "not_wxr", "not a WordPress export"),
        ("truncated", "malformed", "ends too early"),
        ("latin1", "encoding", "UTF-8"),
        ("billion_laughs", "entities", "billion laughs"),
        ("empty", "malformed", ""),
    ],
)
def test_bad_exports_are_refused_whole_with_a_clear_reason(archive, tmp_path, name, code, words):
    path = tmp_path / f"{name}.xml"
    path.write_bytes(bad_file(tmp_path, name))
    before = snapshot()
    report = run_import(path, "en")
    assert report.error_code == code, report.error
    assert words in report.error and path.name in report.error
    assert report.posts == []
    assert snapshot() == before
    assert not WordPressPost.objects.exists() and not LegacyRedirect.objects.exists()


def test_a_post_without_a_number_is_reported_and_the_others_imported(archive):
    report = run_import("english", "en")
    skipped = [p for p in report.posts if p.reason == "no_number"]
    assert [p.post_id for p in skipped] == [1580]
    assert not WordPressPost.objects.filter(post_id=1580).exists()
