"""Reading and writing the three file formats with translate-toolkit (lxml for inline codes).

Every format carries: the issue (XLIFF ``<file original|id="issue-N">``, PO header
``X-CSRS-Issue``), source and target languages, per unit its id, context note, source, target
and a hash of the source text (note ``source-hash:…`` / PO comment), and for PO the number of
units (``X-CSRS-Units``), so a truncated file is recognised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError
from defusedxml.ElementTree import fromstring as defused_fromstring
from lxml import etree
from translate.storage import pypo, xliff, xliff2

from issues.translations import markup

FORMATS = {"xliff12": ".xlf", "xliff20": ".xlf", "po": ".po"}
HASH_PREFIX = "source-hash:"
ISSUE_PREFIX = "issue-"
# Inline codes per format: (paired element, standalone element).
INLINE = {"xliff12": ("g", "x"), "xliff20": ("pc", "ph")}


@dataclass
class FileUnit:
    """A unit as read from a file."""

    id: str
    source: list
    target: list | None  # None: no target (untranslated)
    source_hash: str = ""


@dataclass
class ParsedFile:
    format: str
    issue_id: int | None
    source_language: str
    target_language: str
    units: list[FileUnit] = field(default_factory=list)
    declared_count: int | None = None


class Xliff12File(xliff.xlifffile):
    """translate-toolkit's XLIFF writer, declaring version 1.2 (it writes 1.1 by default)."""

    XMLskeleton = xliff.xlifffile.XMLskeleton.replace("1.1", "1.2")
    namespace = "urn:oasis:names:tc:xliff:document:1.2"


def _file_element(store):
    root = store.document.getroot()
    return next(child for child in root if etree.QName(child).localname == "file")


@dataclass
class Suggestion:
    """A translation-memory match offered with an untranslated unit (XLIFF 1.2 ``alt-trans``,
    PO fuzzy target with its previous source); XLIFF 2.0 files carry none."""

    source: str
    target: str
    score: int


def write(
    format: str,
    issue_id: int,
    source: str,
    target: str,
    units,
    *,
    suggestions: dict[str, Suggestion] | None = None,
    needs_review: set[str] | frozenset = frozenset(),
) -> bytes:
    """Serialise ``units`` (``units.Unit``) as ``format``.

    ``suggestions`` (unit id → best memory match) are offered with untranslated units;
    ``needs_review`` units (filled from the memory, not yet approved) are marked for review.
    """
    suggestions = suggestions or {}
    if format == "po":
        return _write_po(issue_id, source, target, units, suggestions, needs_review)
    store = Xliff12File(sourcelanguage=source) if format == "xliff12" else None
    if store is None:
        store = xliff2.Xliff2File(sourcelanguage=source)
    store.settargetlanguage(target)
    paired, standalone = INLINE[format]
    for unit in units:
        file_unit = store.addsourceunit("")
        file_unit.setid(unit.id)
        markup.fill_element(file_unit.source_dom, unit.source_segment, paired, standalone)
        if unit.target_value:
            file_unit.target = ""
            markup.fill_element(file_unit.target_dom, unit.target_segment, paired, standalone)
            if unit.id in needs_review:
                file_unit.target_dom.set("state", "needs-review-translation")
        elif unit.id in suggestions and format == "xliff12":
            match = suggestions[unit.id]
            file_unit.addalttrans(
                match.target,
                origin="csrs-memory",
                lang=target,
                sourcetxt=match.source,
                matchquality=str(match.score),
            )
        file_unit.addnote(unit.context, origin="developer")
        file_unit.addnote(f"{HASH_PREFIX}{unit.source_hash}", origin="developer")
    file_element = _file_element(store)
    if format == "xliff12":
        file_element.set("original", f"{ISSUE_PREFIX}{issue_id}")
        file_element.set("datatype", "html")
    else:
        file_element.set("id", f"{ISSUE_PREFIX}{issue_id}")
    return bytes(store)


