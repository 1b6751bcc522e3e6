"""What a user waits for when opening the app, next to a bare Textual app with the same widgets.

Each run is a fresh process that starts the app headless and exits at the moment being timed, so
imports and start-up count: the bare app's first screen (the baseline), ctguide's first screen,
and ctguide ready for the first answer (first question shown, prompt enabled). The three alternate
run by run, so load from other processes falls on all of them; medians and ratios are printed.
The compiled-knowledge cache is warm (it is built once after an install); --cold empties it
before every ctguide run.
Targets: first question <= 1.3x the bare app's first screen; peak memory <= 80 MB.
Run: python benchmarks/first_screen.py [--runs N] [--cold]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _timing import percentile  # noqa: E402

BARE = """
from textual.app import App
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Markdown, OptionList, Static, Tree

class Bare(App):
    def compose(self):
        yield Header()
        with Horizontal():
            with Vertical():
                with VerticalScroll():
                    yield Markdown("Welcome. What is the project called?")
                yield OptionList("help", "why")
                yield Input(placeholder="e.g. Safe Return Moldova")
            with Vertical():
                yield Static("profile > describe > areas")
                yield Tree("Plan")
                yield Markdown("")
        yield Footer()

    def on_mount(self):
        self.call_after_refresh(self.exit)

Bare().run(headless=True)
"""

CTGUIDE = """
import os
from ctguide.tui import CtGuideApp

class FirstScreen(CtGuideApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self.exit)

FirstScreen(offer_resume=False).run(headless=True)
"""

FIRST_QUESTION = """
from ctguide.tui import CtGuideApp

class FirstAnswer(CtGuideApp):
    def on_mount(self):
        super().on_mount()
        self.set_interval(0.005, self._answerable)

    def _answerable(self):
        if not self.query_one("#prompt").disabled and self.is_running:
            self.call_after_refresh(self.exit)

FirstAnswer(offer_resume=False).run(headless=True)
"""


def timed(code: str, data_dir: str, cache_dir: str) -> tuple[float, float, float]:
    """Wall-clock ms, CPU ms (user + system, steadier on a shared machine) and peak MB of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        env={"CTGUIDE_DATA_DIR": data_dir, "CTGUIDE_CACHE_DIR": cache_dir, "PATH": ""}
        | {k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
        cwd=data_dir,
    )
    elapsed = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return elapsed, cpu, max(after.ru_maxrss, before.ru_maxrss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument(
        "--cold", action="store_true", help="empty the knowledge cache before each ctguide run"
    )
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="ctguide-bench-")
    warm_cache = tempfile.mkdtemp(prefix="ctguide-bench-cache-")
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "ctguide": [], "question": []}
    peak = 0.0
    for code in (BARE, CTGUIDE, FIRST_QUESTION, FIRST_QUESTION):
        timed(code, data_dir, warm_cache)  # warm the file cache and the knowledge cache (then its index)
    for _ in range(args.runs):
        for code, name in ((BARE, "bare"), (CTGUIDE, "ctguide"), (FIRST_QUESTION, "question")):
            cache = tempfile.mkdtemp(prefix="ctguide-bench-cold-") if args.cold else warm_cache
            elapsed, cpu, peak = timed(code, data_dir, cache)
            runs[name].append((elapsed, cpu))
    labels = {"bare": "bare Textual app, first screen", "ctguide": "ctguide, first screen",
              "question": "ctguide, ready for the first answer"}  # fmt: skip
    bare_wall, bare_cpu = (percentile([r[i] for r in runs["bare"]], 50) for i in (0, 1))
    print(f"{'':<40} {'wall p50':>9} {'p95':>8} {'ratio':>6}   {'cpu p50':>8} {'ratio':>6}")
    for name, values in runs.items():
        wall, cpu = (percentile([r[i] for r in values], 50) for i in (0, 1))
        p95 = percentile([r[0] for r in values], 95)
        print(
            f"{labels[name]:<40} {wall:9.1f} {p95:8.1f} {wall / bare_wall:5.2f}x   {cpu:8.1f} {cpu / bare_cpu:5.2f}x"
        )
    print(f"target: ready for the first answer <= 1.3x the bare app's first screen "
          f"({'cold' if args.cold else 'warm'} knowledge cache, n={args.runs})")  # fmt: skip
    print(f"peak memory of a process (max RSS of children): {peak:.0f} MB   target <= 80 MB")


if __name__ == "__main__":
    main()
