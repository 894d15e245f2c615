"""The pieces a translator translates, as the issue editor shows them: source beside target.

A piece is a translation unit of ``issues/translations/units.py`` (same id: ``title``,
``analyses/<block id>/sections/<item id>/heading`` …), seen from the editor: its source text
(rich text keeps bold, italic and links), whether the target has it translated, whether its
source changed since the language was approved (with a word-by-word diff), and where its
target input is in the editor's form (``target_path``: the chain of Wagtail's
``data-contentpath`` attributes, using the target's own block ids).
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass

import nh3
from django.utils import translation
from django.utils.html import escape, format_html, format_html_join, linebreaks
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from csrs.languages import Language
from issues.translations import units as translation_units
from issues.workflow import content

TRANSLATED, UNTRANSLATED, OUTDATED = "translated", "untranslated", "outdated"

# What the source of a rich text piece may show: its formatting, never scripts or styles.
_SOURCE_TAGS = {"p", "b", "strong", "i", "em", "a", "br", "ul", "ol", "li", "sup", "sub"}
_WORDS = re.compile(r"\s+|[^\s]+")


@dataclass
class Piece:
    """One translatable piece of one language, for the editor."""

    id: str
    field: str
    label: str
    source_html: SafeString
    state: str
    diff: SafeString | str = ""
    target_path: str = ""


def plain(value: str) -> str:
    """A piece's text without markup, whitespace collapsed (what is compared)."""
    return content.plain_text(value or "")


@functools.lru_cache(maxsize=4096)
def source_html(value: str, is_rich: bool) -> SafeString:
    """The source shown to the translator: formatting kept, anything else removed.

    Cached: the editor shows the same source beside every language's target.
    """
    if not is_rich:
        return mark_safe(linebreaks(escape(value)))  # noqa: S308 - escaped just before
    cleaned = nh3.clean(
        value,
        tags=_SOURCE_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"https", "http", "mailto"},
    )
    return mark_safe(cleaned)  # noqa: S308 - sanitised by nh3 with a short allowlist


def word_diff(old: str, new: str) -> SafeString:
    """An escaped HTML diff of two texts word by word: one changed word marks one word."""
    return _word_diff(old or "", new or "")


