"""Area-matching quality on labelled descriptions, reported per set.

Sets: `written` (tests/data/descriptions/written.yaml, written on this project) and the real set
(tests/data/descriptions/real.yaml, public project descriptions), whose `tune` and `holdout` parts
are reported separately, and round1 to round6 (tests/data/descriptions/round{1,2,3,4,5,6}.yaml: the
untouched sets of sessions 18 to 23, measured once and tuned on since). The holdout part is printed only with --holdout. The untouched set (tests/data/descriptions/untouched.yaml, public
descriptions from sources the real set does not use) is printed, overall and by language, only with
--untouched, which the lead passes once, at the end; "untouched named" leaves out its texts marked
`implicit` (a counter-trafficking activity described without naming trafficking or exploitation).

Per set: area top-1 (the first area is the label or one of its `also` areas), strict top-1 (the
first area is the label), top-3 (the label is among the first three), pillar (the first area's
pillar, as read from the text, is the labelled pillar) and the rate of replies marked "not sure".
Targets on the untouched set: top-1 >= 85 %, top-3 >= 97 %, pillar >= 92 %.
Run: python benchmarks/match_accuracy.py [--holdout] [--untouched] [--misses] [--by-language]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.matching import suggest  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data" / "descriptions"
COLUMNS = ("top-1", "strict", "top-3", "pillar", "not sure")


def score(kb, item):  # noqa: ANN001, ANN201 - script helper
    """(top-1, strict top-1, top-3, pillar, not sure, ranked ids) for one labelled description."""
    result = suggest(kb, item["text"], limit=5)
    ranked = [a.id for a in result.areas]
    accepted = {item["area"], *item.get("also", [])}
    first = result.areas[0] if result.areas else None
    return (
        bool(first) and first.id in accepted,
        bool(first) and first.id == item["area"],
        item["area"] in ranked[:3],
        bool(first) and first.pillar == item["pillar"],
        result.not_sure,
        ranked,
    )


def blind_fold(item: dict) -> bool:
    """Half of round2's source groups (chosen by a hash of the group, before tuning) that session 20
    kept out of its tuning: its misses are never listed, so its figure shows whether a change generalises."""
    return hashlib.sha256(item["group"].encode()).digest()[0] % 2 == 1


def load(name: str) -> list[dict]:
    return load_yaml((DATA / name).read_text(encoding="utf-8"))["descriptions"]


def table(title: str, groups: dict[str, list[tuple]]) -> None:
    print(f"\n{title}")
    print(f"{'':<12}{'n':>5}" + "".join(f"{c:>10}" for c in COLUMNS))
    for name, rows in groups.items():
        n = len(rows)
        rates = [sum(row[i] for row in rows) / n * 100 for i in range(5)]
        print(f"{name:<12}{n:>5}" + "".join(f"{r:>9.1f}%" for r in rates))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="also measure the untouched holdout part")
    parser.add_argument(
        "--untouched", action="store_true", help="also measure the untouched set (once, at the end)"
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help="list the real tune, round1, round2-seen, round3, round4, round5 and round6 descriptions missed (never the blind half)",
    )
    parser.add_argument("--by-language", action="store_true")
    args = parser.parse_args()
    kb = load_knowledge()
    real = load("real.yaml")
    sets = {
        "written": load("written.yaml"),
        "real tune": [i for i in real if i["split"] == "tune"],
        "round1": load("round1.yaml"),
        "round2": load("round2.yaml"),
        "round3": load("round3.yaml"),
        "round4": load("round4.yaml"),
        "round5": load("round5.yaml"),
        "round6": load("round6.yaml"),
    }
    sets["round2 seen"] = [i for i in sets["round2"] if not blind_fold(i)]
    sets["round2 blind"] = [i for i in sets["round2"] if blind_fold(i)]
    if args.holdout:
        sets["real holdout"] = [i for i in real if i["split"] == "holdout"]
    if args.untouched:
        if not (DATA / "untouched.yaml").exists():
            sys.exit("no untouched set yet: collect tests/data/descriptions/untouched.yaml first")
        sets["untouched"] = load("untouched.yaml")
        sets["untouched named"] = [i for i in sets["untouched"] if not i.get("implicit")]
    scored = {name: [(*score(kb, item), item) for item in items] for name, items in sets.items()}
    table("area matching", {name: rows for name, rows in scored.items()})
    for name, rows in scored.items():
        if (
            args.by_language
            and name in ("real tune", "round1", "round2", "round3", "round4", "round5", "round6")
        ) or name == "untouched":
            by_language: dict[str, list] = defaultdict(list)
            for row in rows:
                by_language[row[-1]["lang"]].append(row)
            table(f"{name} by language", dict(sorted(by_language.items())))
    print("\ntargets on the untouched set: top-1 >= 85 %, top-3 >= 97 %, pillar >= 92 %")
    if args.misses:
        for top1, _, top3, pillar, not_sure, ranked, item in (
            scored["real tune"]
            + scored["round1"]
            + scored["round2 seen"]
            + scored["round3"]
            + scored["round4"]
            + scored["round5"]
            + scored["round6"]
        ):
            if not (top1 and top3 and pillar):
                marks = [m for m, ok in (("top-1", top1), ("top-3", top3), ("pillar", pillar)) if not ok]
                print(
                    f"\n[{item['id']} {', '.join(marks)} miss{' ?' if not_sure else ''}] {item['text'][:150]}"
                )
                print(
                    f"   want {item['area']}/{item['pillar']} (also {item.get('also', [])}), got {ranked[:3]}"
                )


if __name__ == "__main__":
    main()
