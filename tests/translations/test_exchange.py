"""XLIFF/PO export and import: round trips, refusals that leave the database untouched."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.core.management.base import CommandError
from lxml import etree
from translate.storage import pypo, xliff, xliff2

from csrs import languages
from issues.models import IssuePage, TranslationStatus
from issues.translations import export, importer, markup
from issues.translations.errors import TranslationFileError
from issues.workflow import actions
from tests.factories import build_issue

RICH = (
    '<p data-block-key="k1">Trade <b>doubled</b> and <i>prices</i> fell, see '
    '<a href="https://example.org/report?a=1&amp;b=2">the report</a>.</p>'
)


@pytest.fixture
def issue(archive):
    issue = build_issue(archive, number=77, codes=("en",))
    latest = issue.get_latest_revision_as_object()
    raw = list(latest.analyses_en.get_prep_value())
    raw[0]["value"]["introduction"] = RICH
    actions.apply_language_fields(issue, languages.ENGLISH, {"analyses": raw}, _superuser())
    return IssuePage.objects.get(pk=issue.pk)


def _superuser():
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username="root", is_superuser=True)
    return user


def snapshot(issue):
    """Everything an import could write."""
    from wagtail.models import Revision

    return (
        Revision.objects.filter(object_id=str(issue.pk)).count(),
        list(TranslationStatus.objects.values_list("language", "state")),
        IssuePage.objects.get(pk=issue.pk).latest_revision_id,
    )


def fill(data: bytes, format: str, translate) -> bytes:
    """Fill every unit's target with translate-toolkit's own parsers (an independent reader)."""
    if format == "po":
        store = pypo.pofile.parsestring(data)
        for unit in store.units:
            if not unit.isheader():
                parts = re.split(r"(\{/?\d+/?\})", unit.source)
                unit.target = "".join(p if p.startswith("{") else translate(p) for p in parts)
        return bytes(store)
    store = (xliff.xlifffile if format == "xliff12" else xliff2.Xliff2File).parsestring(data)
    for unit in store.units:
        unit.target = ""
        target = unit.target_dom
        source = unit.source_dom
        target.text = translate(source.text or "")
        for child in source:
            copy = etree.fromstring(etree.tostring(child))
            for node in copy.iter():
                node.text = translate(node.text) if node.text else None
                if node is not copy:
                    node.tail = translate(node.tail) if node.tail else None
            copy.tail = translate(copy.tail) if copy.tail else None
            target.append(copy)
    return bytes(store)


def marker(code):
    return lambda text: f"[{code}]{text}" if text.strip() else text


@pytest.mark.parametrize("code", ["ps", "fa-af", "ar"])
@pytest.mark.parametrize("format", ["xliff12", "xliff20", "po"])
def test_round_trip_puts_translation_on_page_with_markup_and_links(issue, make_user, code, format):
    language = languages.get_language(code)
    translator = make_user("translator", code)
    data = export.export_issue(issue, language, format, translator)
    filled = fill(data, format, marker(code))
    preview = importer.prepare(filled, translator, language=language, issue=issue)
    assert preview.changes and not preview.stale
    importer.apply(preview, translator)
    latest = actions.latest_content(issue)
    assert latest.title_en == IssuePage.objects.get(pk=issue.pk).title_en
    assert getattr(latest, language.field("title")).startswith(f"[{code}]")
    intro = str(getattr(latest, language.field("analyses"))[0].value["introduction"].source)
    assert 'href="https://example.org/report?a=1&amp;b=2"' in intro
    assert f"<b>[{code}]doubled</b>" in intro and "<i>" in intro
    refs = getattr(latest, language.field("references"))
    assert refs[0].value["url"] == "https://example.org/source-1"
    assert actions.status_for(issue, language).state == "submitted"
    editor = make_user("editor")
    actions.transition(issue, language, "approve", editor)
    actions.publish_language(issue, language, editor)
    assert f"[{code}]doubled".encode() in _page(issue, code)


def _page(issue, code):
    from django.test import Client

    page = IssuePage.objects.get(pk=issue.pk)
    return Client().get(page.get_url().replace("/en/", f"/{code}/", 1) or "/").content


def test_export_has_stable_ids_context_and_protected_codes(issue):
    data = export.export_issue(issue, languages.PASHTO, "xliff12")
    store = xliff.xlifffile.parsestring(data)
    ids = [unit.getid().split("\x04")[-1] for unit in store.units]
    assert ids[:2] == ["title", "standfirst"]
    assert any(i.startswith("analyses/") and i.endswith("/introduction") for i in ids)
    assert any("/sections/" in i and i.endswith("/heading") for i in ids)
    assert b"example.org/report" not in data  # the link's address never leaves the CMS
    assert b'<g id="3">' in data
    root = etree.fromstring(data)
    assert root.get("version") == "1.2"
    assert root.nsmap[None] == "urn:oasis:names:tc:xliff:document:1.2"
    again = export.export_issue(issue, languages.PASHTO, "xliff12")
    assert again == data


def test_xliff2_is_valid_structure(issue):
    data = export.export_issue(issue, languages.ARABIC, "xliff20")
    root = etree.fromstring(data)
    ns = "{urn:oasis:names:tc:xliff:document:2.0}"
    assert root.get("version") == "2.0" and root.get("trgLang") == "ar"
    units = root.findall(f"{ns}file/{ns}unit")
    assert units and all(u.find(f"{ns}segment/{ns}source") is not None for u in units)
    assert root.find(f".//{ns}pc") is not None


def _refused(issue, user, data, language=languages.PASHTO):
    before = snapshot(issue)
    with pytest.raises(TranslationFileError) as caught:
        preview = importer.prepare(data, user, language=language, issue=issue)
        importer.apply(preview, user)
    assert snapshot(issue) == before
    return caught.value.errors


def test_malformed_truncated_and_huge_files_are_refused(issue, make_user):
    translator = make_user("translator", "ps")
    good = fill(export.export_issue(issue, languages.PASHTO, "xliff12"), "xliff12", marker("ps"))
    assert "well-formed" in str(_refused(issue, translator, good[: len(good) // 2])[0])
    assert "well-formed" in str(_refused(issue, translator, b"<xliff><file>")[0])
    po = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    cut = po[: po.rindex(b"msgctxt")]
    assert "incomplete" in str(_refused(issue, translator, cut)[0])
    huge = good + b"<!--" + b"x" * importer.MAX_FILE_BYTES + b"-->"
    assert "5 MB" in str(_refused(issue, translator, huge)[0])


def test_wrong_language_unknown_id_and_tampered_placeholders(issue, make_user):
    translator = make_user("translator", "ps")
    dari = fill(export.export_issue(issue, languages.DARI, "po"), "po", marker("x"))
    assert "fa-af" in str(_refused(issue, translator, dari)[0])
    po = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    unknown = po.replace(b'msgctxt "title"', b'msgctxt "analyses/nope/title"')
    assert _refused(issue, translator, unknown)[0].unit_id == "analyses/nope/title"
    tampered = edit_target(po, "/introduction", lambda t: t.replace("{/2}", "", 1))
    error = _refused(issue, translator, tampered)[0]
    assert error.unit_id.endswith("/introduction") and "placeholders" in error.reason
    swapped = edit_target(po, "/introduction", lambda t: t.replace("{2}", "{9}"))
    assert "placeholders" in _refused(issue, translator, swapped)[0].reason
    reparented = edit_target(
        po, "/introduction", lambda t: "{2}x{/2}" + t.replace("{2}", "").replace("{/2}", "")
    )
    assert "placeholders" in _refused(issue, translator, reparented)[0].reason
    outside = edit_target(po, "/introduction", lambda t: "loose text " + t)
    assert "outside" in _refused(issue, translator, outside)[0].reason
    script = edit_target(po, "standfirst", lambda t: "<script>x</script>" + t)
    assert "Markup" in _refused(issue, translator, script)[0].reason
    long = edit_target(po, "standfirst", lambda t: "a" * 20_001)
    assert "20000" in _refused(issue, translator, long)[0].reason


def edit_target(po: bytes, id_suffix: str, change) -> bytes:
    store = pypo.pofile.parsestring(po)
    for unit in store.units:
        if not unit.isheader() and unit.getcontext().endswith(id_suffix):
            unit.target = change(unit.target)
    return bytes(store)


def test_errors_are_in_the_users_language(issue, make_user):
    from django.utils import translation

    translator = make_user("translator", "ps")
    with translation.override("ps"):
        errors = _refused(issue, translator, b"<xliff>")
    assert "well-formed" not in errors[0].reason


def test_units_whose_source_changed_are_flagged_not_applied(issue, make_user):
    translator = make_user("translator", "ps")
    data = fill(export.export_issue(issue, languages.PASHTO, "xliff12"), "xliff12", marker("ps"))
    actions.apply_language_fields(
        issue, languages.ENGLISH, {"standfirst": "A changed standfirst"}, _superuser()
    )
    preview = importer.prepare(data, translator)
    assert [change.unit_id for change in preview.stale] == ["standfirst"]
    importer.apply(preview, translator)
    latest = actions.latest_content(issue)
    assert not latest.standfirst_ps
    assert latest.title_ps.startswith("[ps]")


def test_flagged_units_applied_when_confirmed(issue, make_user):
    translator = make_user("translator", "ps")
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    actions.apply_language_fields(issue, languages.ENGLISH, {"standfirst": "New"}, _superuser())
    importer.apply(importer.prepare(data, translator), translator, apply_stale=True)
    assert actions.latest_content(issue).standfirst_ps.startswith("[ps]")


def test_only_translators_of_the_language_may_import_and_editors_export(issue, make_user):
    data = fill(export.export_issue(issue, languages.PASHTO, "po"), "po", marker("ps"))
    dari_translator = make_user("translator", "fa-af")
    before = snapshot(issue)
    with pytest.raises(PermissionDenied):
        importer.prepare(data, dari_translator)
    assert snapshot(issue) == before
    from django.contrib.auth import get_user_model

    outsider = get_user_model().objects.create_user("outsider", "o@example.org", "pw")
    with pytest.raises(PermissionDenied):
        export.export_issue(issue, languages.PASHTO, "po", outsider)
    editor = make_user("editor")
    importer.apply(importer.prepare(data, editor), editor)
    assert actions.status_for(issue, languages.PASHTO).state == "submitted"


def test_zip_export_of_several_issues(issue, archive):
    other = build_issue(archive, number=78, codes=("en",))
    name, data = export.export_issues([issue, other], languages.ARABIC, "po")
    assert name.endswith(".zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive_file:
        names = sorted(archive_file.namelist())
        assert names == ["issue-77-ar.po", "issue-78-ar.po"]
        store = pypo.pofile.parsestring(archive_file.read(names[1]))
        assert store.parseheader()["X-CSRS-Issue"] == str(other.pk)


def test_commands_exit_codes(issue, make_user, tmp_path):
    make_user("translator", "ps")
    out = tmp_path / "issue.po"
    call_command(
        "export_translations",
        "--issue",
        "77",
        "--language",
        "ps",
        "--format",
        "po",
        "--output",
        str(out),
    )
    filled = tmp_path / "filled.po"
    filled.write_bytes(fill(out.read_bytes(), "po", marker("ps")))
    before = snapshot(issue)
    call_command("import_translations", str(filled), "--user", "translator-ps", "--dry-run")
    assert snapshot(issue) == before
    call_command("import_translations", str(filled), "--user", "translator-ps")
    assert actions.latest_content(issue).title_ps.startswith("[ps]")
    bad = tmp_path / "bad.po"
    bad.write_bytes(b'msgid "x"\nmsgstr "')
    with pytest.raises(CommandError) as caught:
        call_command("import_translations", str(bad), "--user", "translator-ps")
    assert caught.value.returncode == 1
    with pytest.raises(CommandError) as caught:
        call_command("import_translations", str(filled), "--user", "nobody")
    assert caught.value.returncode == 2
    with pytest.raises(CommandError):
        call_command("export_translations", "--issue", "999", "--language", "ps")


def test_markup_codes_round_trip_and_reject_reparenting():
    segment, skeleton = markup.rich_text_segment(RICH)
    assert markup.segment_to_html(segment, skeleton) == RICH
    moved = markup.from_po("{1}x{/1}{2}y{/2}")
    with pytest.raises(markup.MarkupError):
        markup.check_codes(moved, skeleton)
