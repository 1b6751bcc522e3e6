"""Time import, validate, review and every export on plans of 1,000, 5,000 and 10,000 indicators.

Each plan is imported from a generated CSV (rows drawn in turn from the knowledge base's indicators,
spread over every area, 40 indicators per result, baselines and dated targets filled in), then every
command runs in-process through `ctguide.cli.main`, its output discarded. Prints wall and CPU seconds per step
and size, and the ratio of the largest to the smallest size next to the ratio of their sizes
(linear: the two match; quadratic: the first is the square of the second), and how many objects the
commands left behind in the process (a leak makes every later garbage collection, hence every step, slower).
Target: every step under 30 s at 10,000 indicators.
Run: python benchmarks/scale.py [SIZES...]   (default 1000 5000 10000)
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._args import at_least  # noqa: E402
from ctguide.cli import main as ctguide  # noqa: E402
from ctguide.exporters import FORMATS  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402

HEADER = ["Area", "Result", "Indicator", "Baseline", "Target", "Means of verification", "Frequency",
          "Responsible", "Disaggregation"]  # fmt: skip


def write_csv(path: Path, size: int) -> None:
    kb = load_knowledge()
    pool = [(area, indicator) for area in kb.areas for indicator in area.indicators]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for n in range(size):
            area, indicator = pool[n % len(pool)]
            percent = indicator.unit == "percent"
            writer.writerow([
                area.id, f"Result {n // 40} of {area.name}", f"{indicator.statement} (row {n})",
                "40" if percent else "120", "60 by 2027-12-31; 80 by 2028-12-31" if percent else "150 by 2028-12-31",
                "Case files and registers", "quarterly", "M&E officer", "SEX AGE",
            ])  # fmt: skip


def timed(*args: str | Path) -> tuple[tuple[float, float], int]:
    """(wall seconds, CPU seconds) of one command, and its exit code. CPU time is what a loaded machine
    disturbs least: wall time on a shared machine also counts the time other processes had the cores."""
    sink = io.StringIO()
    begin, cpu = time.perf_counter(), time.process_time()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = ctguide([str(a) for a in args])
    return (time.perf_counter() - begin, time.process_time() - cpu), code


def steps(folder: Path, size: int) -> dict[str, tuple[float, float]]:
    table = folder / f"list{size}.csv"
    plan = folder / f"plan{size}.yaml"
    write_csv(table, size)
    kept = len(gc.get_objects())
    seconds, code = timed("import", table, "-o", plan, "--start", "2027-01", "--months", "24")
    assert code == 0, f"import failed with {code}"
    results = {"import": seconds}
    results["validate"], code = timed("validate", plan)
    assert code == 0, f"validate failed with {code}"
    results["review"], _ = timed("review", plan)
    for name, export_format in FORMATS.items():
        target = folder / f"out{size}.{export_format.extension}"
        results[f"export {name}"], code = timed("export", plan, "--format", name, "-o", target)
        assert code == 0, f"export {name} failed with {code}"
    gc.collect()
    print(f"{size:>6,}: " + ", ".join(f"{step} {wall:.2f}s" for step, (wall, _) in results.items())
          + f"; objects left behind by the commands: {len(gc.get_objects()) - kept:+,}", flush=True)  # fmt: skip
    return results


def main_(sizes: list[int]) -> None:
    os.environ.setdefault("CTGUIDE_DATA_DIR", tempfile.mkdtemp(prefix="ctguide-scale-"))
    with tempfile.TemporaryDirectory(prefix="ctguide-scale-") as tmp:
        table = {size: steps(Path(tmp), size) for size in sizes}
    first, last = sizes[0], sizes[-1]
    times = "".join(f"{size:>9,}" for size in sizes)
    print(f"{'':<16}{'wall':^{9 * len(sizes)}}{'':>8}  {'cpu':^{9 * len(sizes)}}")
    print(f"{'step':<16}{times}{'ratio':>8}  {times}{'ratio':>8}   (size ratio {last / first:g}x)")
    for step in table[first]:
        columns = []
        for kind in (0, 1):
            ratio = table[last][step][kind] / max(table[first][step][kind], 1e-9)
            columns.append("".join(f"{table[s][step][kind]:>8.2f}s" for s in sizes) + f"{ratio:>8.1f}")
        print(f"{step:<16}" + "  ".join(columns))
    slowest = max(wall for wall, _ in table[last].values())
    print(f"slowest step at {last:,}: {slowest:.2f} s wall (target < 30 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=at_least(1), metavar="ROWS", help="default 1000 5000 10000")
    main_(parser.parse_args().sizes or [1000, 5000, 10000])


if __name__ == "__main__":
    main()
