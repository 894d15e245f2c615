"""Exact and fuzzy matches from the translation memory for an issue's pieces.

Matching compares normalised text (``store.text_key``: search's normaliser, so «ي/ی», «ك/ک»,
harakat, ZWNJ and the three digit systems do not count as differences). Exact matches are a
dictionary lookup. Fuzzy matches are scored with rapidfuzz's ``ratio`` (100 = identical) on
candidates that share one of the piece's rarer words: a piece whose every rare word differs
from a memory entry is too different to be a useful match (below the threshold anyway).

The index of a language pair lives in the process and is rebuilt when entries are added (the
newest id changes), so 50,000 entries are read once, not on every page view.
"""

from __future__ import annotations

import difflib
import threading
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from issues.memory.store import text_key

FUZZY_THRESHOLD = 70  # percent: below this a match costs more to fix than to translate
MATCH_LIMIT = 3
RARE_WORDS = 4  # candidates share at least one of the piece's rarest words
MAX_CANDIDATES = 2_000


@dataclass
class PairIndex:
    """The normalised sources of one language pair, by position, with word postings."""

    version: tuple
    ids: list[int] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    exact: dict[str, list[int]] = field(default_factory=dict)
    postings: dict[str, list[int]] = field(default_factory=dict)

    def add(self, entry_id: int, key: str) -> None:
        position = len(self.ids)
        self.ids.append(entry_id)
        self.keys.append(key)
        self.exact.setdefault(key, []).append(position)
        for word in set(key.split()):
            self.postings.setdefault(word, []).append(position)

    def candidates(self, key: str) -> list[int]:
        """Entries sharing one of the piece's rarest words, at most ``MAX_CANDIDATES``.

        Rarest first: a word found in thousands of entries ("the", "and") says little, and a
        piece made only of such words is usually an exact match or a short heading (where the
        newest entries with its rarest word are the candidates).
        """
        words = sorted(
            (w for w in set(key.split()) if w in self.postings), key=lambda w: len(self.postings[w])
        )
        found: set[int] = set()
        for word in words[:RARE_WORDS]:
            posting = self.postings[word]
            if found and len(found) + len(posting) > MAX_CANDIDATES:
                break
            found.update(posting[-MAX_CANDIDATES:])
        return list(found)

    def lookup(self, key: str, limit: int = MATCH_LIMIT) -> list[tuple[int, float]]:
        """``(entry id, score)`` of the best matches of ``key``, best first."""
        scored: dict[int, float] = {}
        for position in self.exact.get(key, ()):
            scored[self.ids[position]] = 100.0
        if len(scored) < limit:
            positions = self.candidates(key)
            if positions:
                choices = [self.keys[p] for p in positions]
                for _choice, score, index in process.extract(
                    key,
                    choices,
                    scorer=fuzz.ratio,
                    score_cutoff=FUZZY_THRESHOLD,
                    limit=limit + len(scored),
                ):
                    entry_id = self.ids[positions[index]]
                    scored.setdefault(entry_id, min(score, 99.0))
        best = sorted(scored.items(), key=lambda item: (-item[1], -item[0]))
        return best[:limit]


_INDEXES: dict[tuple[str, str], PairIndex] = {}
_LOCK = threading.Lock()


def _version(source: str, target: str) -> tuple:
    """The memory's newest entry id: any insertion (an approval, a TMX import) changes it.

    Entries deleted since the index was built are skipped when their rows are fetched; an
    updated entry keeps its source (the key is part of its identity).
    """
    from issues.models import MemoryEntry

    return tuple(MemoryEntry.objects.order_by("-id").values_list("id", flat=True)[:1])


def pair_index(source: str, target: str) -> PairIndex:
    """The (cached, current) index of a language pair."""
    from issues.models import MemoryEntry

    version = _version(source, target)
    cached = _INDEXES.get((source, target))
    if cached is not None and cached.version == version:
        return cached
    with _LOCK:
        index = PairIndex(version=version)
        rows = MemoryEntry.objects.filter(source_language=source, target_language=target)
        for entry_id, key in rows.values_list("id", "source_key").iterator(chunk_size=5000):
            index.add(entry_id, key)
        _INDEXES[(source, target)] = index
    return index


@dataclass
class Match:
    """A memory entry offered for a piece."""

    entry: object  # MemoryEntry
    score: int
    diff: list[tuple[str, str]]  # (equal|insert|delete, words): the entry's source → the piece's

    @property
    def exact(self) -> bool:
        return self.score >= 100


def source_diff(old: str, new: str) -> list[tuple[str, str]]:
    """Word-level differences from ``old`` (the match's source) to ``new`` (the piece's)."""
    old_words, new_words = old.split(), new.split()
    out: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(new_words[b1:b2])))
            continue
        if a2 > a1:
            out.append(("delete", " ".join(old_words[a1:a2])))
        if b2 > b1:
            out.append(("insert", " ".join(new_words[b1:b2])))
    return out


def matches_for_texts(source: str, target: str, texts: dict[str, str]) -> dict[str, list[Match]]:
    """Best matches for each ``piece id -> source text`` (plain), one query for the entries."""
    from issues.models import MemoryEntry

    index = pair_index(source, target)
    found: dict[str, list[tuple[int, float]]] = {
        piece_id: index.lookup(text_key(text)) for piece_id, text in texts.items()
    }
    wanted = {entry_id for pairs in found.values() for entry_id, _ in pairs}
    entries = MemoryEntry.objects.in_bulk(wanted)
    result: dict[str, list[Match]] = {}
    for piece_id, pairs in found.items():
        result[piece_id] = [
            Match(
                entry=entries[entry_id],
                score=int(score),
                diff=source_diff(entries[entry_id].source_text, texts[piece_id]),
            )
            for entry_id, score in pairs
            if entry_id in entries
        ]
    return result


def common_ratio(source: str, target: str) -> float | None:
    """The usual length ratio target/source of a pair in the memory (None: too few entries)."""
    from issues.models import MemoryEntry

    lengths = list(
        MemoryEntry.objects.filter(source_language=source, target_language=target)
        .order_by("-approved_at")
        .values_list("source_text", "target_text")[:500]
    )
    ratios = sorted(len(t) / len(s) for s, t in lengths if len(s) >= 20)
    if len(ratios) < 20:
        return None
    return ratios[len(ratios) // 2]


__all__ = ["Match", "common_ratio", "matches_for_texts", "pair_index", "source_diff"]
