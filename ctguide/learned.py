"""Word evidence learned from labelled real project descriptions: which words practitioners use when they
write about each area, beyond the hand-written vocabularies of knowledge/areas/*.yaml.

For every area and word family, a smoothed log-odds (a Dirichlet prior towards the word's frequency
in all descriptions) compares how often descriptions labelled with the area use the word with how
often the others do. A description counts fully for its labelled area and ALSO_WEIGHT for each of its
`also` areas; a word is kept for an area only when descriptions from MIN_GROUPS different sources
use it, so that one text never teaches a word. Compiled by `python -m ctguide.learned` (dev time: it
reads the labelled tuning descriptions in tests/data) into compiled/learned.json; the runtime reads
only that file, and matches without it when it is missing or damaged.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from ctguide.lexicon import translations
from ctguide.textnorm import GENERIC_TOKENS, STOP_WORDS, stem
from ctguide.textnorm import words as textwords

FORMAT = "ctguide-learned 1"
LEARNED = Path(__file__).resolve().parent / "compiled" / "learned.json"
PRIOR = 16.0
ALSO_WEIGHT = 0.5
MIN_GROUPS = 3
MIN_WEIGHT = 0.5
PER_AREA = 60

Weights = dict[str, dict[str, float]]  # word family -> area -> log-odds


def tokens(text: str) -> frozenset[str]:
    """The word families of `text` as the matcher reads them (words of es/fr/pt also as their English family),
    numbers, two-letter words and words of nearly every project ('survivors', 'support') left out."""
    found: set[str] = set()
    for word in textwords(text[:5000])[:600]:
        if word in STOP_WORDS or len(word) < 3 or not word.isalpha():
            continue  # numbers and years say when or how many, not which area
        found.add(stem(word))
        english = translations().get(word)
        if english:
            found.add(english)
    return frozenset(found - GENERIC_TOKENS)


def train(
    items: Iterable[Mapping],
    *,
    prior: float = PRIOR,
    also_weight: float = ALSO_WEIGHT,
    min_groups: int = MIN_GROUPS,
) -> Weights:
    """Per word family, the areas whose labelled descriptions use it more than the rest do, with the log-odds."""
    docs = [(tokens(i["text"]), i["area"], frozenset(i.get("also", ())), i["group"]) for i in items]
    n = len(docs)
    doc_freq: dict[str, int] = defaultdict(int)
    for words, *_ in docs:
        for w in words:
            doc_freq[w] += 1
    areas = sorted({a for _, area, also, _ in docs for a in (area, *also)})
    weights: Weights = defaultdict(dict)
    for area in areas:
        share = [1.0 if d[1] == area else also_weight if area in d[2] else 0.0 for d in docs]
        inside, outside = sum(share), n - sum(share)
        used: dict[str, float] = defaultdict(float)
        groups: dict[str, set[str]] = defaultdict(set)
        for (words, _, _, group), s in zip(docs, share, strict=True):
            for w in words if s else ():
                used[w] += s
                groups[w].add(group)
        kept = []
        for w, n_in in used.items():
            if len(groups[w]) < min_groups:
                continue
            base = prior * (doc_freq[w] + 1) / (n + 2)
            n_out = doc_freq[w] - n_in
            odds = math.log((n_in + base) / (inside + prior)) - math.log((n_out + base) / (outside + prior))
            if odds >= MIN_WEIGHT:
                kept.append((round(odds, 2), w))
        for odds, w in sorted(kept, key=lambda k: (-k[0], k[1]))[:PER_AREA]:
            weights[w][area] = odds
    return {w: dict(sorted(a.items())) for w, a in sorted(weights.items())}


def read_weights(path: Path, fmt: str, keys: Container[str] | None = None) -> Weights:
    """The word weights compiled at `path` ({} when the file is missing, damaged or of another format),
    keeping only `keys` (areas or pillars) when given."""
    try:
        document = json.loads(path.read_bytes())
        if document["format"] != fmt:
            return {}
        return {
            str(w): {str(k): float(v) for k, v in by_key.items() if keys is None or k in keys}
            for w, by_key in document["words"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


class Switchable:
    """Compiled weights that cross-validation and tests can replace for a while (`using`)."""

    def __init__(self, shipped: Callable[[], Weights]) -> None:
        self._shipped = shipped
        self._stack: list[Weights] = []

    def active(self) -> Weights:
        """The weights matching uses: the compiled ones, or those `using` put in place."""
        return self._stack[-1] if self._stack else self._shipped()

    @contextmanager
    def using(self, weights: Weights) -> Iterator[None]:
        """Match with `weights` instead of the compiled ones."""
        self._stack.append(weights)
        try:
            yield
        finally:
            self._stack.pop()


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The compiled area weights ({} when the file is missing, damaged or of another format)."""
    return read_weights(LEARNED, FORMAT)


