"""Translation-memory lookup: every piece of the longest issue against 50,000 entries per pair.

Run: ``DATABASE_URL=postgres://…/csrs_memory .venv/bin/python benchmarks/memory.py [--entries N]``
(a migrated database; everything it writes is rolled back at the end).

The memory is synthetic: sentences of 6 to 30 words drawn from a Zipf-distributed vocabulary
of 20,000 made-up words (real prose has a long tail of rare words; the matcher relies on it to
pick candidates). The issue has the largest shape the generator makes (3 analyses of 6
sections, 15 references): a third of its pieces are in the memory as they are (exact matches),
a third with one or two words changed (fuzzy), a third are new. Printed: the cold index build,
the warm lookup for all pieces of one pair (``matches_for_texts``, the page's and the JSON
endpoint's call: version query, index lookups, entries fetched, diffs), the median of 5 runs,
and its ratio to a floor measured in the same run: normalising the same pieces and looking them
up in a dictionary, the least any exact-only memory must do. Target: under 300 ms.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "csrs.settings.dev")

PAIRS = (("en", "ps"), ("en", "fa-af"), ("en", "ar"))


class Rollback(Exception):
    pass


def vocabulary(rng: random.Random, size: int = 20_000) -> tuple[list[str], list[float]]:
    syllables = ["ka", "ran", "do", "mi", "sel", "tor", "ab", "un", "ve", "li", "sha", "qu", "zen"]
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(1, 4))))
    ordered = sorted(words)
    rng.shuffle(ordered)
    weights = [1 / (rank + 1) for rank in range(len(ordered))]
    return ordered, weights


def sentence(rng, words, weights, low=6, high=30) -> str:
    chosen = rng.choices(words, weights=weights, k=rng.randint(low, high))
    return " ".join(chosen).capitalize() + "."


def issue_pieces(rng, words, weights) -> list[str]:
    """The pieces of the largest issue shape: titles, headings, paragraphs, list items."""
    pieces = [sentence(rng, words, weights, 4, 10), sentence(rng, words, weights, 15, 30)]
    for _analysis in range(3):
        pieces += [sentence(rng, words, weights, 4, 10), sentence(rng, words, weights, 20, 60)]
        for _section in range(6):
            pieces.append(sentence(rng, words, weights, 3, 8))  # heading
            pieces += [sentence(rng, words, weights, 20, 60) for _ in range(4)]  # paragraphs
            pieces += [sentence(rng, words, weights, 6, 15) for _ in range(2)]  # list items
        pieces.append(sentence(rng, words, weights, 20, 60))  # conclusion
    pieces += [sentence(rng, words, weights, 10, 25) for _ in range(8)]  # recommendations
    pieces += [sentence(rng, words, weights, 3, 12) for _ in range(30)]  # references
    return pieces


def vary(rng, text: str, words) -> str:
    tokens = text.split()
    for _ in range(rng.randint(1, 2)):
        tokens[rng.randrange(len(tokens))] = rng.choice(words)
    return " ".join(tokens)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000, help="entries per language pair")
    options = parser.parse_args()

    import django

    django.setup()
    from django.db import transaction

    from issues.memory import matching, store

    rng = random.Random(455)
    words, weights = vocabulary(rng)
    pieces = issue_pieces(rng, words, weights)
    texts = {f"piece-{n}": text for n, text in enumerate(pieces)}
    print(f"pieces in the issue: {len(pieces)}; entries per pair: {options.entries:,}")
    try:
        with transaction.atomic():
            for source, target in PAIRS:
                rows = []
                for n, text in enumerate(pieces):
                    if n % 3 == 0:
                        rows.append((text, f"{target}:{n}"))
                    elif n % 3 == 1:
                        rows.append((vary(rng, text, words), f"{target}:{n}~"))
                while len(rows) < options.entries:
                    rows.append((sentence(rng, words, weights), f"{target}:{len(rows)}"))
                started = time.perf_counter()
                store.save_entries(
                    [
                        store.entry_values(
                            source, target, store.Pair(s, ""), store.Pair(t, ""), origin="tmx"
                        )
                        for s, t in rows
                    ]
                )
                spent = time.perf_counter() - started
                print(f"{source}→{target}: stored {len(rows):,} in {spent:.1f} s")
            for source, target in PAIRS:
                matching._INDEXES.pop((source, target), None)
                started = time.perf_counter()
                index = matching.pair_index(source, target)
                cold = time.perf_counter() - started
                runs, found = [], {}
                for _ in range(5):
                    started = time.perf_counter()
                    found = matching.matches_for_texts(source, target, texts)
                    runs.append(time.perf_counter() - started)
                floors = []
                for _ in range(5):
                    started = time.perf_counter()
                    for text in texts.values():
                        index.exact.get(store.text_key(text))
                    floors.append(time.perf_counter() - started)
                warm, floor = statistics.median(runs), statistics.median(floors)
                exact = sum(1 for m in found.values() if m and m[0].exact)
                fuzzy = sum(1 for m in found.values() if m and not m[0].exact)
                print(
                    f"{source}→{target}: index built in {cold * 1000:.0f} ms (once per process); "
                    f"lookup of all {len(texts)} pieces {warm * 1000:.0f} ms (median of 5; "
                    f"target < 300 ms) — {exact} exact, {fuzzy} fuzzy; floor (normalise + "
                    f"exact dictionary lookup) {floor * 1000:.1f} ms; ratio {warm / floor:.1f}x"
                )
            raise Rollback
    except Rollback:
        print("(everything written was rolled back)")


if __name__ == "__main__":
    main()
