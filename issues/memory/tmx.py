"""TMX import and export of the translation memory, with translate-toolkit.

An export holds one language pair; an import may hold any of our languages (CAT tools write
regional codes such as ``en-US`` or ``ps-AF``: the primary code decides, except that plain
``fa`` is Iranian Persian, not Dari, and is refused). Imports are validated whole before
anything is written, then written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from translate.storage import tmx

from csrs import languages
from csrs.languages import Language
from issues.memory import store
from issues.memory.files import FileRefused, check_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
INLINE_CODES = {"bpt", "ept", "ph", "it", "ut"}
MAX_SEGMENT_CHARS = 20_000


def export_memory(source: Language, target: Language) -> bytes:
    """Every entry of the pair as a TMX 1.4 file."""
    from issues.models import MemoryEntry

    tmx_store = tmx.tmxfile(sourcelanguage=source.code, targetlanguage=target.code)
    entries = MemoryEntry.objects.filter(
        source_language=source.code, target_language=target.code
    ).order_by("pk")
    for entry in entries.iterator(chunk_size=2000):
        unit = tmx_store.addsourceunit(entry.source_text)
        unit.target = entry.target_text
    return bytes(tmx_store)


def language_of(code: str) -> Language | None:
    """Our language for a TMX ``xml:lang`` (``ps-AF`` → Pashto; ``fa`` alone is not Dari)."""
    code = (code or "").replace("_", "-").lower()
    if code in languages.BY_CODE:
        return languages.BY_CODE[code]
    primary = code.split("-", 1)[0]
    if primary == "fa":
        return None
    return languages.BY_CODE.get(primary)


def _segment_text(seg) -> str:
    parts = [seg.text or ""]
    for child in seg:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        local = child.tag.rsplit("}", 1)[-1]
        if local not in INLINE_CODES:
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


@dataclass
class ImportReport:
    """What an import added, per language pair, and what it skipped as already known."""

    added: dict[str, int] = field(default_factory=dict)
    known: int = 0

    @property
    def total(self) -> int:
        return sum(self.added.values())


def parse(data: bytes) -> list[dict]:
    """Validate a TMX file whole; the entries it holds. Raises :class:`FileRefused`."""
    check_xml(data, "tmx")
    try:
        tmx_store = tmx.tmxfile.parsestring(data)
    except Exception as error:  # the toolkit raises several kinds for a broken file
        raise FileRefused(
            [_("The TMX file could not be read: %(detail)s") % {"detail": str(error)[:200]}]
        ) from error
    header = tmx_store.document.getroot().find("header")
    source = language_of(header.get("srclang", "") if header is not None else "")
    if source is None:
        raise FileRefused(
            [
                _("The file's source language “%(code)s” is not one of ours (en, ps, fa-AF, ar).")
                % {"code": header.get("srclang", "?") if header is not None else "?"}
            ]
        )
    rows, problems = [], []
    now = timezone.now()
    for position, unit in enumerate(tmx_store.units, start=1):
        texts: dict[str, str] = {}
        for tuv in unit.xmlelement.iter("tuv"):
            code = tuv.get(XML_LANG) or tuv.get("lang") or ""
            language = language_of(code)
            if language is None:
                problems.append(
                    _("Unit %(n)s: the language “%(code)s” is not one of ours.")
                    % {"n": position, "code": code[:20]}
                )
                continue
            seg = tuv.find("seg")
            texts[language.code] = _segment_text(seg) if seg is not None else ""
        if not texts.get(source.code):
            problems.append(_("Unit %(n)s has no source text.") % {"n": position})
            continue
        for code, text in texts.items():
            if code == source.code or not text:
                continue
            if max(len(text), len(texts[source.code])) > MAX_SEGMENT_CHARS:
                problems.append(_("Unit %(n)s is too long.") % {"n": position})
                continue
            rows.append(
                store.entry_values(
                    source.code,
                    code,
                    store.Pair(texts[source.code], ""),
                    store.Pair(text, ""),
                    origin="tmx",
                    approved_at=now,
                )
            )
        if len(problems) > 50:
            break
    if problems:
        raise FileRefused(problems[:50])
    if not rows:
        raise FileRefused([_("The file holds no translations.")])
    return rows


def import_memory(data: bytes, user=None) -> ImportReport:
    """Validate and add a TMX file's translations in one transaction; a report of what was
    added. Translations the memory already holds are counted as known, not duplicated."""
    from issues.models import MemoryEntry

    rows = parse(data)
    report = ImportReport()
    approver = user if user is not None and getattr(user, "is_authenticated", False) else None
    with transaction.atomic():
        known: set[tuple] = set()
        pairs = {(row["source_language"], row["target_language"]) for row in rows}
        for source_code, target_code in pairs:
            hashes = [
                row["key_hash"]
                for row in rows
                if (row["source_language"], row["target_language"]) == (source_code, target_code)
            ]
            for start in range(0, len(hashes), 5000):
                known.update(
                    (source_code, target_code, key_hash, target_hash)
                    for key_hash, target_hash in MemoryEntry.objects.filter(
                        source_language=source_code,
                        target_language=target_code,
                        key_hash__in=hashes[start : start + 5000],
                    ).values_list("key_hash", "target_hash")
                )
        fresh = []
        for row in rows:
            key = (
                row["source_language"],
                row["target_language"],
                row["key_hash"],
                row["target_hash"],
            )
            if key in known:
                report.known += 1
                continue
            known.add(key)
            row["approved_by"] = approver
            fresh.append(MemoryEntry(**row))
            pair = f"{row['source_language']}→{row['target_language']}"
            report.added[pair] = report.added.get(pair, 0) + 1
        MemoryEntry.objects.bulk_create(fresh, batch_size=2000)
    return report
