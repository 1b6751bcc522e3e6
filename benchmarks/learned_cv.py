"""Source-grouped cross-validation of the whole area ranker on the tuning descriptions.

The tuning descriptions (ctguide.learned.tuning_descriptions: real.yaml tune split, round1.yaml, round2.yaml's
seen half, round3.yaml, round4.yaml, round5.yaml, round6.yaml; never round2's blind half) are split into FOLDS by a hash of their source group. Each
fold is matched with word evidence (ctguide.learned, and the pillar words of ctguide.pillars) learned from the
other folds only, so no description (nor any text from its source) teaches the words it is scored on; so is the re-ranker
(ctguide.rerank), trained on the other folds as benchmarks/rerank_cv.py does. Round2's blind half is matched with
weights learned from all tuning descriptions (it never teaches anything). --grid runs without the re-ranker.

Default: the current ranker, per set (pooled over folds), per fold, and round2 blind: area top-1 (label or
an `also` area first), top-3 (label among the first three), pillar, and the sure gap (how many points more
often a sure reply's first area is right than a not-sure reply's: whether "not sure" is honest). Keep a ranking change when pooled
top-3 rises and no fold's top-1 drops by more than about a point.
--grid: pooled figures per (prior, blend weight, cap) of the learned evidence, first without it.
--set NAME=VALUE tries another value of a ctguide.matching constant (repeatable).
--misses lists the tuning descriptions (never round2's blind half) missed out of fold as above, each with its
causes (cause()); --causes counts them per language: the labelled area absent from the candidates, ranked 4th or
lower, 2nd or 3rd, or the pillar wrong with the area or under a right area.
Run: python benchmarks/learned_cv.py [--folds 5] [--misses] [--set NAME=VALUE ...]
     python benchmarks/learned_cv.py --grid [--priors 4,16,64 --weights 1,2,4 --caps 3,6,12]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least, numbers, setting  # noqa: E402
from ctguide import learned, matching, pillars, rerank  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data" / "descriptions"


def hits(kb, item) -> tuple[bool, bool, bool, bool, list[str]]:  # noqa: ANN001 - script helper
    result = matching.suggest(kb, item["text"], limit=matching.CANDIDATES)
    ranked = [a.id for a in result.areas]
    first = result.areas[0] if result.areas else None
    return (
        bool(first) and first.id in {item["area"], *item.get("also", [])},
        item["area"] in ranked[:3],
        bool(first) and first.pillar == item["pillar"],
        result.not_sure,
        ranked,
    )


def run(kb, items, models, pillar_models, rerankers=None) -> list[list[tuple]]:  # noqa: ANN001
    """Each fold matched with its own models; `rerankers` (one per fold) None: without the re-ranker."""
    per_fold = []
    for k, (model, pillar_model) in enumerate(zip(models, pillar_models, strict=True)):
        reranker = rerankers[k] if rerankers else {}
        with learned.using(model), pillars.using(pillar_model), rerank.using(reranker):
            per_fold.append([(*hits(kb, i), i) for i in items if i["_fold"] == k])
    return per_fold


def pillar_models(items: list[dict], folds: int) -> list:
    return [pillars.train([i for i in items if i["_fold"] != k]) for k in range(folds)]


def rerank_models(kb, items: list[dict], folds: int) -> list:  # noqa: ANN001
    """Per fold, the re-ranker trained on the other folds (nested: see ctguide.rerank.examples)."""
    assigned = [i["_fold"] for i in items]
    return [
        rerank.stored(rerank.train(rerank.examples(kb, items, assigned, excluded=k))) for k in range(folds)
    ]


def rates(rows: list[tuple]) -> list[float]:
    return [100 * sum(r[c] for r in rows) / len(rows) for c in range(3)]


def line(name: str, rows: list[tuple]) -> str:
    return f"{name:<14}{len(rows):>5}" + "".join(f"{r:>8.1f}%" for r in rates(rows)) + f"{sureness(rows):>9}"


def sureness(rows: list[tuple]) -> str:
    """How much more often a sure reply's first area is right than a not-sure one's, in points."""
    sure, unsure = ([r[0] for r in rows if r[3] is flag] for flag in (False, True))
    if not sure or not unsure:
        return "-"
    return f"{100 * (sum(sure) / len(sure) - sum(unsure) / len(unsure)):.1f}"


def tuning_sets() -> dict[str, list[dict]]:
    """The tuning descriptions by the set they come from (the same items as learned.tuning_descriptions)."""
    by_id = {i["id"]: i for i in learned.tuning_descriptions(DATA)}
    sets: dict[str, list[dict]] = {}
    for name in (
        "real.yaml",
        "round1.yaml",
        "round2.yaml",
        "round3.yaml",
        "round4.yaml",
        "round5.yaml",
        "round6.yaml",
    ):
        items = load_yaml((DATA / name).read_text(encoding="utf-8"))["descriptions"]
        sets[name.removesuffix(".yaml")] = [i for i in items if i["id"] in by_id]
    return sets


CAUSES = ("absent", "4th+", "2nd/3rd", "area", "pillar")


def cause(row: tuple) -> dict[str, bool]:
    """Why a description is missed: its labelled area is not among the candidates at all, ranked 4th or lower, or
    2nd/3rd (top-1 misses); its first area's pillar is wrong because the area is (`area`) or, the area being the label
    or an `also` one, because the pillar read for it is (`pillar`)."""
    top1, _, pillar, _, ranked, item = row
    place = ranked.index(item["area"]) if item["area"] in ranked else None
    return {
        "absent": place is None,
        "4th+": place is not None and place >= 3,
        "2nd/3rd": not top1 and place in (1, 2),
        "area": not pillar and not top1,
        "pillar": not pillar and top1,
    }


def cause_table(rows: list[tuple]) -> None:
    """Misses by cause (counts), per language and pooled."""
    by_language: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_language[row[-1]["lang"]].append(row)
    print(
        f"\nmisses by cause{'':<4}{'n':>5}{'top-1':>8}{'top-3':>8}{'pillar':>8}"
        + "".join(f"{c:>9}" for c in CAUSES)
    )
    for name, group in [*sorted(by_language.items()), ("pooled", rows)]:
        counts = [sum(cause(r)[c] for r in group) for c in CAUSES]
        print(
            f"{name:<19}{len(group):>5}"
            + "".join(f"{r:>7.1f}%" for r in rates(group))
            + "".join(f"{c:>9}" for c in counts)
        )


def report(kb, folds: int, misses: bool, causes: bool = False) -> None:  # noqa: ANN001
    sets = tuning_sets()
    items = [
        {**i, "_set": s, "_fold": learned.source_fold(i, folds)} for s, rows in sets.items() for i in rows
    ]
    models = [learned.train([i for i in items if i["_fold"] != k]) for k in range(folds)]
    per_fold = run(kb, items, models, pillar_models(items, folds), rerank_models(kb, items, folds))
    print(f"{len(items)} tuning descriptions, {len({i['group'] for i in items})} sources, {folds} folds")
    print(f"{'':<14}{'n':>5}{'top-1':>9}{'top-3':>9}{'pillar':>9}{'sure gap':>9}")
    by_set: dict[str, list[tuple]] = defaultdict(list)
    for row in itertools.chain.from_iterable(per_fold):
        by_set[row[-1]["_set"]].append(row)
    for name, rows in by_set.items():
        print(line(name, rows))
    print(line("pooled", list(itertools.chain.from_iterable(per_fold))))
    for k, rows in enumerate(per_fold):
        print(line(f"fold {k}", rows))
    round2 = load_yaml((DATA / "round2.yaml").read_text(encoding="utf-8"))["descriptions"]
    blind = [{**i, "_fold": 0} for i in round2 if learned.blind_half(i)]
    everything = [rerank.stored(rerank.train(rerank.examples(kb, items, [i["_fold"] for i in items])))]
    print(line("round2 blind", run(kb, blind, [learned.train(items)], [pillars.train(items)], everything)[0]))
    if causes:
        cause_table(list(itertools.chain.from_iterable(per_fold)))
    if misses:
        for row in itertools.chain.from_iterable(per_fold):
            found = [c for c, hit in cause(row).items() if hit]
            if found:
                item = row[-1]
                print(
                    f"\n[{item['id']} {item['lang']} fold {item['_fold']}: {', '.join(found)}] {item['text'][:150]}"
                )
                print(
                    f"   want {item['area']}/{item['pillar']} (also {item.get('also', [])}), got {row[4][:5]}"
                )


def grid(kb, folds: int, args) -> None:  # noqa: ANN001
    items = [{**i, "_fold": learned.source_fold(i, folds)} for i in learned.tuning_descriptions(DATA)]
    print(f"{len(items)} tuning descriptions, {len({i['group'] for i in items})} sources, {folds} folds")
    print(f"{'prior':>6}{'weight':>8}{'cap':>6}{'top-1':>9}{'top-3':>9}{'pillar':>9}   top-3 per fold")
    settings = [(0.0, 0.0, 0.0)] + list(itertools.product(args.priors, args.weights, args.caps))
    by_pillar = pillar_models(items, folds)
    for prior, weight, cap in settings:
        matching.LEARNED_WEIGHT, matching.LEARNED_CAP = weight, cap
        models = [
            learned.train([i for i in items if i["_fold"] != k], prior=prior or learned.PRIOR)
            for k in range(folds)
        ]
        per_fold = run(kb, items, models, by_pillar)
        pooled = rates([r for rows in per_fold for r in rows])
        shown = " ".join(f"{rates(rows)[1]:5.1f}" for rows in per_fold)
        shown += "   top-1 " + " ".join(f"{rates(rows)[0]:5.1f}" for rows in per_fold)
        print(f"{prior:>6}{weight:>8}{cap:>6}" + "".join(f"{r:>8.1f}%" for r in pooled) + f"   {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=at_least(2), default=5)
    parser.add_argument("--grid", action="store_true")
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the tuning descriptions whose label is not in the first three",
    )
    parser.add_argument(
        "--causes", action="store_true", help="count the misses by cause, per language (see cause())"
    )
    parser.add_argument("--priors", type=numbers, default=(4.0, 16.0, 64.0))
    parser.add_argument("--weights", type=numbers, default=(1.0, 2.0, 4.0))
    parser.add_argument("--caps", type=numbers, default=(3.0, 6.0, 12.0))
    parser.add_argument(
        "--set",
        action="append",
        type=setting,
        default=[],
        metavar="NAME=VALUE",
        help="try a ctguide.matching constant",
    )
    args = parser.parse_args()
    for name, value in args.set:
        if not isinstance(getattr(matching, name, None), float):
            parser.error(f"--set {name}={value}: NAME must be a number constant of ctguide.matching")
        setattr(matching, name, value)
    kb = load_knowledge()
    if args.grid:
        grid(kb, args.folds, args)
    else:
        report(kb, args.folds, args.misses, args.causes)


if __name__ == "__main__":
    main()
