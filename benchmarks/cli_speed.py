"""How long users wait for each non-UI command, next to the bare import of its libraries.

Every run is a fresh process, as when a user types the command. Baseline, in the same run and
alternating with the commands: `python -c "import yaml, rapidfuzz, jsonschema"`. Every non-UI
command that works on knowledge or plans is timed (kb list, suggest, validate, review, export md,
starter, and import of a 13-row indicator list that `export` writes first), each in four states:
- warm: the compiled-knowledge cache holds this command's entry (the everyday case);
- cold: an empty cache, the first run after an install;
- edited: an empty cache and one built-in knowledge file changed since the package was made (a copy
  of the package and its knowledge with a line added to one area file): the first run after a
  knowledge change, which parses that file again;
- no cache: a cache folder that cannot be made (loading without the user cache).
Prints medians and the ratio to the baseline, of the wall-clock time (what users wait for) and of
the process's CPU time (user + system: steadier when other work shares the machine).
Targets: warm <= 1.5x the bare import; cold and edited <= the time before the cache existed.
--compare DIR also times, in the same alternation, the commands of another ctguide source tree (the
tree before the cache: `git archive 0e9123c^ | tar -x -C DIR`) and says for each command whether its
cold and edited runs meet that tree's time.
Run: python benchmarks/cli_speed.py [--runs N] [--compare DIR]
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least, source_tree  # noqa: E402

PLAN = ROOT / "tests" / "data" / "plans" / "shelter_moldova.yaml"
EDITED = "areas/shelter.yaml"  # the knowledge file the "edited" runs find changed
BARE = "import yaml, rapidfuzz, jsonschema"
COMMANDS = {
    "kb list": ["kb", "list"],
    "suggest": ["suggest", "shelter for women survivors and police training"],
    "validate": ["validate", str(PLAN)],
    "review": ["review", str(PLAN)],
    "export md": ["export", str(PLAN), "-o", "{out}/plan.md", "--force"],
    "starter": ["starter", "--area", "shelter", "--start", "2027-01", "-o", "{out}/starter.yaml", "--force"],
    "import": ["import", "{out}/list.csv", "--start", "2027-01", "-o", "{out}/imported.yaml", "--force"],
}
ENTRY = "import sys; from ctguide.cli import main; sys.exit(main(sys.argv[1:]))"
KINDS = ("warm", "cold", "edited", "no cache")


def timed(
    argv: list[str], cache_dir: str, work: str, source: str | Path | None = None
) -> tuple[float, float]:
    env = {**os.environ, "CTGUIDE_CACHE_DIR": cache_dir, "CTGUIDE_DATA_DIR": work}
    if source:
        env["PYTHONPATH"] = str(source)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run compiled modules, as pip installs them
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=work)
    elapsed = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv[2:]} failed ({done.returncode}):\n{done.stderr}")
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return elapsed, cpu


def edited_tree() -> str:
    """A copy of this ctguide (compiled modules included) whose knowledge has one file changed."""
    import ctguide

    tree = Path(tempfile.mkdtemp(prefix="ctguide-bench-edited-"))
    package = Path(ctguide.__file__).resolve().parent
    shutil.copytree(package, tree / "ctguide", ignore=shutil.ignore_patterns("_data"))
    from ctguide.paths import builtin_knowledge_dir

    shutil.copytree(builtin_knowledge_dir(), tree / "knowledge")
    with (tree / "knowledge" / EDITED).open("a", encoding="utf-8") as file:
        file.write("# a line added after the package was made\n")
    return str(tree)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=at_least(1), default=9)
    parser.add_argument(
        "--compare", metavar="DIR", type=source_tree, help="also time the ctguide source tree in DIR"
    )
    args = parser.parse_args()
    tempfile.tempdir = tempfile.mkdtemp(prefix="ctguide-bench-")  # every folder below goes here
    atexit.register(shutil.rmtree, tempfile.tempdir, ignore_errors=True)
    work = tempfile.mkdtemp(prefix="ctguide-bench-")
    warm_cache = tempfile.mkdtemp(prefix="ctguide-bench-cache-")
    edited = edited_tree()
    bare = [sys.executable, "-c", BARE]
    export_csv = [sys.executable, "-c", ENTRY, "export", str(PLAN), "-o", f"{work}/list.csv"]
    timed(export_csv, warm_cache, work)  # the small indicator list `import` reads (13 rows)
    commands = {
        name: [sys.executable, "-c", ENTRY, *(a.format(out=work) for a in argv)]
        for name, argv in COMMANDS.items()
    }
    for argv in [bare, *commands.values()]:
        timed(argv, warm_cache, work)  # warm the file cache and the compiled-knowledge cache
        timed(argv, tempfile.mkdtemp(), work, edited)
        if args.compare:
            timed(argv, warm_cache, work, args.compare)
    blocked = Path(work) / "not a folder"
    blocked.write_text("the cache folder cannot be made here")
    kinds = (*KINDS, *(["compared"] if args.compare else []))
    times: dict[str, list[tuple[float, float]]] = {"bare": []} | {
        f"{n} {k}": [] for n in commands for k in kinds
    }
    for _ in range(args.runs):
        for name, argv in commands.items():
            times["bare"].append(timed(bare, warm_cache, work))
            times[f"{name} warm"].append(timed(argv, warm_cache, work))
            times[f"{name} cold"].append(timed(argv, tempfile.mkdtemp(prefix="ctguide-bench-cold-"), work))
            times[f"{name} edited"].append(timed(argv, tempfile.mkdtemp(), work, edited))
            times[f"{name} no cache"].append(timed(argv, str(blocked / "cache"), work))
            if args.compare:
                times[f"{name} compared"].append(timed(argv, warm_cache, work, args.compare))
    report(times, args.compare, args.runs)


def report(times: dict[str, list[tuple[float, float]]], compared: str | None, runs: int) -> None:
    base_wall, base_cpu = medians(times["bare"])
    print(f"{'':<38} {'wall ms':>9} {'ratio':>6}   {'cpu ms':>8} {'ratio':>6}")
    print(f"{'python -c ' + repr(BARE):<38} {base_wall:9.1f} {'':>6}   {base_cpu:8.1f}")
    for name, values in times.items():
        if name != "bare":
            wall, cpu = medians(values)
            label = f"ctguide {name}".replace(" compared", f" ({compared})")
            print(f"{label:<38} {wall:9.1f} {wall / base_wall:5.2f}x   {cpu:8.1f} {cpu / base_cpu:5.2f}x")
    worst = max(medians(v)[0] for n, v in times.items() if n.endswith("warm")) / base_wall
    print(f"slowest warm command / bare import (wall): {worst:.2f}x   target <= 1.5x   (n={runs} each)")
    if compared:
        print(f"first runs against {compared} (target: no slower; wall, with cpu in brackets):")
        for name in COMMANDS:
            before = medians(times[f"{name} compared"])
            for kind in ("cold", "edited"):
                now = medians(times[f"{name} {kind}"])
                verdict = "meets" if now[0] <= before[0] else "MISSES"
                print(f"  {name + ' ' + kind:<18} {now[0]:7.1f} vs {before[0]:7.1f} ms  "
                      f"({now[1]:6.1f} vs {before[1]:6.1f})  {now[0] / before[0]:5.2f}x  {verdict}")  # fmt: skip


def medians(values: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)


if __name__ == "__main__":
    main()
