"""Review quality on the labelled statements in tests/data/review_set/ (tune, holdout, round1, tune2, round2, round3, round4, round5, round6, separately).

Per category: recall (labelled items the review flags for that category) and the share of items NOT
labelled with it that it still flags. On the good statements (full metadata): the false-alarm rate,
i.e. the share with any warning or error on the indicator itself (plan-level coverage findings of the
one-indicator test plan, such as "this area measures only outputs", are not about the statement). Targets on the holdout: every category >= 85 %,
false alarms <= 5 %.
Run: python benchmarks/review_quality.py [--part tune|holdout|round1|tune2|round2|round3|round4|round5|round6|all] [--misses]
     python benchmarks/review_quality.py --cv [--folds 5] [--fold N --misses]
--cv pools every tuning part and splits it into source-grouped folds (tests/review_set.py source_folds: no
publisher's wording on both sides); it prints per fold and pooled recall, flags where not labelled and false
alarms, and the worst fold. The rules are hand-written, so "cross-validation" is a discipline: read the misses
of some folds only (--fold N --misses), and keep a change only if no fold, above all the unread ones, gets worse.
round1 to round6 are the untouched sets of sessions 18 to 23, reported once and tuned on since.
The untouched set is scored only with --untouched (the lead's one final run); no other option prints it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.smart import review_plan  # noqa: E402
from tests.review_set import (  # noqa: E402
    CATEGORIES,
    REVIEW_SET,
    TUNING_PARTS,
    UNTOUCHED,
    categories,
    item_plan,
    load_file,
    load_items,
    source_folds,
)


def evaluate(kb, items):  # noqa: ANN001, ANN201 - script helper
    """Per item: (item, expected categories, found categories, warnings and errors)."""
    rows = []
    for item in items:
        findings = review_plan(item_plan(kb, item), kb)
        loud = [f for f in findings if f.severity != "info" and f.indicator == item["id"]]
        rows.append((item, set(item["flags"]), categories(findings), loud))
    return rows


def report(part: str, rows, misses: bool) -> None:  # noqa: ANN001
    print(f"\n== {part}: {len(rows)} statements ({sum(1 for r in rows if r[0].get('good'))} good)")
    print(f"{'category':<18}{'n':>4}{'recall':>9}{'flagged when not labelled':>28}")
    for category in CATEGORIES:
        labelled = [r for r in rows if category in r[1]]
        others = [r for r in rows if category not in r[1]]
        hits = sum(1 for r in labelled if category in r[2])
        extra = sum(1 for r in others if category in r[2])
        recall = f"{hits / len(labelled) * 100:.1f}%" if labelled else "-"
        print(f"{category:<18}{len(labelled):>4}{recall:>9}{extra:>15} of {len(others):<4}")
    good = [r for r in rows if r[0].get("good")]
    alarms = [r for r in good if r[3]]
    print(
        f"false alarms on good statements: {len(alarms)} of {len(good)} = {len(alarms) / max(len(good), 1) * 100:.1f}%"
    )
    if misses:
        for item, expected, found, loud in rows:
            if expected - found or (item.get("good") and loud):
                print(
                    f"  {item['id']} missed {sorted(expected - found)} extra {sorted(found - expected)}: {item['statement']}"
                )
                for finding in loud if item.get("good") else []:
                    print(f"      {finding.rule} {finding.severity}: {finding.message}")


def _share(hits: int, n: int) -> str:
    return f"{hits / n * 100:5.1f}%" if n else "    -"


def _tally(rows, category: str) -> tuple[int, int, int, int]:  # noqa: ANN001
    """(labelled, found among them, not labelled, flagged among those) for one category."""
    labelled = [r for r in rows if category in r[1]]
    others = [r for r in rows if category not in r[1]]
    return (
        len(labelled),
        sum(category in r[2] for r in labelled),
        len(others),
        sum(category in r[2] for r in others),
    )


def _alarms(rows) -> tuple[int, int]:  # noqa: ANN001
    good = [r for r in rows if r[0].get("good")]
    return sum(1 for r in good if r[3]), len(good)


def cross_validate(folds: list, misses_of: int | None) -> None:  # noqa: ANN001
    """Per fold and pooled figures; the worst fold is the lowest recall, the highest extra-flag and alarm rate."""
    pooled = [row for fold in folds for row in fold]
    names = [f"fold{n + 1}" for n in range(len(folds))]
    print(f"\n== cross-validation: {len(pooled)} statements in {len(folds)} source-grouped folds")
    print(
        "   "
        + "  ".join(
            f"{name}: {len(f)} ({sum(1 for r in f if r[0].get('good'))} good)"
            for name, f in zip(names, folds, strict=True)
        )
    )
    header = f"{'':<18}" + "".join(f"{name:>8}" for name in names) + f"{'pooled':>8}{'worst':>8}"
    print(f"\nrecall\n{header}")
    for category in CATEGORIES:
        tallies = [_tally(f, category) for f in folds]
        shares = [t[1] / t[0] for t in tallies if t[0]]
        total = _tally(pooled, category)
        worst = _share(round(min(shares) * 1000), 1000) if shares else "    -"
        print(
            f"{category:<18}"
            + "".join(f"{_share(t[1], t[0]):>8}" for t in tallies)
            + f"{_share(total[1], total[0]):>8}{worst:>8}"
        )
    print(f"\nflagged when not labelled\n{header}")
    for category in CATEGORIES:
        tallies = [_tally(f, category) for f in folds]
        total = _tally(pooled, category)
        worst = max(t[3] / t[2] for t in tallies if t[2])
        print(f"{category:<18}" + "".join(f"{_share(t[3], t[2]):>8}" for t in tallies)
              + f"{_share(total[3], total[2]):>8}{_share(round(worst * 1000), 1000):>8}")  # fmt: skip
    alarms = [_alarms(f) for f in folds]
    hit, good = _alarms(pooled)
    worst = max(a / g for a, g in alarms if g)
    print(f"\n{'false alarms':<18}" + "".join(f"{_share(a, g):>8}" for a, g in alarms)
          + f"{_share(hit, good):>8}{_share(round(worst * 1000), 1000):>8}")  # fmt: skip
    print(f"{'(good items)':<18}" + "".join(f"{f'{a}/{g}':>8}" for a, g in alarms) + f"{f'{hit}/{good}':>8}")
    if misses_of is not None:
        report(names[misses_of - 1], folds[misses_of - 1], True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*TUNING_PARTS, "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the statements the review got wrong")
    parser.add_argument(
        "--untouched",
        nargs="?",
        const=REVIEW_SET / f"{UNTOUCHED}.yaml",
        type=Path,
        metavar="FILE",
        help="score only the untouched set (default tests/data/review_set/untouched.yaml): the final run",
    )
    parser.add_argument(
        "--cv", action="store_true", help="source-grouped cross-validation over every tuning part"
    )
    parser.add_argument("--folds", type=at_least(2), default=5, help="number of folds for --cv (default 5)")
    parser.add_argument(
        "--fold", type=int, help="with --cv --misses: list the misses of this fold only (1-based)"
    )
    args = parser.parse_args()
    kb = load_knowledge()
    if args.cv:
        if args.fold is not None and not 1 <= args.fold <= args.folds:
            parser.error(f"--fold must be between 1 and {args.folds}")
        items = [item for part in TUNING_PARTS for item in load_items(part)]
        folds = [evaluate(kb, fold) for fold in source_folds(items, args.folds)]
        cross_validate(folds, args.fold if args.misses else None)
        return
    if args.untouched and not args.untouched.exists():
        sys.exit(f"no untouched set yet: collect {args.untouched} first")
    if args.untouched:
        report(UNTOUCHED, evaluate(kb, load_file(args.untouched)), args.misses)
        print("\ntargets on the untouched set: every category >= 85 %, false alarms <= 5 %")
        return
    for part in TUNING_PARTS if args.part == "all" else (args.part,):
        report(part, evaluate(kb, load_items(part)), args.misses)
    print("\ntargets (on the untouched set only): every category >= 85 %, false alarms <= 5 %")


if __name__ == "__main__":
    main()