_SWITCH = Switchable(shipped)
active = _SWITCH.active
using = _SWITCH.using


def evidence(weights: Weights, words: Iterable[str]) -> dict[str, tuple[float, list[str]]]:
    """Per area, the summed log-odds of the text's word families and those words, strongest first."""
    found: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for w in words:
        for area, odds in weights.get(w, {}).items():
            found[area].append((odds, w))
    result = {}
    for area, hits in found.items():
        hits.sort(key=lambda h: (-h[0], h[1]))
        result[area] = (sum(o for o, _ in hits), [w for _, w in hits])
    return result


def tuning_descriptions(data: Path) -> list[dict]:
    """The labelled tuning descriptions: real.yaml's tune split, round1.yaml, round2.yaml's seen half,
    round3.yaml, round4.yaml, round5.yaml and round6.yaml (never round2's blind half, nor any holdout or untouched set)."""
    from ctguide.yamlio import load_yaml

    def load(name: str) -> list[dict]:
        return load_yaml((data / name).read_text(encoding="utf-8"))["descriptions"]

    real = [i for i in load("real.yaml") if i["split"] == "tune"]
    seen = [i for i in load("round2.yaml") if not blind_half(i)]
    return (
        real
        + load("round1.yaml")
        + seen
        + load("round3.yaml")
        + load("round4.yaml")
        + load("round5.yaml")
        + load("round6.yaml")
    )


def blind_half(item: Mapping) -> bool:
    """Round2's blind half (the same hash of the source group as benchmarks/match_accuracy.py)."""
    return hashlib.sha256(item["group"].encode()).digest()[0] % 2 == 1


def source_fold(item: Mapping, folds: int) -> int:
    """The cross-validation fold of a description, by its source group: a source never spans two folds."""
    return hashlib.sha256(item["group"].encode()).digest()[1] % folds


DESCRIPTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "descriptions"


def store_text(head: Mapping[str, object], words: Mapping[str, object]) -> str:
    """The text of a compiled weights store (read_weights reads it back): one word family or feature a line,
    so that changes merge cleanly."""
    lines = [f"{json.dumps(w)}: {json.dumps(v, sort_keys=True)}" for w, v in words.items()]
    return json.dumps(dict(head))[:-1] + ', "words": {\n' + ",\n".join(lines) + "\n}}\n"


def write_store(path: Path, generate: Callable[[Path], str]) -> None:
    """Compile a store from the labelled tuning descriptions (dev time: `python -m ctguide.<module>`)."""
    from ctguide.atomic import write_atomic

    write_atomic(path, generate(DESCRIPTIONS))
    print(f"wrote {path}")


def generate(data: Path) -> str:
    """The text of compiled/learned.json."""
    weights = train(tuning_descriptions(data))
    return store_text({"format": FORMAT, "prior": PRIOR, "also_weight": ALSO_WEIGHT}, weights)


def main() -> None:
    write_store(LEARNED, generate)


if __name__ == "__main__":
    main()
