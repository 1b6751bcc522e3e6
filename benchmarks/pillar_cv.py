"""Source-grouped cross-validation of how the pillar is read from the text (ctguide.matching).

The tuning descriptions (real.yaml tune split, round1.yaml, round2.yaml's seen half, round3.yaml, round4.yaml, round5.yaml, round6.yaml) are
split into FOLDS by a hash of their source group (ctguide.learned.source_fold); each fold is matched with the word
evidence of ctguide.learned trained on the other folds only (as benchmarks/learned_cv.py does), round2's blind half
and the written set with it trained on all tuning descriptions; the same holds for the pillar words of
ctguide.pillars. For each setting of the pillar constants (the switch off an area's home pillar, HOME_BIAS and
SWITCH_MARGIN, the weight of areas not offered under the pillar the text clearly serves, SERVED_MIN / SERVED_LEAD /
SERVED_MISFIT, and the lead a description-level pillar reading needs to choose the first area,
ctguide.pillars.CLEAR_MARGIN; "inf" turns that off); the re-ranker (ctguide.rerank) of each fold is trained on the
other folds under the current setting (nested, as benchmarks/rerank_cv.py does)
it prints pooled pillar (the first area's pillar is the label), area top-1, strict top-1, pair (the first area
is the label or an `also` area AND its pillar is the labelled one: what the user gets right at once), "given the
area" (the labelled area's pillar as read from the text, over labels whose area has several pillars),
pillar and top-1 per fold, and round2's blind half and the written set as figures only (never their
items). Last, nested cross-validation: the setting best on four folds, scored on the fifth.
Run: python benchmarks/pillar_cv.py [--folds 5]
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least  # noqa: E402
from ctguide import learned, matching, pillars, rerank  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data" / "descriptions"
NAMES = ("HOME_BIAS", "SWITCH_MARGIN", "SERVED_MIN", "SERVED_LEAD", "SERVED_MISFIT", "CLEAR_MARGIN")
OWNERS = (matching,) * 5 + (pillars,)
SETTINGS = {
    "old thresholds": (1.5, 2.0, 3.0, 1.5, 0.7, math.inf),
    "no misfit": (1.25, 1.5, 2.0, 1.5, 1.0, 10.0),
    "misfit 0.85": (1.25, 1.5, 2.0, 1.5, 0.85, 10.0),
    "served min 3": (1.25, 1.5, 3.0, 1.5, 0.7, 10.0),
    "switch 1.0/1.0": (1.0, 1.0, 2.0, 1.5, 0.7, 10.0),
    "switch 1.25/1.0": (1.25, 1.0, 2.0, 1.5, 0.7, 10.0),
    "no pillar lead": (1.25, 1.5, 2.0, 1.5, 0.7, math.inf),
    "lead 6": (1.25, 1.5, 2.0, 1.5, 0.7, 6.0),
    "lead 8": (1.25, 1.5, 2.0, 1.5, 0.7, 8.0),
    "lead 12": (1.25, 1.5, 2.0, 1.5, 0.7, 12.0),
}


def load(name: str) -> list[dict]:
    return load_yaml((DATA / name).read_text(encoding="utf-8"))["descriptions"]


def hits(kb, index, item) -> tuple:  # noqa: ANN001 - script helper
    """(top-1, pillar, strict, pair, pillar given the labelled area or None)."""
    result = matching.suggest(kb, item["text"], limit=5)
    first = result.areas[0] if result.areas else None
    area = kb.area_by_id[item["area"]]
    given = None
    if len(area.pillars) > 1:
        given = matching._pillar_for(index, matching._Query.read(index, item["text"]), area) == item["pillar"]
    top1 = bool(first) and first.id in {item["area"], *item.get("also", [])}
    pillar = bool(first) and first.pillar == item["pillar"]
    return (top1, pillar, bool(first) and first.id == item["area"], top1 and pillar, given)


def scored_out_of_fold(kb, index, items, folds, models) -> list[tuple]:  # noqa: ANN001
    """Each description scored with the learned area and pillar words of the other folds."""
    rows: list[tuple] = []
    for item, fold in zip(items, folds, strict=True):
        with learned.using(models[fold][0]), pillars.using(models[fold][1]), rerank.using(models[fold][2]):
            rows.append(hits(kb, index, item))
    return rows


def setting(values: tuple) -> None:
    for owner, name, value in zip(OWNERS, NAMES, values, strict=True):
        setattr(owner, name, value)


def rate(rows: list[tuple], column: int) -> float:
    values = [row[column] for row in rows if row[column] is not None]
    return 100 * sum(values) / max(len(values), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=at_least(2), default=5)
    args = parser.parse_args()
    kb = load_knowledge()
    index = matching.index_for(kb)
    tuning = learned.tuning_descriptions(DATA)
    folds = [learned.source_fold(i, args.folds) for i in tuning]
    blind = [i for i in load("round2.yaml") if learned.blind_half(i)]
    written = load("written.yaml")
    saved = tuple(getattr(owner, n) for owner, n in zip(OWNERS, NAMES, strict=True))
    settings = {"current": saved, **SETTINGS}
    print(
        f"{len(tuning)} tuning descriptions, {len({i['group'] for i in tuning})} sources, {args.folds} folds"
    )
    models = []
    for k in range(args.folds):
        train = [i for i, f in zip(tuning, folds, strict=True) if f != k]
        reranker = rerank.stored(rerank.train(rerank.examples(kb, tuning, folds, excluded=k)))
        models.append((learned.train(train), pillars.train(train), reranker))
    everything = (
        learned.train(tuning),
        pillars.train(tuning),
        rerank.stored(rerank.train(rerank.examples(kb, tuning, folds))),
    )
    print(f"{'setting':<16}{'pillar':>8}{'top-1':>8}{'strict':>8}{'pair':>8}{'given':>8}{'blind p/t1':>13}{'written':>9}"
          "   pillar per fold / top-1 per fold")  # fmt: skip
    scored: dict[str, list[tuple]] = {}
    for name, values in settings.items():
        setting(values)
        rows = scored[name] = scored_out_of_fold(kb, index, tuning, folds, models)
        with learned.using(everything[0]), pillars.using(everything[1]), rerank.using(everything[2]):
            side = [hits(kb, index, i) for i in blind], [hits(kb, index, i) for i in written]
        per_fold = [[r for r, f in zip(rows, folds, strict=True) if f == k] for k in range(args.folds)]
        print(
            f"{name:<16}" + "".join(f"{rate(rows, c):>7.1f}%" for c in (1, 0, 2, 3, 4))
            + f"{rate(side[0], 1):>7.1f}/{rate(side[0], 0):<5.1f}{rate(side[1], 1):>8.1f}%   "
            + " ".join(f"{rate(f, 1):5.1f}" for f in per_fold) + " / "
            + " ".join(f"{rate(f, 0):5.1f}" for f in per_fold)
        )  # fmt: skip
    setting(saved)
    nested = []
    for k in range(args.folds):
        best = max(
            scored, key=lambda n: rate([r for r, f in zip(scored[n], folds, strict=True) if f != k], 1)
        )
        nested += [r for r, f in zip(scored[best], folds, strict=True) if f == k]
        print(f"fold {k}: best on the other folds: {best}")
    print(
        f"nested cross-validation: pillar {rate(nested, 1):.1f}%, top-1 {rate(nested, 0):.1f}%, pair {rate(nested, 3):.1f}%"
    )


if __name__ == "__main__":
    main()
