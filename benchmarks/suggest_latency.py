"""Time `suggest` (area and indicator ranking) per query.

Prints p50/p95 on the built-in knowledge base and on a synthetic one of 10,000 indicators
(the built-in areas cloned into 100 areas of 100 indicators, with their words shuffled between
clones), plus the one-off index build. Baseline in the same run: rapidfuzz's own
process.extract over all indicator statements, the naive way to do the same job.
Targets: p50 <= 3 ms built-in, <= 20 ms at 10,000 indicators.
Run: python benchmarks/suggest_latency.py
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure, report  # noqa: E402
from rapidfuzz import fuzz, process, utils  # noqa: E402

from ctguide.knowledge import KnowledgeBase, load_knowledge  # noqa: E402
from ctguide.matching import build_index, suggest  # noqa: E402

QUERIES = [
    "shelter for women survivors in Chisinau",
    "LE trainng on VoT identifcation",
    "refugio para víctimas de trata",
    "formation des policiers sur l'identification des victimes",
    "we run a shelter for women survivors and give psychological counselling, and help them go home and find work after",
    "support the national anti-trafficking committee to monitor its action plan",
    "audits of garment suppliers for forced labour in Bangladesh and Cambodia",
    "set up a survivor advisory board",
    "The project will strengthen the capacity of labour inspectors in the fishing and construction sectors to detect "
    "forced labour, refer presumed victims to services and cooperate with police and prosecutors in joint operations.",
    "hotline 24/7 for trafiked ppl",
]


def synthetic(kb: KnowledgeBase, areas: int = 100, per_area: int = 100, seed: int = 7) -> KnowledgeBase:
    rng = random.Random(seed)
    sources = list(kb.areas)
    built = []
    for n in range(areas):
        base = sources[n % len(sources)]
        donor = sources[rng.randrange(len(sources))]
        code = f"Z{n:03d}"[:5]
        keywords = tuple(rng.sample(base.keywords, k=min(15, len(base.keywords)))) + tuple(
            rng.sample(donor.keywords, k=5)
        )
        indicators = []
        for k in range(per_area):
            template = rng.choice(base.indicators + donor.indicators)
            indicators.append(dataclasses.replace(template, id=f"{code}-{k:03d}", area=f"{base.id}_{n}"))
        built.append(
            dataclasses.replace(
                base, id=f"{base.id}_{n}", code=code, keywords=keywords, indicators=tuple(indicators)
            )
        )
    return dataclasses.replace(kb, areas=tuple(built))


def main() -> None:
    kb = load_knowledge()
    big = synthetic(kb)
    print(f"built-in: {len(kb.areas)} areas, {len(kb.indicators)} indicators; synthetic: {len(big.areas)} areas, "
          f"{len(big.indicators)} indicators")  # fmt: skip
    for label, knowledge in (("built-in", kb), ("synthetic 10k", big)):
        start = time.perf_counter()
        build_index(knowledge)
        print(
            f"{label:<14} index build: {(time.perf_counter() - start) * 1000:.1f} ms (once per knowledge base)"
        )
        suggest(knowledge, "warm up the index cache")
        times = [
            t for query in QUERIES for t in measure(lambda q=query, k=knowledge: suggest(k, q), repeat=30)
        ]
        print(report(f"{label}: suggest()", times))
        choices = [utils.default_process(i.statement) for i in knowledge.indicators]
        naive = [t for query in QUERIES for t in measure(
            lambda q=query, c=choices: process.extract(utils.default_process(q), c, scorer=fuzz.WRatio, limit=10), repeat=5)]  # fmt: skip
        print(report(f"{label}: baseline rapidfuzz WRatio over statements", naive))


if __name__ == "__main__":
    main()
