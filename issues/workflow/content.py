"""An issue's translatable content as the workflow sees it: text, fingerprints, progress, diffs.

Fingerprints and diffs work on a plain-text rendering of each field (StreamField blocks in
document order, one line per text value), so a changed sentence is reported as that sentence.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import re
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
    """A stream's raw data in its blocks' declared order, block by block.

    A stream loaded from the database would return its stored JSON as is, whose key order
    PostgreSQL does not keep and whose list format may be older than a fresh one's.
    """
    return [
        {"type": child.block_type, "value": child.block.get_prep_value(child.value)}
        for child in value
    ]


def _lines(raw) -> list[str]:
    """Text lines of raw data, in document order: the parts a translator translates."""
    if raw is None:
        return []
    if isinstance(raw, str):
        text = strip_tags(raw).strip()
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

    def text(self, field: str, language: Language) -> str:
        value = getattr(self.page, language.field(field), None)
        key = (field, language.code)
        cached = self._texts.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        text = _text(value)
        self._texts[key] = (value, text)
        return text


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_snapshot(page, language: Language) -> dict[str, dict[str, str]]:
    """Each translatable field of ``language`` (the source): its fingerprint and text."""
    snapshot = {}
    for field in TRANSLATABLE_FIELDS:
        text = field_text(page, field, language)
        snapshot[field] = {"fingerprint": fingerprint(text), "text": text}
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
    """Filled, and not still the source's text (as "copy source structure" leaves it)."""
    texts = texts or FieldTexts(page)
    text = texts.text(field, language).strip()
    if not text:
        return False
    if source is None or source.code == language.code:
        return True
    return text != texts.text(field, source).strip()


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


def structure_copy(raw):
    """A copy of a stream's raw data for another language: same blocks, new block ids.

    The source's text is copied too (so required inputs are valid and the translator
    overwrites it in place); a field still equal to its source counts as untranslated.
    """

    def without_ids(node):
        if isinstance(node, list):
            return [without_ids(item) for item in node]
        if isinstance(node, dict):
            return {k: without_ids(v) for k, v in node.items() if k != "id"}
        return node

    return without_ids(copy.deepcopy(raw))


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
