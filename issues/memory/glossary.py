"""The glossary of names: finding its terms in a piece; CSV and TBX files.

A term is looked for in a piece's source in the source language's approved form, compared the
way search compares text (``issues.search.normalise``), so «كابل» finds «کابل». Only approved
terms count; proposals wait for an editor.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from lxml import etree
from translate.storage import tbx

from csrs import languages
from csrs.languages import Language
from issues.memory.files import FileRefused, check_xml
from issues.search.normalise import normalise, normalise_with_offsets

FORBIDDEN_STATUS = "deprecatedTerm-admn-sts"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass
class TermHit:
    """A glossary term found in a piece's source, at ``start:end`` of the original text."""

    term: object  # GlossaryTerm
    start: int
    end: int
    source_form: str
    target_form: str


def approved_terms() -> list:
    from issues.models import GlossaryTerm

    return list(GlossaryTerm.objects.filter(status=GlossaryTerm.APPROVED))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def find_all(needle: str, haystack: str) -> list[int]:
    """Start positions of ``needle`` in ``haystack`` (both normalised) as a whole word."""
    positions = []
    if not needle:
        return positions
    start = haystack.find(needle)
    while start != -1:
        end = start + len(needle)
        before = haystack[start - 1] if start else " "
        after = haystack[end] if end < len(haystack) else " "
        if not _is_word_char(before) and not _is_word_char(after):
            positions.append(start)
        start = haystack.find(needle, start + 1)
    return positions


def contains(text: str, phrase: str) -> bool:
    """Whether ``phrase`` appears in ``text`` as whole words, spelling variants aside."""
    return bool(find_all(normalise(phrase).strip(), normalise(text)))


def term_hits(text: str, source: Language, target: Language, terms=None) -> list[TermHit]:
    """The approved terms whose ``source`` form appears in ``text``, in order of position."""
    terms = approved_terms() if terms is None else terms
    normalised, offsets = normalise_with_offsets(text)
    hits = []
    for term in terms:
        source_form = term.form_in(source)
        if not source_form:
            continue
        needle = normalise(source_form).strip()
        for start in find_all(needle, normalised):
            end = start + len(needle)
            original_start = offsets[start]
            original_end = offsets[end - 1] + 1
            hits.append(
                TermHit(term, original_start, original_end, source_form, term.form_in(target))
            )
    hits.sort(key=lambda hit: (hit.start, -(hit.end - hit.start)))
    kept: list[TermHit] = []
    for hit in hits:  # overlapping terms: the longer one first found wins
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept


# --- CSV -------------------------------------------------------------------------------------

CSV_FIXED = ("kind", "status", "note")


def csv_header() -> list[str]:
    codes = [lang.code for lang in languages.LANGUAGES]
    return [*CSV_FIXED, *codes, *(f"forbidden:{code}" for code in codes)]


