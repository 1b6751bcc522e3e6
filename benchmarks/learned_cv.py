"""Source-grouped cross-validation of the learned word evidence (ctguide.learned) on the tuning descriptions.

The tuning descriptions (real.yaml tune split, round1.yaml, round2.yaml's seen half; never the blind half)
are split into FOLDS by a hash of their source group. Each fold is matched with weights learned from the
other folds only, so no description (nor any text from its source) teaches the words it is scored on.
Prints pooled area top-1 / top-3 / pillar per (prior, blend weight, cap), the first line without the
learned evidence, then top-3 and top-1 per fold.
Run: python benchmarks/learned_cv.py [--folds 5]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ctguide import learned, matching  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402

DATA = ROOT / "tests" / "data" / "descriptions"


def hits(kb, item) -> tuple[bool, bool, bool]:  # noqa: ANN001 - script helper
    result = matching.suggest(kb, item["text"], limit=5)
    ranked = [a.id for a in result.areas]
    first = result.areas[0] if result.areas else None
    return (
        bool(first) and first.id in {item["area"], *item.get("also", [])},
        item["area"] in ranked[:3],
        bool(first) and first.pillar == item["pillar"],
    )


def run(kb, items, models, weight: float, cap: float) -> list[list[tuple]]:  # noqa: ANN001
    matching.LEARNED_WEIGHT, matching.LEARNED_CAP = weight, cap
    per_fold = []
    for k, model in enumerate(models):
        with learned.using(model):
            per_fold.append([hits(kb, i) for i in items if i["_fold"] == k])
    return per_fold


def rates(rows: list[tuple]) -> list[float]:
    return [100 * sum(r[c] for r in rows) / len(rows) for c in range(3)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--priors", default="4,16,64")
    parser.add_argument("--weights", default="1,2,4")
    parser.add_argument("--caps", default="3,6,12")
    args = parser.parse_args()
    kb = load_knowledge()
    items = [{**i, "_fold": learned.source_fold(i, args.folds)} for i in learned.tuning_descriptions(DATA)]
    print(f"{len(items)} tuning descriptions, {len({i['group'] for i in items})} sources, {args.folds} folds")
    print(f"{'prior':>6}{'weight':>8}{'cap':>6}{'top-1':>9}{'top-3':>9}{'pillar':>9}   top-3 per fold")
    settings = [(0.0, 0.0, 0.0)] + list(
        itertools.product(*(map(float, s.split(",")) for s in (args.priors, args.weights, args.caps)))
    )
    for prior, weight, cap in settings:
        models = [
            learned.train([i for i in items if i["_fold"] != k], prior=prior or learned.PRIOR)
            for k in range(args.folds)
        ]
        per_fold = run(kb, items, models, weight, cap)
        pooled = rates([r for rows in per_fold for r in rows])
        folds = " ".join(f"{rates(rows)[1]:5.1f}" for rows in per_fold)
        folds += "   top-1 " + " ".join(f"{rates(rows)[0]:5.1f}" for rows in per_fold)
        print(f"{prior:>6}{weight:>8}{cap:>6}" + "".join(f"{r:>8.1f}%" for r in pooled) + f"   {folds}")


if __name__ == "__main__":
    main()
