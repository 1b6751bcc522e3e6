"""The pillar a whole description reads as, learned from labelled real project descriptions.

For every pillar and word family a smoothed log-odds (a Dirichlet prior towards the word's frequency in
all descriptions, as ctguide.learned does for areas) compares how often descriptions labelled with the
pillar use the word with how often the others do; a word is kept only when descriptions from
learned.MIN_GROUPS different sources use it for that pillar. A text's reading per pillar is the sum over
its word families. Only a reading that leads the next pillar by CLEAR_MARGIN counts as clear: then the
first area of a reply is one offered under that pillar (ctguide.matching._pillar_lead). The margin was
chosen by source-grouped cross-validation (benchmarks/pillar_cv.py): at 10 the first area's pillar was right
more often on every fold and never less often on round2's blind half; at 8 it gained twice as much pooled but
lost a description on the blind half and on one fold; at 6 and below the words overruled the areas a text
names more often than they were right.

Compiled by `python -m ctguide.pillars` (dev time: it reads the labelled tuning descriptions in tests/data)
into compiled/pillars.json; the runtime reads only that file and matches without it when it is missing or
damaged.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

from ctguide import learned

FORMAT = "ctguide-pillars 1"
COMPILED = Path(__file__).resolve().parent / "compiled" / "pillars.json"
PILLARS = ("prevention", "protection", "prosecution", "partnership")
PRIOR = 16.0
CLEAR_MARGIN = 10.0

Weights = dict[str, dict[str, float]]  # word family -> pillar -> log-odds


def train(items: Iterable[Mapping], *, prior: float = PRIOR) -> Weights:
    """Per word family, the pillars whose labelled descriptions use it more than the rest do, with the log-odds."""
    docs = [(learned.tokens(i["text"]), i["pillar"], i["group"]) for i in items]
    frequency: dict[str, int] = defaultdict(int)
    for words, _, _ in docs:
        for w in words:
            frequency[w] += 1
    weights: Weights = defaultdict(dict)
    for pillar in PILLARS:
        inside = sum(label == pillar for _, label, _ in docs)
        used: dict[str, int] = defaultdict(int)
        groups: dict[str, set[str]] = defaultdict(set)
        for words, label, group in docs:
            for w in words if label == pillar else ():
                used[w] += 1
                groups[w].add(group)
        for w, n_in in used.items():
            base = prior * (frequency[w] + 1) / (len(docs) + 2)
            odds = math.log((n_in + base) / (inside + prior)) - math.log(
                (frequency[w] - n_in + base) / (len(docs) - inside + prior)
            )
            if len(groups[w]) >= learned.MIN_GROUPS and odds >= learned.MIN_WEIGHT:
                weights[w][pillar] = round(odds, 2)
    return {w: dict(sorted(p.items())) for w, p in sorted(weights.items())}


def readings(weights: Weights, words: Iterable[str]) -> dict[str, list[tuple[float, str]]]:
    """Per pillar, the log-odds of each of the words that read as it."""
    hits: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for w in set(words):
        for pillar, odds in weights.get(w, {}).items():
            hits[pillar].append((odds, w))
    return hits


def totals(weights: Weights, words: Iterable[str]) -> dict[str, float]:
    """How strongly the words read as each pillar: the sum of their log-odds (0 for a pillar none reads as)."""
    hits = readings(weights, words)
    return {p: sum(o for o, _ in hits.get(p, ())) for p in PILLARS}


def clear(
    weights: Weights, words: Iterable[str], margin: float | None = None
) -> tuple[str, list[str]] | None:
    """The pillar the words read as when it leads the next by `margin` (CLEAR_MARGIN), with its words,
    strongest first."""
    margin = CLEAR_MARGIN if margin is None else margin
    hits = readings(weights, words)
    ordered = sorted(((sum(o for o, _ in found), p) for p, found in hits.items()), reverse=True)
    if not ordered or ordered[0][0] - (ordered[1][0] if len(ordered) > 1 else 0.0) < margin:
        return None
    pillar = ordered[0][1]
    return pillar, [w for _, w in sorted(hits[pillar], key=lambda h: (-h[0], h[1]))]


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The compiled pillar weights ({} when the file is missing, damaged or of another format)."""
    return learned.read_weights(COMPILED, FORMAT, PILLARS)


_SWITCH = learned.Switchable(shipped)
active = _SWITCH.active
using = _SWITCH.using


def generate(data: Path) -> str:
    """The text of compiled/pillars.json."""
    weights = train(learned.tuning_descriptions(data))
    return learned.store_text({"format": FORMAT, "prior": PRIOR, "margin": CLEAR_MARGIN}, weights)


def main() -> None:
    learned.write_store(COMPILED, generate)


if __name__ == "__main__":
    main()
