"""How long users wait for each non-UI command, next to the bare import of its libraries.

Every run is a fresh process, as when a user types the command. Baseline, in the same run and
alternating with the commands: `python -c "import yaml, rapidfuzz, jsonschema"`. Each command is
timed with a warm compiled-knowledge cache (the everyday case) and with an empty one (the first
run after an install or a knowledge change). Prints medians and the ratio to the baseline.
Targets: warm <= 1.5x the bare import; cold <= the time before the cache existed.
Run: python benchmarks/cli_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAN = Path(__file__).resolve().parent.parent / "tests" / "data" / "plans" / "shelter_moldova.yaml"
BARE = "import yaml, rapidfuzz, jsonschema"
COMMANDS = {
    "kb list": ["kb", "list"],
    "suggest": ["suggest", "shelter for women survivors and police training"],
    "review": ["review", str(PLAN)],
    "export md": ["export", str(PLAN), "-o", "{out}/plan.md", "--force"],
}
ENTRY = "import sys; from ctguide.cli import main; sys.exit(main(sys.argv[1:]))"


def timed(argv: list[str], cache_dir: str, work: str) -> float:
    env = {**os.environ, "CTGUIDE_CACHE_DIR": cache_dir, "CTGUIDE_DATA_DIR": work}
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = (time.perf_counter() - start) * 1000
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv[2:]} failed ({done.returncode}):\n{done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="ctguide-bench-")
    warm_cache = tempfile.mkdtemp(prefix="ctguide-bench-cache-")
    bare = [sys.executable, "-c", BARE]
    commands = {
        name: [sys.executable, "-c", ENTRY, *(a.format(out=work) for a in argv)]
        for name, argv in COMMANDS.items()
    }
    for argv in [bare, *commands.values()]:
        timed(argv, warm_cache, work)  # warm the file cache and the compiled-knowledge cache
    times: dict[str, list[float]] = {"bare": []} | {
        f"{n} {k}": [] for n in commands for k in ("warm", "cold")
    }
    for _ in range(args.runs):
        for name, argv in commands.items():
            times["bare"].append(timed(bare, warm_cache, work))
            times[f"{name} warm"].append(timed(argv, warm_cache, work))
            times[f"{name} cold"].append(timed(argv, tempfile.mkdtemp(prefix="ctguide-bench-cold-"), work))
    baseline = statistics.median(times["bare"])
    print(f"{'python -c ' + repr(BARE):<44} median {baseline:7.1f} ms   (n={len(times['bare'])})")
    for name, values in times.items():
        if name != "bare":
            median = statistics.median(values)
            print(f"{'ctguide ' + name:<44} median {median:7.1f} ms   {median / baseline:5.2f}x")
    worst = max(statistics.median(v) for n, v in times.items() if n.endswith("warm")) / baseline
    print(f"slowest warm command / bare import: {worst:.2f}x   target <= 1.5x")


if __name__ == "__main__":
    main()
