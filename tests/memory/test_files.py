"""TMX, TBX and CSV: round trips read back with translate-toolkit; bad files write nothing."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from translate.storage import tbx, tmx

from issues.memory import glossary, store
from issues.memory import tmx as memory_tmx
from issues.memory.files import FileRefused
from issues.models import GlossaryTerm, MemoryEntry

pytestmark = pytest.mark.django_db


def remember(pairs):
    store.save_entries(
        [
            store.entry_values("en", "ps", store.Pair(s, ""), store.Pair(t, ""), origin="tmx")
            for s, t in pairs
        ]
    )


PAIRS = [
    ("The border reopened on Monday.", "پوله د دوشنبې په ورځ پرانیستل شوه."),
    ("Talks resumed in Doha.", "خبرې په دوحه کې بیا پیل شوې."),
]


def tmx_file(units: list[dict[str, str]], srclang: str = "en") -> bytes:
    body = "".join(
        "<tu>"
        + "".join(f'<tuv xml:lang="{lang}"><seg>{text}</seg></tuv>' for lang, text in u.items())
        + "</tu>"
        for u in units
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="{srclang}" '
        f'adminlang="en" segtype="sentence" datatype="PlainText" o-tmf="x" creationtool="t" '
        f'creationtoolversion="1"/><body>{body}</body></tmx>'
    ).encode()


def test_tmx_export_reads_back_with_translate_toolkit():
    remember(PAIRS)
    data = memory_tmx.export_memory(*_languages("en", "ps"))
    read = tmx.tmxfile.parsestring(data)
    assert sorted((u.source, u.target) for u in read.units) == sorted(PAIRS)


def _languages(*codes):
    from csrs import languages

    return [languages.get_language(code) for code in codes]


def test_tmx_import_adds_regional_codes_and_reports_what_is_known():
    remember(PAIRS[:1])
    data = tmx_file(
        [
            {"en-US": PAIRS[0][0], "ps-AF": PAIRS[0][1]},
            {
                "en-US": "Wheat prices rose.",
                "ps-AF": "د غنمو بیې لوړې شوې.",
                "ar": "ارتفعت أسعار القمح.",
            },
        ],
        srclang="en-US",
    )
    report = memory_tmx.import_memory(data)
    assert report.added == {"en→ps": 1, "en→ar": 1} and report.known == 1
    assert MemoryEntry.objects.filter(target_language="ar", origin="tmx").count() == 1


def test_a_tmx_round_trip_through_the_commands(tmp_path):
    remember(PAIRS)
    path = tmp_path / "memory.tmx"
    call_command("export_memory", "--source", "en", "--target", "ps", "-o", str(path))
    MemoryEntry.objects.all().delete()
    out = io.StringIO()
    call_command("import_memory", str(path), stdout=out)
    assert "2 added" in out.getvalue()
    assert MemoryEntry.objects.count() == 2


@pytest.mark.parametrize(
    "data, says",
    [
        (b"<tmx><body><tu>", "not well-formed"),
        (
            b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "x"><!ENTITY b "&a;&a;">]>'
            b"<tmx><header srclang='en'/><body>&b;</body></tmx>",
            "entities",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b"<tmx><header srclang='en'/><body><tu><tuv xml:lang='en'><seg>&x;</seg></tuv>"
            b"</tu></body></tmx>",
            "entities",
        ),
        (b"<martif/>", "not a TMX"),
        (tmx_file([{"fa": "سلام", "en": "Hello"}], srclang="fa"), "not one of ours"),
    ],
)
def test_a_bad_tmx_file_is_refused_whole(data, says):
    with pytest.raises(FileRefused) as refused:
        memory_tmx.import_memory(data)
    assert says in " ".join(refused.value.problems)
    assert not MemoryEntry.objects.exists()


def test_one_bad_unit_refuses_the_whole_tmx_file():
    data = tmx_file([{"en": "Good one.", "ps": "ښه."}, {"ps": "بې سرچینې"}])
    with pytest.raises(FileRefused) as refused:
        memory_tmx.import_memory(data)
    assert "Unit 2" in refused.value.problems[0]
    assert not MemoryEntry.objects.exists()
    with pytest.raises(CommandError):
        call_command("import_memory", "/nonexistent/file.tmx")


def kabul():
    return GlossaryTerm.objects.create(
        term_en="Kabul",
        term_ps="کابل",
        term_fa_af="کابل",
        term_ar="كابل",
        forbidden_fa_af="کابول",
        kind="place",
        status="approved",
        note="The capital",
    )


def test_tbx_export_reads_back_with_translate_toolkit_and_imports_again():
    kabul()
    data = glossary.export_tbx(GlossaryTerm.objects.all())
    [unit] = tbx.tbxfile.parsestring(data).units
    assert (unit.source, unit.target) == ("Kabul", "کابل")
    assert "The capital" in unit.getnotes()
    GlossaryTerm.objects.all().delete()
    added, updated = glossary.save_records(glossary.parse_file(data))
    term = GlossaryTerm.objects.get()
    assert (added, updated) == (1, 0)
    assert (term.term_ar, term.forbidden_fa_af, term.kind, term.status) == (
        "كابل",
        "کابول",
        "place",
        "approved",
    )


def test_csv_round_trip_through_the_commands_updates_existing_terms(tmp_path):
    kabul()
    path = tmp_path / "glossary.csv"
    call_command("export_glossary", "--format", "csv", "-o", str(path))
    path.write_text(
        path.read_text(encoding="utf-8").replace("The capital", "Capital city"), encoding="utf-8"
    )
    out = io.StringIO()
    call_command("import_glossary", str(path), stdout=out)
    assert "0 terms added, 1 updated" in out.getvalue()
    assert GlossaryTerm.objects.get().note == "Capital city"


@pytest.mark.parametrize(
    "data, says",
    [
        (b"term,translation\nKabul,x\n", "first line"),
        (
            "kind,status,note,en,ps,fa-af,ar,forbidden:en,forbidden:ps,forbidden:fa-af,forbidden:ar\n"
            "place,approved,,Kabul,کابل,,,,,,\nplanet,approved,,Mars,,,,,,,\n".encode(),
            "unknown kind",
        ),
        ("kind,status,note\n".encode("utf-16"), "UTF-8"),
        (
            b'<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY a "x">]><martif>&a;</martif>',
            "entities",
        ),
    ],
)
def test_a_bad_glossary_file_is_refused_whole(data, says):
    with pytest.raises(FileRefused) as refused:
        glossary.save_records(glossary.parse_file(data))
    assert says in " ".join(refused.value.problems)
    assert not GlossaryTerm.objects.exists()


def test_only_editors_import_files_in_the_admin(client, make_user):
    data = tmx_file([{"en": "Good one.", "ps": "ښه."}])
    client.force_login(make_user("translator", "ps"))
    assert client.get(reverse("csrs_memory_files")).status_code == 200
    upload = io.BytesIO(data)
    upload.name = "m.tmx"
    response = client.post(reverse("csrs_memory_import"), {"file": upload})
    assert response.status_code in (302, 403) and not MemoryEntry.objects.exists()

    client.force_login(make_user("editor"))
    upload = io.BytesIO(data)
    upload.name = "m.tmx"
    assert client.post(reverse("csrs_memory_import"), {"file": upload}).status_code == 302
    assert MemoryEntry.objects.count() == 1
    bad = io.BytesIO(b"<tmx>")
    bad.name = "bad.tmx"
    response = client.post(reverse("csrs_memory_import"), {"file": bad})
    assert response.status_code == 400 and "not well-formed" in response.content.decode()
    export = client.get(reverse("csrs_glossary_export"), {"format": "tbx"})
    assert export.status_code == 200 and b"martif" in export.content
