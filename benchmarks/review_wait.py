"""What users wait for in the review and the fit check, never measured before session 24.

1. `ctguide review PLAN` as a user runs it (a fresh process, the compiled-knowledge cache warm), next to
   `ctguide validate PLAN` on the same plan in the same alternation: the baseline reads, validates and
   loads the same file, so the difference is the review itself (its rules, the fit reference and the
   matcher the fit reading imports). Also the bare import of the matcher on top of the review's rules.
2. The fit check inside the conversation: every refinement turn asks `misfit` whether the indicator measures
   its result (it builds the plan and runs the review's fit rule, R4, whose reading calls the matcher).
   The prepared shelter script and a long three-area script are replayed; for each refinement turn the
   whole reply and the part spent in the fit check are timed side by side, the first turn (caches empty)
   apart. Baseline in the same run: `validate_plan` on the finished plan.
3. The review in one process, caches warm, with the fit reading (the matcher's part of R4) and without it.
Prints p50/p95 in milliseconds and the ratio to each baseline.
Run: python benchmarks/review_wait.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from _args import at_least  # noqa: E402
from _timing import measure, percentile  # noqa: E402

PLANS = {
    "shelter plan (6 indicators)": ROOT / "tests" / "data" / "plans" / "shelter_moldova.yaml",
    "plan that needs work": ROOT / "tests" / "data" / "plans" / "shelter_needs_work.yaml",
}
ENTRY = "import sys; from ctguide.cli import main; sys.exit(main(sys.argv[1:]))"
IMPORTS = {
    "import the review's rules": "import ctguide.smart",
    "... and the matcher": "import ctguide.smart, ctguide.matching",
}


def _run(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{argv[3:]} failed ({done.returncode}):\n{done.stderr}")
    return (time.perf_counter() - start) * 1000


def _line(label: str, times: list[float], base: list[float] | None = None) -> str:
    p50, p95 = percentile(times, 50), percentile(times, 95)
    ratio = f"   {p50 / percentile(base, 50):5.2f}x p50" if base else ""
    return f"{label:<52} p50 {p50:8.1f} ms   p95 {p95:8.1f} ms{ratio}"


def long_plan(folder: str) -> tuple[str, Path]:
    """The plan the three-area script of benchmarks/reply_latency.py writes, as a file."""
    from reply_latency import example_script

    from ctguide.dialog import reply, start
    from ctguide.knowledge import load_knowledge
    from ctguide.plan import write_plan

    kb = load_knowledge()
    turn = start(kb)
    for text in example_script(kb):
        turn = reply(kb, turn.session, text)
    path = Path(folder) / "three-areas.yaml"
    write_plan(turn.session.plan, path)
    return f"three-area plan ({len(turn.session.plan.indicators)} indicators)", path


def startup(runs: int, plans: dict[str, Path]) -> None:
    cache = tempfile.mkdtemp(prefix="ctguide-bench-cache-")
    env = {**os.environ, "CTGUIDE_CACHE_DIR": cache, "CTGUIDE_DATA_DIR": tempfile.mkdtemp()}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run compiled modules, as pip installs them
    commands: dict[str, list[str]] = {}
    for name, plan in plans.items():
        commands[f"validate, {name}"] = [sys.executable, "-c", ENTRY, "validate", str(plan)]
        commands[f"review, {name}"] = [sys.executable, "-c", ENTRY, "review", str(plan)]
    commands |= {label: [sys.executable, "-c", code] for label, code in IMPORTS.items()}
    for argv in commands.values():
        _run(argv, env)  # the file cache and the compiled-knowledge cache warm
    times: dict[str, list[float]] = {label: [] for label in commands}
    for _ in range(runs):
        for label, argv in commands.items():
            times[label].append(_run(argv, env))
    print(f"1. start-up: fresh processes, warm cache, {runs} runs each, alternating")
    for name in plans:
        base = times[f"validate, {name}"]
        print(_line(f"ctguide validate ({name})", base))
        print(_line(f"ctguide review ({name})", times[f"review, {name}"], base))
    first = times[next(iter(IMPORTS))]
    for label in IMPORTS:
        print(
            _line(
                f"python -c '{IMPORTS[label]}'", times[label], first if label != next(iter(IMPORTS)) else None
            )
        )


def fit_per_turn() -> None:
    from reply_latency import example_script

    from ctguide.dialog import fit, refinement, reply, start
    from ctguide.knowledge import load_knowledge
    from ctguide.plan import plan_to_data, validate_plan
    from ctguide.yamlio import load_yaml

    kb = load_knowledge()
    spent: list[float] = []
    real = fit.misfit

    def timed_misfit(*args: object, **kwargs: object) -> object:
        begin = time.perf_counter()
        try:
            return real(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent.append((time.perf_counter() - begin) * 1000)

    refinement.misfit = timed_misfit  # type: ignore[assignment]
    shelter = [str(a) for a in load_yaml((ROOT / "tests/data/answers/shelter.yaml").read_text())["answers"]]
    scripts = {"shelter script": lambda: shelter, "three-area script": lambda: example_script(kb)}
    print("\n2. the fit check in the conversation: refinement turns (a misfit call or more), in process")
    finished = None
    for (
        name,
        script,
    ) in scripts.items():  # the shelter script first: its first fit check finds the caches empty
        replies = script()
        turn = start(kb)
        whole: list[float] = []
        parts: list[float] = []
        for text in replies:
            spent.clear()
            begin = time.perf_counter()
            after = reply(kb, turn.session, text)
            elapsed = (time.perf_counter() - begin) * 1000
            if spent:
                whole.append(elapsed)
                parts.append(sum(spent))
            turn = after
        finished = turn.session.plan or finished
        print(f"{name}: {len(whole)} turns with a fit check; the first (caches empty): reply {whole[0]:.1f} ms, "
              f"fit check {parts[0]:.1f} ms")  # fmt: skip
        print(_line("  reply, refinement turns after the first", whole[1:]))
        print(_line("  of which the fit check", parts[1:], whole[1:]))
    refinement.misfit = real  # type: ignore[assignment]
    if finished is not None:
        data = plan_to_data(finished)
        base = measure(lambda: validate_plan(data), repeat=50)
        print(_line("baseline: validate_plan on the finished plan", base))


def review_in_process(runs: int, plans: dict[str, Path]) -> None:
    """The review of each plan in one process (knowledge loaded), alternating: without the fit reading (R4's
    matcher part, ctguide.fit.reads_as_other_area), with it as a first review does (its readings not kept yet),
    and with it as every later turn of the conversation does (the plan reviewed again, its readings kept)."""
    from ctguide import fit, smart
    from ctguide.kbcache import load_compiled
    from ctguide.plan import load_plan

    kb = load_compiled(None, derived=("fit", "matching"))
    real = smart.reads_as_other_area
    print("\n3. in process: review_plan without the fit reading, with it first, and again (readings kept)")
    for name, path in plans.items():
        plan = load_plan(path)
        smart.review_plan(plan, kb)
        times: dict[str, list[float]] = {"without": [], "first": [], "again": []}
        for _ in range(runs):
            smart.reads_as_other_area = lambda *args, **kwargs: None  # type: ignore[assignment]
            times["without"] += measure(lambda: smart.review_plan(plan, kb), repeat=3, warmup=0)  # noqa: B023
            smart.reads_as_other_area = real  # type: ignore[assignment]
            for _ in range(3):
                fit._READINGS.clear()
                times["first"] += measure(lambda: smart.review_plan(plan, kb), repeat=1, warmup=0)  # noqa: B023
            times["again"] += measure(lambda: smart.review_plan(plan, kb), repeat=3, warmup=0)  # noqa: B023
        print(f"{name}:")
        print(_line("  review_plan without the fit reading", times["without"]))
        print(_line("  review_plan, a first review", times["first"], times["without"]))
        print(_line("  review_plan again (a later turn)", times["again"], times["without"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=at_least(3), default=9)
    args = parser.parse_args()
    name, path = long_plan(tempfile.mkdtemp(prefix="ctguide-bench-"))
    plans = {**PLANS, name: path}
    startup(args.runs, plans)
    fit_per_turn()
    review_in_process(args.runs, plans)


if __name__ == "__main__":
    main()
