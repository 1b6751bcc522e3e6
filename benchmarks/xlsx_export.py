"""How long `ctguide export PLAN --format xlsx` takes on a large plan, next to another source tree.

A plan of N indicators (default 10,000) is imported from the same generated list as benchmarks/scale.py;
then each run is a fresh process exporting it to xlsx (loading, review for the Findings sheet, writing),
alternating with the same command of the tree given by --compare (e.g. the commit before a change:
`git archive COMMIT | tar -x -C DIR`), so that load from other work on the machine falls on both alike.
Prints each run, the medians and their ratio. Target: well under 30 s at 10,000 indicators.
Run: python benchmarks/xlsx_export.py [--size N] [--runs R] [--compare DIR]
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least, source_tree  # noqa: E402
from benchmarks.scale import write_csv  # noqa: E402


def export_seconds(tree: Path, plan: Path, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    argv = [
        sys.executable,
        "-m",
        "ctguide",
        "export",
        str(plan),
        "--format",
        "xlsx",
        "-o",
        str(out),
        "--force",
    ]
    begin = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=tree)
    seconds = time.perf_counter() - begin
    if done.returncode != 0:
        raise SystemExit(f"export failed in {tree} ({done.returncode}): {done.stderr.strip()}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=at_least(1), default=10_000)
    parser.add_argument("--runs", type=at_least(1), default=3)
    parser.add_argument(
        "--compare", metavar="DIR", type=source_tree, help="also time the ctguide source tree in DIR"
    )
    args = parser.parse_args()
    trees = {"this tree": ROOT, **({str(args.compare): args.compare.resolve()} if args.compare else {})}
    with tempfile.TemporaryDirectory(prefix="ctguide-xlsx-") as tmp:
        folder = Path(tmp)
        os.environ.setdefault("CTGUIDE_DATA_DIR", str(folder / "data"))
        table, plan = folder / "list.csv", folder / "plan.yaml"
        write_csv(table, args.size)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "ctguide", "import", str(table), "-o", str(plan), "--start", "2027-01",
                        "--months", "24"], env=env, check=True, capture_output=True, cwd=ROOT)  # fmt: skip
        times: dict[str, list[float]] = {name: [] for name in trees}
        for run in range(1, args.runs + 1):
            for name, tree in trees.items():
                seconds = export_seconds(tree, plan, folder / f"out-{len(times[name])}.xlsx")
                times[name].append(seconds)
                print(
                    f"run {run}: {name}: export xlsx of {args.size:,} indicators {seconds:.2f}s", flush=True
                )
        medians = {name: statistics.median(values) for name, values in times.items()}
        for name, median in medians.items():
            print(f"median {name}: {median:.2f}s")
        if args.compare:
            print(
                f"ratio this tree / {args.compare}: {medians['this tree'] / medians[str(args.compare)]:.2f}"
            )


if __name__ == "__main__":
    main()
