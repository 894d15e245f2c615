"""An issue's translatable content as the workflow sees it: text, fingerprints, progress, diffs.

Fingerprints and diffs work on a plain-text rendering of each field (StreamField blocks in
document order, one line per text value), so a changed sentence is reported as that sentence.
"""

from __future__ import annotations

import copy
import difflib
import functools
import hashlib
import re
import uuid
from datetime import date

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from wagtail.blocks import StreamValue
from wagtail.rich_text import RichText

from csrs.languages import Language
from issues.panels import ISSUE_TRANSLATED_FIELDS

TRANSLATABLE_FIELDS: tuple[str, ...] = tuple(ISSUE_TRANSLATED_FIELDS)
STREAM_FIELDS = ("analyses", "recommendations", "references")


def _raw(value) -> object:
    """A field's value as plain Python data (stream values as their raw JSON form)."""
    if isinstance(value, StreamValue):
        return stream_data(value)
    if isinstance(value, RichText):
        return value.source
    if isinstance(value, date):
        return value.isoformat()
    return value


def stream_data(value: StreamValue) -> list[dict]:
    """A stream's raw data in its blocks' declared order, block by block, every block with an id.

    A stream loaded from the database would return its stored JSON as is, whose key order
    PostgreSQL does not keep and whose list format may be older than a fresh one's (list items
    without ids). Here every stream child and list item has one; a missing id is given to the
    value's block, so reading the same value again gives the same ids.
    """
    data = []
    for child in value:
        if not child.id:
            child.id = str(uuid.uuid4())
        data.append(
            {
                "type": child.block_type,
                "value": child.block.get_prep_value(child.value),
                "id": child.id,
            }
        )
    return data