def _write_po(
    issue_id: int, source: str, target: str, units, suggestions=None, needs_review=frozenset()
) -> bytes:
    store = pypo.pofile()
    store.updateheader(
        add=True,
        Language=target,
        X_CSRS_Issue=str(issue_id),
        X_CSRS_Source_Language=source,
        X_CSRS_Units=str(len(units)),
        Content_Type="text/plain; charset=UTF-8",
    )
    for unit in units:
        po_unit = store.addsourceunit(markup.to_po(unit.source_segment))
        po_unit.setcontext(unit.id)
        po_unit.addnote(unit.context, origin="developer")
        po_unit.addnote(f"{HASH_PREFIX}{unit.source_hash}", origin="developer")
        if unit.target_value:
            po_unit.target = markup.to_po(unit.target_segment)
            if unit.id in needs_review:
                po_unit.markfuzzy(True)
        elif unit.id in (suggestions or {}):
            # gettext's convention: a fuzzy suggestion with the source it was made for.
            match = suggestions[unit.id]
            po_unit.target = match.target
            po_unit.prev_source = match.source
            po_unit.markfuzzy(True)
    return bytes(store)


class DeclarationsRefused(ValueError):
    """An XLIFF file with a DTD or entity declarations: refused, never expanded or applied."""


class NotUTF8(ValueError):
    """A PO file whose bytes are not UTF-8 (whatever charset its header declares)."""


def check_safe(data: bytes, format: str) -> None:
    """Refuse what a translation file never needs and an attacker does: ``<!DOCTYPE>`` and
    ``<!ENTITY>`` (billion laughs, external entities) in XLIFF, any encoding but UTF-8 in PO."""
    if format == "po":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as error:
            raise NotUTF8(str(error)) from error
        return
    try:
        defused_fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise DeclarationsRefused(str(error)) from error
    except ParseError as error:  # not well-formed: reported as such by the caller
        raise ValueError(str(error)) from error


def _hash_from_notes(notes: str) -> str:
    for line in notes.splitlines():
        if line.strip().startswith(HASH_PREFIX):
            return line.strip()[len(HASH_PREFIX) :]
    return ""


def detect_format(data: bytes) -> str:
    head = data[:2000].lstrip()
    if head.startswith(b"<") or head.startswith(b"\xef\xbb\xbf<"):
        return "xliff20" if b"document:2.0" in head else "xliff12"
    return "po"


def parse(data: bytes) -> ParsedFile:
    """Parse a file; raises :class:`DeclarationsRefused` or :class:`NotUTF8` for a file refused
    as unsafe, ``ValueError``/``etree.XMLSyntaxError`` if it cannot be read."""
    format = detect_format(data)
    check_safe(data, format)
    if format == "po":
        store = pypo.pofile.parsestring(data)
        header = store.parseheader()
        parsed = ParsedFile(
            format=format,
            issue_id=_int(header.get("X-CSRS-Issue")),
            source_language=header.get("X-CSRS-Source-Language", ""),
            target_language=header.get("Language", "") or "",
            declared_count=_int(header.get("X-CSRS-Units")),
        )
        for unit in store.units:
            if unit.isheader() or unit.isobsolete():
                continue
            if not unit.source and not unit.getcontext():
                continue  # comments left of a unit cut off by truncation
            # A fuzzy entry is a suggestion (gettext's convention): it changes nothing.
            target = "" if unit.isfuzzy() else unit.target or ""
            parsed.units.append(
                FileUnit(
                    id=unit.getcontext(),
                    source=markup.from_po(unit.source),
                    target=markup.from_po(target) if target else None,
                    source_hash=_hash_from_notes(unit.getnotes("developer")),
                )
            )
        return parsed
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    etree.fromstring(data, parser)  # well-formed, and no external entities, before the toolkit
    store = (xliff.xlifffile if format == "xliff12" else xliff2.Xliff2File).parsestring(data)
    file_element = _file_element(store)
    name = file_element.get("original" if format == "xliff12" else "id", "")
    parsed = ParsedFile(
        format=format,
        issue_id=_int(name[len(ISSUE_PREFIX) :]) if name.startswith(ISSUE_PREFIX) else None,
        source_language=store.getsourcelanguage() or "",
        target_language=store.gettargetlanguage() or "",
    )
    paired, standalone = INLINE[format]
    for unit in store.units:
        target_dom = unit.target_dom
        has_target = target_dom is not None and (len(target_dom) or (target_dom.text or ""))
        parsed.units.append(
            FileUnit(
                id=(unit.getid() or "").split("\x04")[-1],
                source=markup.read_element(unit.source_dom, paired, standalone),
                target=markup.read_element(target_dom, paired, standalone) if has_target else None,
                source_hash=_hash_from_notes(unit.getnotes()),
            )
        )
    return parsed


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None
