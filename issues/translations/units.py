"""The translatable units of an issue, each with a stable id, its context and its source.

Ids come from the block ids Wagtail gives every stream child and list item, plus the field path:
``title``, ``analyses/<block id>/sections/<item id>/heading``, ``recommendations/<block id>``.
They survive reordering and unrelated edits. Dates, links and sub-heading numbers are not units:
they are copied from the source.

Unit ids are always the source's paths. A target stream made by "copy source structure" (or by
an import into an empty stream) has block ids of its own, derived from the source's
(``content.copied_block_id``): the target's blocks are found by mapping its ids back to the
source's, so a copy pairs with its source whatever the translator reordered, and a block the
translator added has no unit.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.utils import translation
from wagtail import blocks

from csrs.languages import Language
from issues.richtext.sanitise import sanitise_block_data
from issues.translations import markup
from issues.workflow import actions, content

PLAIN_FIELDS = ("title", "standfirst")
STREAM_FIELDS = ("analyses", "recommendations", "references")
NOT_TRANSLATED = {"number"}  # struct children copied from the source as they are


@dataclass
class Unit:
    """One translatable text: id, context note, source and (existing) target segments."""

    id: str
    context: str
    source_value: str  # the source's stored value (rich text HTML or plain text)
    is_rich: bool
    target_value: str = ""
    features: tuple[str, ...] | None = None  # the rich text block's features

    @property
    def source_segment(self) -> list:
        if self.is_rich:
            return markup.rich_text_segment(self.source_value)[0]
        return markup.plain_segment(self.source_value)

    @property
    def skeleton(self) -> markup.Skeleton:
        if self.is_rich:
            return markup.rich_text_segment(self.source_value)[1]
        return markup.Skeleton()

    @property
    def target_segment(self) -> list:
        if self.is_rich:
            return markup.rich_text_segment(self.target_value)[0]
        return markup.plain_segment(self.target_value)

    @property
    def source_hash(self) -> str:
        """A fingerprint of the source text, to recognise files exported before it changed."""
        return hashlib.sha256(markup.to_po(self.source_segment).encode("utf-8")).hexdigest()[:16]


def _stream_block(issue, field: str, language: Language):
    return type(issue)._meta.get_field(language.field(field)).stream_block


def raw_stream(issue, field: str, language: Language) -> list:
    """A stream's raw JSON (with block ids); [] when empty."""
    value = getattr(issue, language.field(field), None)
    if value is None:
        return []
    return list(value.get_prep_value())


class PageStreams:
    """One loaded page's raw streams and source walks, each worked out once.

    The editor builds the pieces of three or more languages from the same page: without this,
    every language would serialise the source's streams and walk them again. A stream is kept
    with the value it was made from, so a field assigned a new value since is read afresh.
    Callers must not change the lists they get.
    """

    def __init__(self, page):
        self.page = page
        self._raws: dict[tuple[str, str], tuple[object, list]] = {}
        self._walks: dict[tuple[str, str], tuple[list, dict]] = {}

    def raw(self, field: str, language: Language) -> list:
        """:func:`raw_stream` of ``field`` in ``language``."""
        value = getattr(self.page, language.field(field), None)
        key = (field, language.code)
        cached = self._raws.get(key)
        if cached is not None and cached[0] is value:
            return cached[1]
        raw = raw_stream(self.page, field, language)
        self._raws[key] = (value, raw)
        return raw

    def source_texts(self, field: str, language: Language) -> dict[str, tuple]:
        """``path -> (block, value, context)`` of every text of ``field`` in ``language``."""
        raw = self.raw(field, language)
        key = (field, language.code)
        cached = self._walks.get(key)
        if cached is not None and cached[0] is raw:
            return cached[1]
        found: dict[str, tuple] = {}
        _walk(_stream_block(self.page, field, language), raw, field, [field], found)
        self._walks[key] = (raw, found)
        return found


# (id(block), name, active language) -> (block, label). A long issue's walk asks for the same
# few labels hundreds of times, and each lazy label costs a gettext lookup; the block is kept in
# the entry so a recycled id can never answer for another block.
_LABELS: dict[tuple[int, str, str | None], tuple[object, str]] = {}


def _context_label(block, name: str) -> str:
    key = (id(block), name, translation.get_language())
    cached = _LABELS.get(key)
    if cached is not None and cached[0] is block:
        return cached[1]
    label = str(getattr(block, "label", None) or name)
    if len(_LABELS) > 4096:  # blocks made on the fly (tests, migrations) never pile up
        _LABELS.clear()
    _LABELS[key] = (block, label)
    return label


