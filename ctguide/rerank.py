"""Which of the areas a text supports comes first, and which three lead: a small learned re-ranker.

The ranker (ctguide.matching) proposes candidate areas in its own order; for each it describes the STRUCTURE of
the evidence, not its words (ctguide.learned holds the words): the area's rank, its score, slate score and
knowledge-base evidence against the best, its learned-word evidence, how many of its phrases the text says
outright and how early, whether the text's wording alone favours it, and whether its pillars agree with the
pillar the whole text reads as (ctguide.pillars) and with the text's own pillar cues. A conditional logit model
(one weight per feature, an L2 penalty) gives the probability that each candidate is the labelled primary area;
the most likely comes first (LEAD) when it leads the ranker's own first by MARGIN in log-odds; the others keep
the ranker's order (letting the model order the first three lost top-3: the ranker's slate is better at "what
else the project does").

Trained at dev time by `python -m ctguide.rerank` on the labelled tuning descriptions, each described with the
learned area and pillar words of the OTHER source folds (words learned from a text itself would make its own
evidence look surer than fresh text's ever is), into compiled/rerank.json, the same store as the learned words
(learned.read_weights, learned.Switchable). The runtime reads only that file and keeps the ranker's order when it
is missing or damaged. benchmarks/rerank_cv.py judges it on source-grouped folds (nested: the model scored on a
fold never saw it, nor did the words its features were computed with). Pooled over 946 tuning descriptions, ranker
-> re-ranked, MARGIN 0: top-1 85.3 -> 86.0, strict 59.5 -> 61.3, top-3 86.7 -> 86.7, pillar 78.1 -> 79.2, but on
the sets it never saw (round2's blind half, the written set) top-1 fell 80.5 -> 79.2 and 94.1 -> 92.7 (it put an
area named early before one named later or not at all). MARGIN 0.5 keeps only moves the model is clearly sure of:
top-1 85.6, strict 60.0, pillar 78.0, and nothing lost on the blind half (strict 48.1 -> 50.6) or the written set.
Its probability serves "not sure" too (matching._not_sure, SURE_ENOUGH): the sure gap widens 22.6 -> 24.7 points.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from ctguide import learned

FORMAT = "ctguide-rerank 1"
COMPILED = Path(__file__).resolve().parent / "compiled" / "rerank.json"
FEATURES = (
    "first",
    "rank",
    "score",
    "slate",
    "known",
    "learned",
    "named",
    "unnamed",
    "said_at",
    "words_lead",
    "pillar_reading",
    "pillar_cues",
    "misfit",
)
L2 = 10.0
MARGIN = 0.5  # chosen by benchmarks/rerank_cv.py: see the module docstring
LEAD = 1  # how many of the first areas the model orders; the others keep the ranker's order
FOLDS = 5
NEWTON_STEPS = 30

Row = tuple[float, ...]
Example = tuple[Sequence[Row], int]  # the candidates' features, and which candidate is the labelled primary
Model = dict[str, float]


def utilities(model: Mapping[str, float], rows: Sequence[Row]) -> list[float]:
    """Each candidate's linear score (its log-odds of being the primary, up to a constant)."""
    weights = [model.get(f, 0.0) for f in FEATURES]
    return [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]


def probabilities(model: Mapping[str, float], rows: Sequence[Row]) -> list[float]:
    """The probability that each candidate is the primary area."""
    scores = utilities(model, rows)
    top = max(scores, default=0.0)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def order(model: Mapping[str, float], rows: Sequence[Row], lead: int | None = None) -> list[int]:
    """The candidates' new order: the `lead` (LEAD) most likely first, likeliest first, then the others in the
    ranker's order. The ranker's first stays first unless another leads it by MARGIN in log-odds."""
    scores = utilities(model, rows)
    best = sorted(range(len(rows)), key=lambda n: (-scores[n], n))[: LEAD if lead is None else lead]
    if best and best[0] != 0 and scores[best[0]] - scores[0] < MARGIN:
        best = [0] + [n for n in best if n != 0][: len(best) - 1]
    return best + [n for n in range(len(rows)) if n not in best]


def train(examples: Sequence[Example], l2: float = L2) -> Model:
    """The weights that maximise the penalised conditional log-likelihood of the labelled candidates (Newton's
    method: the problem is concave, so the answer does not depend on a starting point or a learning rate)."""
    size = len(FEATURES)
    w = [0.0] * size
    for _ in range(NEWTON_STEPS):
        gradient = [-l2 * v for v in w]
        hessian = [[l2 if i == j else 0.0 for j in range(size)] for i in range(size)]
        for rows, label in examples:
            p = probabilities(dict(zip(FEATURES, w, strict=True)), rows)
            mean = [sum(pa * row[i] for pa, row in zip(p, rows, strict=True)) for i in range(size)]
            for i in range(size):
                gradient[i] += rows[label][i] - mean[i]
            for pa, row in zip(p, rows, strict=True):
                for i in range(size):
                    if row[i]:
                        for j in range(size):
                            hessian[i][j] += pa * row[i] * row[j]
            for i in range(size):
                for j in range(size):
                    hessian[i][j] -= mean[i] * mean[j]
        step = _solve(hessian, gradient)
        w = [v + s for v, s in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return {f: round(v, 4) for f, v in zip(FEATURES, w, strict=True)}


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix · x = vector (Gaussian elimination with partial pivoting; matrix is positive definite)."""
    n = len(vector)
    a = [row[:] + [v] for row, v in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


@lru_cache(maxsize=1)
def shipped() -> learned.Weights:
    """The compiled model as {feature: {"weight": w}} ({} when the file is missing, damaged or of another format)."""
    return learned.read_weights(COMPILED, FORMAT, ("weight",))


_SWITCH = learned.Switchable(shipped)
using = _SWITCH.using


def active() -> Model:
    """The model ranking uses: the compiled one, or the one `using` put in place ({}: keep the ranker's order)."""
    return {f: by["weight"] for f, by in _SWITCH.active().items() if "weight" in by}


def stored(model: Mapping[str, float]) -> learned.Weights:
    """`model` in the shape of the weights store (for `using`)."""
    return {f: {"weight": v} for f, v in model.items()}


def examples(
    kb, items: Sequence[Mapping], folds: Sequence[int], excluded: int | None = None
) -> list[Example]:  # noqa: ANN001
    """The labelled candidates of `items`, each described with the learned area and pillar words of the folds
    other than its own (and than `excluded`); items whose labelled area is not a candidate teach nothing."""
    from ctguide import matching, pillars

    found: list[Example] = []
    for k in sorted(set(folds) - {excluded}):
        teach = [i for i, f in zip(items, folds, strict=True) if f not in (k, excluded)]
        with learned.using(learned.train(teach)), pillars.using(pillars.train(teach)), using({}):
            for item, fold in zip(items, folds, strict=True):
                if fold != k:
                    continue
                ids, rows = matching.candidate_features(kb, item["text"])
                if item["area"] in ids:
                    found.append((rows, ids.index(item["area"])))
    return found


def generate(data: Path) -> str:
    """The text of compiled/rerank.json: one feature a line."""
    from ctguide.knowledge import load_knowledge

    items = learned.tuning_descriptions(data)
    folds = [learned.source_fold(i, FOLDS) for i in items]
    model = train(examples(load_knowledge(), items, folds))
    return learned.store_text(
        {"format": FORMAT, "l2": L2, "folds": FOLDS}, {f: {"weight": v} for f, v in model.items()}
    )


def main() -> None:
    learned.write_store(COMPILED, generate)


if __name__ == "__main__":
    main()