@functools.lru_cache(maxsize=2048)
def _word_diff(old: str, new: str) -> SafeString:
    # Cached: every language outdated by the same source change shows the same diffs.
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    # The words both ends share are equal as they stand: only the middle goes through the
    # (quadratic) matcher. A typical update changes a few words of a long paragraph.
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    parts = [escape("".join(a[:head]))]
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    matcher = difflib.SequenceMatcher(a=middle_a, b=middle_b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(escape("".join(middle_a[a1:a2])))
            continue
        if a1 != a2:
            parts.append(f"<del>{escape(''.join(middle_a[a1:a2]))}</del>")
        if b1 != b2:
            parts.append(f"<ins>{escape(''.join(middle_b[b1:b2]))}</ins>")
    parts.append(escape("".join(a[len(a) - tail :])))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text above is escaped


@functools.lru_cache(maxsize=64)
def _field_label(field: str, language: str | None) -> str:
    # Per active language: each of a long issue's hundreds of pieces names its field.
    from issues.panels import FIELD_LABELS

    return str(FIELD_LABELS.get(field, field))


def _label(unit) -> str:
    from issues.panels import FIELD_LABELS

    if unit.id in FIELD_LABELS:
        return _field_label(unit.id, translation.get_language())
    parts = unit.context.split(" › ")
    parts[0] = _field_label(unit.id.split("/", 1)[0], translation.get_language())
    return " › ".join(parts)


def _is_child(node) -> bool:
    return isinstance(node, dict) and "value" in node and "type" in node


def _pair_by_position(source_raw, target_raw, pairs: dict[str, str]) -> None:
    """Pair blocks of the same type at the same place (target id -> source id)."""
    if isinstance(source_raw, list) and isinstance(target_raw, list):
        for mine, theirs in zip(source_raw, target_raw, strict=False):
            if not (_is_child(mine) and _is_child(theirs)) or mine["type"] != theirs["type"]:
                continue
            if mine.get("id") and theirs.get("id"):
                pairs[theirs["id"]] = mine["id"]
            _pair_by_position(mine["value"], theirs["value"], pairs)
    elif isinstance(source_raw, dict) and isinstance(target_raw, dict):
        for key, value in source_raw.items():
            if key in target_raw:
                _pair_by_position(value, target_raw[key], pairs)


def paired_blocks(source_raw, target_raw, target: Language) -> dict[str, str]:
    """``{target block id: source block id}`` of one stream field.

    A copy made by "copy source structure" (or an import) pairs by its derived ids
    (``content.copied_block_id``) or shared ids. A translation built block by block by hand,
    whose ids have nothing to do with the source's, pairs by position where the blocks' types
    agree: the same analysis, section, paragraph in the same place.
    """
    source_ids = set(content.block_ids(source_raw))
    copies = content.source_ids_of_copy(source_raw, target)
    target_ids = content.block_ids(target_raw)
    pairs = {tid: copies.get(tid, tid) for tid in target_ids if tid in copies or tid in source_ids}
    if not pairs and target_ids:
        _pair_by_position(source_raw, target_raw, pairs)
    return pairs


def _target_path(unit_id: str, target: Language, source_ids: set[str], targets: dict[str, str]):
    """The target input's chain of content paths, or "" when the target lacks the block.

    ``targets``: source block id -> the target's block id.
    """
    field, *rest = unit_id.split("/")
    path = [target.field(field)]
    for part in rest:
        if part in source_ids:
            if part not in targets:
                return ""
            part = targets[part]
        path.append(part)
    return "/".join(path)


def _old_source(unit_id: str, field: str, status) -> str | None:
    """The piece's source text when the language was last approved (None: not known)."""
    snapshot = (status.approved_source or {}).get(field) or {}
    if field in translation_units.PLAIN_FIELDS:
        return snapshot.get("text")
    pieces = snapshot.get("pieces")
    if pieces is None:  # approved before pieces were recorded: only the field's diff is known
        return None
    return pieces.get(unit_id, "")


def language_pieces(
    page, source: Language, target: Language, status=None, streams=None
) -> list[Piece]:
    """Every piece of ``page`` from ``source`` into ``target`` (``status``: its row, if any).

    ``streams``: the page's ``translation_units.PageStreams`` when several languages are built
    from one page (the editor), so the source is serialised and walked once for all of them.
    """
    if source.code == target.code:
        return []
    if streams is None or streams.page is not page:
        streams = translation_units.PageStreams(page)
    outdated_fields = set(getattr(status, "outdated_fields", None) or ())
    pairs: dict[str, dict[str, str]] = {}
    ids: dict[str, tuple[set[str], dict[str, str]]] = {}
    for field in translation_units.STREAM_FIELDS:
        source_raw = streams.raw(field, source)
        pairs[field] = paired_blocks(source_raw, streams.raw(field, target), target)
        ids[field] = (
            set(content.block_ids(source_raw)),
            {sid: tid for tid, sid in pairs[field].items()},
        )
    pieces = []
    for unit in translation_units.page_units(page, source, target, pairs, streams):
        field = unit.id.split("/", 1)[0]
        source_text, target_text = plain(unit.source_value), plain(unit.target_value)
        state = TRANSLATED if target_text and target_text != source_text else UNTRANSLATED
        diff = ""
        if field in outdated_fields:
            old = _old_source(unit.id, field, status)
            if old is not None and plain(old) != source_text:
                state, diff = OUTDATED, word_diff(plain(old), source_text)
        if field in translation_units.PLAIN_FIELDS:
            target_path = target.field(field)
        else:
            target_path = _target_path(unit.id, target, *ids[field])
        pieces.append(
            Piece(
                id=unit.id,
                field=field,
                label=_label(unit),
                source_html=source_html(unit.source_value, unit.is_rich),
                state=state,
                diff=diff,
                target_path=target_path,
            )
        )
    return pieces


def render_sources(pieces: list[Piece], source: Language, target: Language) -> SafeString:
    """The sources of ``target``'s pieces as the editor shows them, one block per piece.

    Built here rather than by a template included once per piece: a long issue has hundreds of
    pieces per language, and an include (with its translated strings) per piece made up a large
    part of the editor's time. The workbench script (static/js/admin-workbench.js) moves each
    block beside its target input by ``data-target-path``.
    """
    if not pieces:
        return mark_safe("")  # noqa: S308 - empty
    name = mark_safe(  # noqa: S308 - the translation's own text; the name is escaped
        _("Source (%(source)s)") % {"source": escape(source.native_name)}
    )
    badges = {
        UNTRANSLATED: format_html(
            '<span class="translation-untranslated" data-untranslated>{}</span>',
            _("Not translated yet"),
        ),
        OUTDATED: format_html(
            '<span class="translation-untranslated" data-outdated>{}</span>',
            _("Source changed: update"),
        ),
    }
    code, direction = source.code, source.direction
    return format_html_join(
        "\n",
        '<div class="workbench-source" data-source-for="{}" data-piece-source="{}" '
        'data-target-path="{}" data-piece-state="{}">\n'
        '  <p class="workbench-source__label"><span class="workbench-source__name">{}</span>'
        " · <bdi>{}</bdi>\n    {}</p>\n"
        '  <div class="workbench-source__text" lang="{}" dir="{}">{}</div>\n'
        "  {}\n</div>",
        (
            (
                target.code,
                piece.id,
                piece.target_path,
                piece.state,
                name,
                piece.label,
                badges.get(piece.state, ""),
                code,
                direction,
                piece.source_html,
                format_html(
                    '<div class="workbench-diff translation-diff" lang="{}" dir="{}" '
                    "data-piece-diff>{}</div>",
                    code,
                    direction,
                    piece.diff,
                )
                if piece.diff
                else "",
            )
            for piece in pieces
        ),
    )


def progress(pieces: list[Piece]) -> tuple[int, int]:
    """(pieces translated and up to date, all pieces)."""
    return sum(piece.state == TRANSLATED for piece in pieces), len(pieces)
