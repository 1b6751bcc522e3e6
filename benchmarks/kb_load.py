"""Time loading the built-in knowledge base (parse + validate + cross-check + index).

Prints p50/p95 for a load inside a warm process, for a whole fresh process (imports included),
and, as the baseline measured in the same run, for parsing the same YAML files and nothing else.
Run: python benchmarks/kb_load.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import measure, report  # noqa: E402

from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.paths import builtin_knowledge_dir  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

FRESH = "import time; t=time.perf_counter(); from ctguide.knowledge import load_knowledge; load_knowledge(); print((time.perf_counter()-t)*1000)"


def parse_only() -> None:
    for path in sorted(builtin_knowledge_dir().rglob("*.yaml")):
        load_yaml(path.read_text(encoding="utf-8"))


def fresh_process() -> float:
    out = subprocess.run([sys.executable, "-c", FRESH], capture_output=True, text=True, check=True).stdout
    return float(out)


def main() -> None:
    kb = load_knowledge()
    print(f"knowledge: {len(kb.areas)} areas, {len(kb.indicators)} indicators, "
          f"{sum(p.stat().st_size for p in builtin_knowledge_dir().rglob('*.yaml')) // 1024} KiB of YAML")  # fmt: skip
    baseline = measure(parse_only, repeat=20)
    warm = measure(load_knowledge, repeat=20)
    print(report("baseline: parse the YAML only", baseline))
    print(report("load_knowledge() in a warm process", warm))
    cold = [fresh_process() for _ in range(8)]
    print(report("import + load_knowledge() in a fresh process", cold))
    ratio = sorted(warm)[len(warm) // 2] / sorted(baseline)[len(baseline) // 2]
    print(f"load / parse-only (p50): {ratio:.2f}x   target: load under 150 ms")


if __name__ == "__main__":
    main()
