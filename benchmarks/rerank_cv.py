"""Nested source-grouped cross-validation of the learned re-ranker (ctguide.rerank) against the ranker's own order.

The tuning descriptions (ctguide.learned.tuning_descriptions) are split into FOLDS by a hash of their source
group. For each fold k, the re-ranker is trained on the other folds' descriptions, each described with learned
area and pillar words trained without its own fold AND without fold k; fold k is then matched with the words of
the other folds (as benchmarks/learned_cv.py does), once in the ranker's order ("before") and once re-ranked
("after"). Round2's blind half is matched with everything trained on all tuning descriptions (it never teaches).

Per fold and pooled, before | after: area top-1 (label or an `also` area first), strict top-1 (the label first),
top-3 (the label among the first three), pillar (the first area's pillar is the label's), not sure (share of
replies) and the sure gap (points by which sure replies' first areas are right more often than not-sure ones').
The written set (written on this project, never trained on) is matched as round2's blind half is.
--l2 and --margins try other penalties and margins (ctguide.rerank.MARGIN); --lead N lets the model order the first
N (ctguide.rerank.LEAD); --drop leaves features out; --show prints the trained weights.
Run: python benchmarks/rerank_cv.py [--folds 5] [--l2 1,10] [--margins 0,0.5] [--lead 1] [--drop F,G] [--show]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least, numbers  # noqa: E402
from ctguide import learned, matching, pillars, rerank  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data" / "descriptions"
COLUMNS = ("top-1", "strict", "top-3", "pillar", "unsure", "gap")


def hits(kb, item) -> tuple:  # noqa: ANN001 - script helper
    """(top-1, strict, top-3, pillar, not sure)."""
    result = matching.suggest(kb, item["text"], limit=5)
    ranked = [a.id for a in result.areas]
    first = result.areas[0] if result.areas else None
    return (
        bool(first) and first.id in {item["area"], *item.get("also", [])},
        bool(first) and first.id == item["area"],
        item["area"] in ranked[:3],
        bool(first) and first.pillar == item["pillar"],
        result.not_sure,
    )


def figures(rows: list[tuple]) -> list[float | None]:
    n = max(len(rows), 1)
    rates: list[float | None] = [100 * sum(r[c] for r in rows) / n for c in range(5)]
    sure, unsure = ([r[0] for r in rows if r[4] is flag] for flag in (False, True))
    gap = 100 * (sum(sure) / len(sure) - sum(unsure) / len(unsure)) if sure and unsure else None
    return [*rates, gap]


def line(name: str, before: list[tuple], after: list[tuple]) -> str:
    cells = []
    for b, a in zip(figures(before), figures(after), strict=True):
        cells.append("     -      " if b is None or a is None else f"{b:5.1f}|{a:5.1f} ")
    return f"{name:<13}{len(before):>5}  " + " ".join(cells)


def scored(kb, items, model) -> tuple[list[tuple], list[tuple]]:  # noqa: ANN001
    with rerank.using({}):
        before = [hits(kb, i) for i in items]
    with rerank.using(rerank.stored(model)):
        after = [hits(kb, i) for i in items]
    return before, after


def without(examples: list, dropped: list[int]) -> list:
    """The examples with the `dropped` features' columns zeroed (their weights then stay 0)."""
    if not dropped:
        return examples
    return [
        ([tuple(0.0 if n in dropped else x for n, x in enumerate(r)) for r in rows], y)
        for rows, y in examples
    ]


def evaluate(kb, items, folds, training, everything, sides, l2: float, show: bool) -> None:  # noqa: ANN001, PLR0913
    """One setting: per fold and pooled out of fold, then the side sets with the model trained on every fold."""
    pooled: tuple[list, list] = ([], [])
    per_fold = []
    for k in sorted(training):
        model = rerank.train(training[k], l2)
        if show:
            print(f"fold {k} weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in model.items()))
        held = [i for i, f in zip(items, folds, strict=True) if f == k]
        teach = [i for i, f in zip(items, folds, strict=True) if f != k]
        with learned.using(learned.train(teach)), pillars.using(pillars.train(teach)):
            before, after = scored(kb, held, model)
        pooled[0].extend(before)
        pooled[1].extend(after)
        per_fold.append(line(f"fold {k}", before, after))
    print(line("pooled", *pooled))
    print("\n".join(per_fold))
    model = rerank.train(everything, l2)
    with learned.using(learned.train(items)), pillars.using(pillars.train(items)):
        for name, side in sides.items():
            print(line(name, *scored(kb, side, model)))
    if show:
        print("all folds' weights: " + ", ".join(f"{f} {v:+.2f}" for f, v in model.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=at_least(2), default=5)
    parser.add_argument("--l2", type=numbers, default=(rerank.L2,))
    parser.add_argument("--margins", type=numbers, default=(rerank.MARGIN,))
    parser.add_argument("--lead", type=at_least(1), default=rerank.LEAD)
    parser.add_argument("--drop", default="", help="comma-separated features to leave out")
    parser.add_argument(
        "--show", action="store_true", help="print the weights trained on each fold's complement"
    )
    args = parser.parse_args()
    kb = load_knowledge()
    items = learned.tuning_descriptions(DATA)
    folds = [learned.source_fold(i, args.folds) for i in items]
    round2 = load_yaml((DATA / "round2.yaml").read_text(encoding="utf-8"))["descriptions"]
    sides = {
        "round2 blind": [i for i in round2 if learned.blind_half(i)],
        "written": load_yaml((DATA / "written.yaml").read_text(encoding="utf-8"))["descriptions"],
    }
    print(f"{len(items)} tuning descriptions, {len({i['group'] for i in items})} sources, {args.folds} folds")
    rerank.LEAD = args.lead
    dropped = [n for n, f in enumerate(rerank.FEATURES) if f in args.drop.split(",")]
    training = {k: without(rerank.examples(kb, items, folds, excluded=k), dropped) for k in range(args.folds)}
    everything = without(rerank.examples(kb, items, folds), dropped)
    for l2 in args.l2:
        for margin in args.margins:
            rerank.MARGIN = margin
            print(f"\nl2 {l2}, margin {margin}: before|after" + "".join(f"{c:>13}" for c in COLUMNS))
            evaluate(kb, items, folds, training, everything, sides, l2, args.show)


if __name__ == "__main__":
    main()