def _walk(
    block,
    raw,
    path: str,
    context: list[str],
    found: dict[str, tuple],
    id_map: dict[str, str] | None = None,
) -> None:
    """Collect ``path -> (block, value, context)`` for every text in ``raw``.

    ``id_map`` renames block ids in the paths (a copy's ids to its source's).
    """
    id_map = id_map or {}
    if isinstance(block, blocks.StreamBlock):
        for position, child in enumerate(raw or [], start=1):
            child_block = block.child_blocks.get(child.get("type"))
            if child_block is None or not child.get("id"):
                continue
            label = f"{_context_label(child_block, child['type'])} {position}"
            child_path = f"{path}/{id_map.get(child['id'], child['id'])}"
            _walk(child_block, child["value"], child_path, [*context, label], found, id_map)
    elif isinstance(block, blocks.ListBlock):
        for position, item in enumerate(raw or [], start=1):
            if isinstance(item, dict) and "id" in item:
                item_id, value = id_map.get(item["id"], item["id"]), item["value"]
            else:  # an old-format list without ids has no stable units
                continue
            label = f"{_context_label(block.child_block, 'item')} {position}"
            _walk(block.child_block, value, f"{path}/{item_id}", [*context, label], found, id_map)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            if name in NOT_TRANSLATED:
                continue
            label = _context_label(child_block, name)
            child_path = f"{path}/{name}"
            _walk(child_block, (raw or {}).get(name), child_path, [*context, label], found, id_map)
    elif isinstance(block, blocks.RichTextBlock | blocks.CharBlock | blocks.TextBlock):
        if isinstance(block, blocks.URLBlock):
            return
        found[path] = (block, raw or "", context)


def _features(block) -> tuple[str, ...] | None:
    """A rich text block's features (None: Wagtail's defaults, or not rich text)."""
    features = getattr(block, "features", None)
    return tuple(features) if isinstance(block, blocks.RichTextBlock) and features else None


def issue_units(issue, source: Language, target: Language) -> list[Unit]:
    """The units of ``issue`` (its latest revision) from ``source`` into ``target``."""
    return page_units(actions.latest_content(issue), source, target)


def _set_at(node, parts: list[str], value: str, target: Language) -> bool:
    """Set the text at a source path in the target's raw stream data; False if not there.

    A block is the one with the path's id or with its copy's id (``content.copied_block_id``).
    """
    if not parts:
        return False
    head, rest = parts[0], parts[1:]
    if isinstance(node, list):
        wanted = {head, content.copied_block_id(head, target)}
        for child in node:
            if isinstance(child, dict) and child.get("id") in wanted:
                if not rest:
                    child["value"] = value
                    return True
                return _set_at(child["value"], rest, value, target)
        return False
    if isinstance(node, dict):
        if head not in node and rest:
            return False
        if not rest:
            node[head] = value
            return True
        return _set_at(node[head], rest, value, target)
    return False


def build_target_streams(
    issue, source: Language, target: Language, translations: dict[str, str]
) -> tuple[dict[str, object], list[str]]:
    """The target language's field values with ``translations`` (unit id -> value) applied.

    An empty target stream is built as a copy of the source's (``content.structure_copy``:
    same blocks, fresh ids; dates, links and numbers copied; untranslated text left as the
    source's). A filled one is updated block by block, by id. Every rich text value of the
    result has been through the one sanitiser (``issues.richtext.sanitise``). Returns the values
    and the ids that found no block.
    """
    latest = actions.latest_content(issue)
    values: dict[str, object] = {}
    unplaced: list[str] = []
    for field in PLAIN_FIELDS:
        if field in translations:
            values[field] = translations[field]
    for field in STREAM_FIELDS:
        mine = {k: v for k, v in translations.items() if k.split("/", 1)[0] == field}
        if not mine:
            continue
        raw = raw_stream(latest, field, target)
        if not raw:
            raw = content.structure_copy(raw_stream(latest, field, source), target)
        for unit_id, value in mine.items():
            if not _set_at(raw, unit_id.split("/")[1:], value, target):
                unplaced.append(unit_id)
        values[field] = sanitise_block_data(_stream_block(latest, field, target), raw)
    return values, unplaced


def page_units(
    page,
    source: Language,
    target: Language,
    id_maps: dict[str, dict[str, str]] | None = None,
    streams: PageStreams | None = None,
) -> list[Unit]:
    """The units of an already loaded ``page`` (e.g. the editor's latest revision).

    As :func:`issue_units`, without reading the issue again: the editor's panels build the
    pieces of every language from the page the edit view holds, with no query per language.
    ``id_maps`` (per stream field, target block id -> source block id) pairs a target's blocks
    with the source's when the default pairing (copies' derived ids) does not apply.
    ``streams``: the page's :class:`PageStreams`, shared by the languages built from it.
    """
    streams = streams if streams is not None and streams.page is page else PageStreams(page)
    units: list[Unit] = []
    for field in PLAIN_FIELDS:
        text = getattr(page, source.field(field), "") or ""
        if text.strip():
            units.append(
                Unit(
                    id=field,
                    context=field,
                    source_value=text,
                    is_rich=False,
                    target_value=getattr(page, target.field(field), "") or "",
                )
            )
    for field in STREAM_FIELDS:
        block = _stream_block(page, field, source)
        source_raw = streams.raw(field, source)
        source_texts = streams.source_texts(field, source)
        target_texts: dict[str, tuple] = {}
        id_map = (id_maps or {}).get(field) or content.source_ids_of_copy(source_raw, target)
        _walk(block, streams.raw(field, target), field, [field], target_texts, id_map)
        for path, (leaf, value, context) in source_texts.items():
            if not str(value).strip():
                continue
            units.append(
                Unit(
                    id=path,
                    context=" › ".join(context),
                    source_value=str(value),
                    is_rich=isinstance(leaf, blocks.RichTextBlock),
                    target_value=str(target_texts.get(path, (None, ""))[1] or ""),
                    features=_features(leaf),
                )
            )
    return units
