"""Area-matching quality on the labelled descriptions in tests/data/descriptions.yaml.

Prints area top-1 and top-3 accuracy and pillar accuracy, overall and per kind of text (short,
long, messy, es, fr, abbreviation); with --misses, the descriptions it got wrong.
A description counts as a top-1 hit when the first area is its label or one of its `also`
alternatives; top-3 when its label appears among the first three.
Targets: area top-1 >= 80 %, top-3 >= 95 %.
Run: python benchmarks/match_accuracy.py [--misses] [--file DESCRIPTIONS.yaml]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.matching import suggest  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402


def evaluate(kb, descriptions):  # noqa: ANN001, ANN201 - script helper
    """Per description: (kind, top1 hit, top3 hit, pillar hit, ranked ids)."""
    rows = []
    for item in descriptions:
        ranked = [a.id for a in suggest(kb, item["text"], limit=5).areas]
        accepted = {item["area"], *item.get("also", [])}
        top1 = bool(ranked) and ranked[0] in accepted
        top3 = item["area"] in ranked[:3] or (top1 and ranked[0] == item["area"])
        pillar = bool(ranked) and kb.area_by_id[ranked[0]].pillar == item["pillar"]
        rows.append((item.get("kind", "?"), top1, top3, pillar, ranked, item))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=ROOT / "tests" / "data" / "descriptions.yaml")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    kb = load_knowledge()
    rows = evaluate(kb, load_yaml(args.file.read_text(encoding="utf-8"))["descriptions"])
    groups = defaultdict(list)
    for row in rows:
        groups["all"].append(row)
        groups[row[0]].append(row)
    print(f"{'kind':<14}{'n':>5}{'area top-1':>12}{'area top-3':>12}{'pillar':>9}")
    for kind, members in sorted(groups.items(), key=lambda g: (g[0] != "all", g[0])):
        n = len(members)
        top1, top3, pillar = (sum(r[i] for r in members) / n * 100 for i in (1, 2, 3))
        print(f"{kind:<14}{n:>5}{top1:>11.1f}%{top3:>11.1f}%{pillar:>8.1f}%")
    print("targets: area top-1 >= 80 %, top-3 >= 95 %")
    if args.misses:
        for kind, top1, top3, _, ranked, item in rows:
            if not (top1 and top3):
                mark = "top-3 miss" if not top3 else "top-1 miss"
                print(
                    f"\n[{mark}] {kind}: {item['text'][:140]}\n   want {item['area']} (also {item.get('also', [])}), got {ranked[:3]}"
                )


if __name__ == "__main__":
    main()