def _lines(raw) -> list[str]:
    """Text lines of raw data, in document order: the parts a translator translates."""
    if raw is None:
        return []
    if isinstance(raw, str):
        text = stripped(raw).strip()
        return [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(raw, list | tuple):
        lines: list[str] = []
        for item in raw:
            if isinstance(item, dict) and "type" in item and "value" in item:
                lines += _lines(item["value"])
            else:
                lines += _lines(item)
        return lines
    if isinstance(raw, dict):
        if "value" in raw and "id" in raw and len(raw) <= 3:  # a ListBlock child
            return _lines(raw["value"])
        lines = []
        for key, value in raw.items():
            if key in ("id", "type", "date", "url", "number"):
                continue
            lines += _lines(value)
        return lines
    return [str(raw)]


def field_text(page, field: str, language: Language) -> str:
    """The plain text of one language's field, one line per paragraph, heading or item."""
    return _text(getattr(page, language.field(field), None))


def _text(value) -> str:
    return "\n".join(_lines(_raw(value)))


class FieldTexts:
    """One page's field texts, each worked out once.

    The editor's panels ask for the same texts many times (each language's status and
    progress, each field's source and translation); a long issue's analyses take milliseconds
    to flatten. A text is kept with the value it was made from, so a field assigned a new
    value since is read afresh.
    """

    def __init__(self, page):
        self.page = page
        self._texts: dict[tuple[str, str], tuple[object, str]] = {}
        self._raws: dict[tuple[str, str], tuple[object, object]] = {}
        self._untranslated: dict[tuple[str, str, str], tuple[object, object, list[str]]] = {}

    def text(self, field: str, language: Language) -> str:
        value = getattr(self.page, language.field(field), None)
        key = (field, language.code)
        cached = self._texts.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        text = _text(value)
        self._texts[key] = (value, text)
        return text

    def untranslated(self, field: str, language: Language, source: Language) -> list[str]:
        """:func:`untranslated_segments` of a stream field, worked out once per pair.

        The editor asks it of each field twice per language (the field's source panel and the
        language's progress).
        """
        source_raw, target_raw = self.raw(field, source), self.raw(field, language)
        key = (field, language.code, source.code)
        cached = self._untranslated.get(key)
        if cached is not None and cached[0] is source_raw and cached[1] is target_raw:
            return cached[2]
        found = untranslated_segments(source_raw, target_raw, language)
        self._untranslated[key] = (source_raw, target_raw, found)
        return found

    def raw(self, field: str, language: Language):
        """The field's value as plain data (a stream's raw JSON list), worked out once."""
        value = getattr(self.page, language.field(field), None)
        key = (field, language.code)
        cached = self._raws.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        raw = _raw(value)
        self._raws[key] = (value, raw)
        return raw


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_snapshot(page, language: Language) -> dict[str, dict[str, str]]:
    """Each translatable field of ``language`` (the source): its fingerprint and text.

    A stream field also keeps its pieces' texts (``{"pieces": {piece id: text}}``, ids as in
    ``issues/translations/units.py``): the translator's workbench shows which block changed
    since approval, word by word, instead of the whole field.
    """
    snapshot = {}
    for field in TRANSLATABLE_FIELDS:
        text = field_text(page, field, language)
        snapshot[field] = {"fingerprint": fingerprint(text), "text": text}
        if field in STREAM_FIELDS:
            raw = _raw(getattr(page, language.field(field), None)) or []
            snapshot[field]["pieces"] = {
                f"{field}{path}": piece for path, piece in segments(raw).items()
            }
    return snapshot


def changed_fields(
    snapshot: dict, page, language: Language, texts: FieldTexts | None = None
) -> list[str]:
    """Fields whose source text differs from the snapshot taken at approval."""
    texts = texts or FieldTexts(page)
    changed = []
    for field in TRANSLATABLE_FIELDS:
        before = (snapshot.get(field) or {}).get("fingerprint")
        if before is None:
            continue
        if before != fingerprint(texts.text(field, language)):
            changed.append(field)
    return changed


def is_filled(page, field: str, language: Language, texts: FieldTexts | None = None) -> bool:
    """Whether the field has any text (``texts``: the page's texts, when already at hand)."""
    texts = texts or FieldTexts(page)
    return bool(texts.text(field, language).strip())


def is_translated(
    page, field: str, language: Language, source: Language | None, texts: FieldTexts | None = None
) -> bool:
    """Filled, and not still the source's text (as "copy source structure" leaves it).

    A stream is translated when none of its segments copied from the source is still the
    source's text: one untouched paragraph of a copied analysis keeps the field untranslated.
    """
    texts = texts or FieldTexts(page)
    text = texts.text(field, language).strip()
    if not text:
        return False
    if source is None or source.code == language.code:
        return True
    if text == texts.text(field, source).strip():
        return False
    if field in STREAM_FIELDS:
        return not texts.untranslated(field, language, source)
    return True


def progress(
    page, language: Language, source: Language | None = None, texts: FieldTexts | None = None
) -> tuple[int, int]:
    """(translated fields, translatable fields) of ``language``.

    Translatable fields are those the source has text in (all of them without a source).
    """
    texts = texts or FieldTexts(page)
    fields = [
        field
        for field in TRANSLATABLE_FIELDS
        if source is None or source.code == language.code or is_filled(page, field, source, texts)
    ]
    done = sum(1 for field in fields if is_translated(page, field, language, source, texts))
    return done, len(fields)


def text_diff(old: str, new: str) -> str:
    """An escaped HTML diff of two texts, line by line, words marked with <del>/<ins>."""
    parts = []
    matcher = difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            parts += [f"<p>{escape(line)}</p>" for line in matcher.a[a1:a2]]
            continue
        parts += [f'<p class="diff-old"><del>{escape(line)}</del></p>' for line in matcher.a[a1:a2]]
        parts += [f'<p class="diff-new"><ins>{escape(line)}</ins></p>' for line in matcher.b[b1:b2]]
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


# Block ids of a language's copy are derived from the source's: fresh (no id is shared between
# languages, none between blocks), yet the translation exchange can pair each copied block with
# its source block without storing a mapping. Never change this namespace: it would unpair every
# copy made before.
_COPY_NAMESPACE = uuid.UUID("6f1c2b8e-3f4d-4c55-9a0e-2d7b5e8c1a44")


def copied_block_id(source_id: str, language: Language) -> str:
    """The id a block of ``language``'s copy has when copied from the source block ``source_id``."""
    return str(uuid.uuid5(_COPY_NAMESPACE, f"{language.code}/{source_id}"))


def _is_child(node) -> bool:
    """A stream child or a list item in raw data: ``{"type", "value", "id"}``."""
    return isinstance(node, dict) and "value" in node and "type" in node


def structure_copy(raw, language: Language):
    """A copy of a stream's raw data for ``language``: same blocks and text, fresh block ids.

    Every stream child and list item keeps its type, value and nesting and gets
    :func:`copied_block_id` of its source block's id. The source's text is copied too (so
    required inputs are valid and the translator overwrites it in place); a copied segment
    still equal to its source counts as untranslated (:func:`untranslated_segments`).
    """

    def copied(node):
        if isinstance(node, list):
            return [copied(item) for item in node]
        if isinstance(node, dict):
            result = {key: copied(value) for key, value in node.items()}
            if _is_child(node) and node.get("id"):
                result["id"] = copied_block_id(node["id"], language)
            return result
        return node

    return copied(copy.deepcopy(raw))


def block_ids(raw) -> list[str]:
    """Every stream child's and list item's id in raw data, in document order."""
    found: list[str] = []
    if isinstance(raw, list):
        for item in raw:
            found += block_ids(item)
    elif isinstance(raw, dict):
        if _is_child(raw) and raw.get("id"):
            found.append(raw["id"])
        for value in raw.values():
            found += block_ids(value)
    return found


def source_ids_of_copy(source_raw, language: Language) -> dict[str, str]:
    """``{copied id: source id}`` for every block of the source's raw data."""
    return {copied_block_id(block_id, language): block_id for block_id in block_ids(source_raw)}


_NOT_SEGMENTS = ("id", "type", "date", "url", "number")


def segments(raw, id_map: dict[str, str] | None = None, path: str = "") -> dict[str, str]:
    """``{path: plain text}`` of every text in a stream's raw data.

    Paths are made of block ids and struct child names; ``id_map`` renames ids on the way (a
    copy's ids to its source's), so a copy's segments have the same paths as the source's.
    Old-format list items without ids have no stable path and are left out.
    """
    id_map = id_map or {}
    found: dict[str, str] = {}
    if isinstance(raw, list | tuple):
        for item in raw:
            if _is_child(item) and item.get("id"):
                block_id = id_map.get(item["id"], item["id"])
                found.update(segments(item["value"], id_map, f"{path}/{block_id}"))
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if key not in _NOT_SEGMENTS:
                found.update(segments(value, id_map, f"{path}/{key}"))
    elif isinstance(raw, str):
        text = plain_text(raw)
        if text:
            found[path] = text
    return found


@functools.lru_cache(maxsize=8192)
def stripped(value: str) -> str:
    """``strip_tags(value)``, cached: it runs an HTML parser, and the editor reads the same
    texts for each field's lines, each piece and each language's comparison with its source."""
    return strip_tags(value)


def plain_text(value: str) -> str:
    """``value`` without markup, whitespace collapsed."""
    return " ".join(stripped(value).split())


def untranslated_segments(source_raw, target_raw, language: Language) -> list[str]:
    """Paths of ``language``'s segments that are copies of the source's, still unchanged.

    A target block pairs with a source block when it is its copy (:func:`copied_block_id`) or
    has its very id (streams built by imports before copies had ids of their own).
    """
    source = segments(source_raw)
    target = segments(target_raw, source_ids_of_copy(source_raw, language))
    return [path for path, text in target.items() if source.get(path) == text]


_BLOCK_KEY = re.compile(r'\s+data-block-key="[^"]*"')


def _normalised(raw):
    """Raw data without block ids, rich text without editor-generated block keys."""
    if isinstance(raw, list | tuple):
        return [_normalised(item) for item in raw]
    if isinstance(raw, dict):
        return {k: _normalised(v) for k, v in raw.items() if k != "id"}
    if isinstance(raw, str):
        return _BLOCK_KEY.sub("", raw).replace("\r\n", "\n").strip()
    return "" if raw is None else raw


def same_raw_stream(value: StreamValue, raw: list) -> bool:
    """Whether a stream value's stored data is ``raw`` (block ids and block keys aside).

    A quick test that may answer False for equal content in another list format:
    :func:`comparable_field_value` decides then.
    """
    return _normalised(list(value.get_prep_value())) == _normalised(raw)


def comparable_field_value(model_field, value):
    """A field's value in a form that compares equal when the content is the same.

    Posted and stored values differ in form (stream values vs raw JSON, rich text with block
    keys, dates as objects or strings, related objects as a queryset or a list); an empty
    value is "" whatever its type.
    """
    result = _comparable(model_field, value)
    return "" if result in (None, "", []) else result


def _comparable(model_field, value):
    if value is None:
        return None
    if getattr(model_field, "many_to_many", False):
        return sorted(getattr(item, "pk", item) for item in value)
    if hasattr(model_field, "stream_block") and isinstance(value, list | str):
        value = model_field.to_python(value)
    if isinstance(value, StreamValue):
        # Block by block: a lazily loaded stream would otherwise return its stored raw data,
        # which may be in an older list format than a freshly posted one.
        return _normalised(stream_data(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return _normalised(value)
    return _normalised(_raw(value))