def export_csv(terms) -> bytes:
    """Every term, one a row: kind, status, note, the form per language, forbidden variants
    per language (separated by ``|``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(csv_header())
    for term in terms:
        writer.writerow(
            [
                term.kind,
                term.status,
                term.note,
                *(term.form_in(lang) for lang in languages.LANGUAGES),
                *(" | ".join(term.forbidden_in(lang)) for lang in languages.LANGUAGES),
            ]
        )
    return buffer.getvalue().encode("utf-8")


@dataclass
class TermRecord:
    """A term as read from a file, before it is saved."""

    forms: dict[str, str]
    forbidden: dict[str, list[str]]
    kind: str = "other"
    status: str = "approved"
    note: str = ""


def parse_csv(data: bytes) -> list[TermRecord]:
    from issues.models import GlossaryTerm

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused([_("The CSV file is not in UTF-8: save it as UTF-8.")]) from error
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [cell.strip() for cell in rows[0]] != csv_header():
        raise FileRefused(
            [
                _("The first line must be the columns: %(columns)s")
                % {"columns": ", ".join(csv_header())}
            ]
        )
    kinds = {kind for kind, _label in GlossaryTerm.KINDS}
    statuses = {status for status, _label in GlossaryTerm.STATUSES}
    codes = [lang.code for lang in languages.LANGUAGES]
    records, problems = [], []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(csv_header()):
            problems.append(
                _("Line %(line)s: %(found)s columns instead of %(expected)s.")
                % {"line": line, "found": len(row), "expected": len(csv_header())}
            )
            continue
        values = dict(zip(csv_header(), (cell.strip() for cell in row), strict=True))
        record = TermRecord(
            forms={code: values[code] for code in codes if values[code]},
            forbidden={
                code: [v.strip() for v in values[f"forbidden:{code}"].split("|") if v.strip()]
                for code in codes
            },
            kind=values["kind"] or "other",
            status=values["status"] or "approved",
            note=values["note"],
        )
        problems += _record_problems(record, kinds, statuses, _("Line %(line)s") % {"line": line})
        records.append(record)
    if problems:
        raise FileRefused(problems)
    return records


def _record_problems(record: TermRecord, kinds, statuses, where: str) -> list[str]:
    problems = []
    if not record.forms:
        problems.append(_("%(where)s: the term has no form in any language.") % {"where": where})
    if record.kind not in kinds:
        problems.append(
            _("%(where)s: unknown kind “%(kind)s”.") % {"where": where, "kind": record.kind[:40]}
        )
    if record.status not in statuses:
        problems.append(
            _("%(where)s: unknown status “%(status)s”.")
            % {"where": where, "status": record.status[:40]}
        )
    if any(len(form) > 200 for form in record.forms.values()):
        problems.append(_("%(where)s: a term is longer than 200 characters.") % {"where": where})
    return problems


# --- TBX -------------------------------------------------------------------------------------


def export_tbx(terms, source: Language | None = None) -> bytes:
    """A TBX file written by translate-toolkit: one ``termEntry`` per term, a ``langSet`` per
    language with its approved form and its forbidden variants (``deprecatedTerm``)."""
    source = source or languages.DEFAULT_LANGUAGE
    others = [lang for lang in languages.LANGUAGES if lang.code != source.code]
    store = tbx.tbxfile(sourcelanguage=source.code, targetlanguage=others[0].code)
    for term in terms:
        unit = store.addsourceunit(term.form_in(source))
        unit.target = term.form_in(others[0])
        entry = unit.xmlelement
        for lang_set in list(entry):
            if etree.QName(lang_set).localname == "langSet" and not lang_set.findtext(".//term"):
                entry.remove(lang_set)  # no form in this language: no empty term
        for lang in others[1:]:
            if term.form_in(lang):
                lang_set = etree.SubElement(entry, "langSet", {XML_LANG: lang.code})
                etree.SubElement(etree.SubElement(lang_set, "tig"), "term").text = term.form_in(
                    lang
                )
        for lang in languages.LANGUAGES:
            variants = term.forbidden_in(lang)
            if not variants:
                continue
            lang_set = next(
                (ls for ls in entry.iter("langSet") if ls.get(XML_LANG) == lang.code), None
            )
            if lang_set is None:
                lang_set = etree.SubElement(entry, "langSet", {XML_LANG: lang.code})
            for variant in variants:
                tig = etree.SubElement(lang_set, "tig")
                etree.SubElement(tig, "term").text = variant
                note = etree.SubElement(tig, "termNote", type="administrativeStatus")
                note.text = FORBIDDEN_STATUS
        etree.SubElement(entry, "descrip", type="subjectField").text = term.kind
        etree.SubElement(entry, "descrip", type="csrsStatus").text = term.status
        if term.note:
            unit.addnote(term.note, origin="translator")
    return bytes(store)


def parse_tbx(data: bytes) -> list[TermRecord]:
    from issues.models import GlossaryTerm

    check_xml(data, "martif")
    try:
        store = tbx.tbxfile.parsestring(data)
    except Exception as error:  # the toolkit raises several kinds for a broken file
        raise FileRefused(
            [_("The TBX file could not be read: %(detail)s") % {"detail": str(error)[:200]}]
        ) from error
    kinds = {kind for kind, _label in GlossaryTerm.KINDS}
    statuses = {status for status, _label in GlossaryTerm.STATUSES}
    records, problems = [], []
    for position, unit in enumerate(store.units, start=1):
        entry = unit.xmlelement
        record = TermRecord(forms={}, forbidden={})
        for lang_set in entry.iter("{*}langSet", "langSet"):
            code = (lang_set.get(XML_LANG) or "").replace("_", "-").lower()
            language = languages.BY_CODE.get(code)
            if language is None:
                problems.append(
                    _("Term %(n)s: unknown language “%(code)s”.") % {"n": position, "code": code}
                )
                continue
            for tig in lang_set.iter("{*}tig", "tig"):
                text = (tig.findtext("{*}term") or tig.findtext("term") or "").strip()
                status = "".join(tig.itertext()).replace(text, "", 1).strip()
                if not text:
                    continue
                if status == FORBIDDEN_STATUS:
                    record.forbidden.setdefault(language.code, []).append(text)
                elif language.code not in record.forms:
                    record.forms[language.code] = text
        for descrip in entry.iter("{*}descrip", "descrip"):
            if descrip.get("type") == "subjectField":
                record.kind = (descrip.text or "").strip() or "other"
            elif descrip.get("type") == "csrsStatus":
                record.status = (descrip.text or "").strip() or "approved"
        record.note = unit.getnotes() or ""
        problems += _record_problems(record, kinds, statuses, _("Term %(n)s") % {"n": position})
        records.append(record)
    if problems:
        raise FileRefused(problems)
    return records


def parse_file(data: bytes) -> list[TermRecord]:
    """Read a CSV or TBX file completely (validated, nothing saved)."""
    head = data[:200].lstrip(b"\xef\xbb\xbf \r\n\t")
    return parse_tbx(data) if head.startswith(b"<") else parse_csv(data)


def _find_existing(record: TermRecord):
    from issues.models import GlossaryTerm

    for language in languages.LANGUAGES:
        form = record.forms.get(language.code)
        if form:
            found = GlossaryTerm.objects.filter(**{language.field("term"): form}).first()
            if found is not None:
                return found
    return None


def save_records(records: list[TermRecord]) -> tuple[int, int]:
    """Add or update terms (a term is the same when a form in any language is the same), in
    one transaction. Returns (added, updated)."""
    from issues.models import GlossaryTerm

    added = updated = 0
    with transaction.atomic():
        for record in records:
            term = _find_existing(record)
            if term is None:
                term = GlossaryTerm()
                added += 1
            else:
                updated += 1
            for language in languages.LANGUAGES:
                if language.code in record.forms:
                    setattr(term, language.field("term"), record.forms[language.code])
                if record.forbidden.get(language.code):
                    setattr(
                        term,
                        language.field("forbidden"),
                        "\n".join(record.forbidden[language.code]),
                    )
            term.kind, term.status, term.note = record.kind, record.status, record.note
            term.save()
    return added, updated
