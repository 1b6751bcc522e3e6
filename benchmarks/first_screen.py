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

class FirstQuestion(CtGuideApp):
    def _begin(self, turn, keeper):
        super()._begin(turn, keeper)
        self.call_after_refresh(self.exit)

FirstQuestion(offer_resume=False).run(headless=True)
"""


def timed(code: str, data_dir: str, cache_dir: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        env={"CTGUIDE_DATA_DIR": data_dir, "CTGUIDE_CACHE_DIR": cache_dir, "PATH": ""},
    )
    elapsed = (time.perf_counter() - start) * 1000
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument(
        "--cold", action="store_true", help="empty the knowledge cache before each ctguide run"
    )
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="ctguide-bench-")
    warm_cache = tempfile.mkdtemp(prefix="ctguide-bench-cache-")
    results: dict[str, list[float]] = {"bare": [], "ctguide": [], "question": []}
    peaks: dict[str, float] = {}
    for code in (BARE, CTGUIDE, FIRST_QUESTION):
        timed(code, data_dir, warm_cache)  # warm the file cache and the knowledge cache
    for _ in range(args.runs):
        for code, name in ((BARE, "bare"), (CTGUIDE, "ctguide"), (FIRST_QUESTION, "question")):
            cache = tempfile.mkdtemp(prefix="ctguide-bench-cold-") if args.cold else warm_cache
            elapsed, peak = timed(code, data_dir, cache)
            results[name].append(elapsed)
            peaks[name] = peak
    labels = {"bare": "bare Textual app, first screen", "ctguide": "ctguide, first screen",
              "question": "ctguide, ready for the first answer"}  # fmt: skip
    for name, times in results.items():
        print(f"{labels[name]:<44} p50 {percentile(times, 50):7.1f} ms   p95 {percentile(times, 95):7.1f} ms")
    bare = percentile(results["bare"], 50)
    print(f"first screen ratio ctguide / bare (p50): {percentile(results['ctguide'], 50) / bare:.2f}x")
    print(f"first answer ratio ctguide / bare first screen (p50): {percentile(results['question'], 50) / bare:.2f}x"
          f"   target <= 1.3x ({'cold' if args.cold else 'warm'} knowledge cache)")  # fmt: skip
    print(
        f"peak memory of the process (max RSS of children so far): {peaks['question']:.0f} MB   target <= 80 MB"
    )


if __name__ == "__main__":
    main()
