"""Time import, validate, review and every export on plans of 1,000, 5,000 and 10,000 indicators.

Each plan is imported from a generated CSV (rows drawn in turn from the knowledge base's indicators,
spread over every area, 40 indicators per result, baselines and dated targets filled in), then every
command runs in-process through `ctguide.cli.main`, its output discarded. Prints seconds per step
and size, and the ratio of the largest to the smallest size next to the ratio of their sizes
(linear: the two match; quadratic: the first is the square of the second).
Target: every step under 30 s at 10,000 indicators.
Run: python benchmarks/scale.py [SIZES...]   (default 1000 5000 10000)
"""

from __future__ import annotations

import argparse
import contextlib
import csv
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


def timed(*args: str | Path) -> tuple[float, int]:
    sink = io.StringIO()
    begin = time.perf_counter()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        code = ctguide([str(a) for a in args])
    return time.perf_counter() - begin, code


def steps(folder: Path, size: int) -> dict[str, float]:
    table = folder / f"list{size}.csv"
    plan = folder / f"plan{size}.yaml"
    write_csv(table, size)
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
    print(
        f"{size:>6,}: " + ", ".join(f"{step} {seconds:.2f}s" for step, seconds in results.items()), flush=True
    )
    return results


def main_(sizes: list[int]) -> None:
    os.environ.setdefault("CTGUIDE_DATA_DIR", tempfile.mkdtemp(prefix="ctguide-scale-"))
    with tempfile.TemporaryDirectory(prefix="ctguide-scale-") as tmp:
        table = {size: steps(Path(tmp), size) for size in sizes}
    first, last = sizes[0], sizes[-1]
    print(f"{'step':<16}" + "".join(f"{size:>10,}" for size in sizes) + f"   ratio {last // first}x size")
    for step in table[first]:
        ratio = table[last][step] / max(table[first][step], 1e-9)
        print(f"{step:<16}" + "".join(f"{table[s][step]:>9.2f}s" for s in sizes) + f"   {ratio:6.1f}")
    slowest = max(table[last].values())
    print(f"slowest step at {last:,}: {slowest:.2f} s (target < 30 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=at_least(1), metavar="ROWS", help="default 1000 5000 10000")
    main_(parser.parse_args().sizes or [1000, 5000, 10000])


if __name__ == "__main__":
    main()
