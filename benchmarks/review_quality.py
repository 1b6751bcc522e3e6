"""Review quality on the labelled statements in tests/data/review_set/ (tune, holdout, round1, tune2, round2, separately).

Per category: recall (labelled items the review flags for that category) and the share of items NOT
labelled with it that it still flags. On the good statements (full metadata): the false-alarm rate,
i.e. the share with any warning or error on the indicator itself (plan-level coverage findings of the
one-indicator test plan, such as "this area measures only outputs", are not about the statement). Targets on the holdout: every category >= 85 %,
false alarms <= 5 %.
Run: python benchmarks/review_quality.py [--part tune|holdout|round1|tune2|round2|all] [--misses]
round1 and round2 are the untouched sets of sessions 18 and 19, reported once and tuned on since.
The untouched set is scored only with --untouched (the lead's one final run); no other option prints it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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
    args = parser.parse_args()
    kb = load_knowledge()
    if args.untouched:
        report(UNTOUCHED, evaluate(kb, load_file(args.untouched)), args.misses)
        print("\ntargets on the untouched set: every category >= 85 %, false alarms <= 5 %")
        return
    for part in TUNING_PARTS if args.part == "all" else (args.part,):
        report(part, evaluate(kb, load_items(part)), args.misses)
    print("\ntargets (on the untouched set only): every category >= 85 %, false alarms <= 5 %")


if __name__ == "__main__":
    main()
