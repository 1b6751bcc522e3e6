"""Time to first screen: ctguide next to a bare Textual app with the same kinds of widgets.

Each run is a fresh process that starts the app headless and exits as soon as the first frame is
drawn, so imports and start-up count. Also timed: ctguide until the first question is on screen
(knowledge loaded in its worker), and each process's peak memory.
Targets: first screen <= 1.3x the bare app; peak memory <= 80 MB.
Run: python benchmarks/first_screen.py [--runs N]
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


def timed(code: str, data_dir: str) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        env={"CTGUIDE_DATA_DIR": data_dir, "PATH": ""},
    )
    elapsed = (time.perf_counter() - start) * 1000
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="ctguide-bench-")
    results: dict[str, list[float]] = {"bare": [], "ctguide": [], "question": []}
    peaks: dict[str, float] = {}
    for code in (BARE, CTGUIDE, FIRST_QUESTION):
        timed(code, data_dir)  # warm the file cache
    for _ in range(args.runs):
        for code, name in ((BARE, "bare"), (CTGUIDE, "ctguide"), (FIRST_QUESTION, "question")):
            elapsed, peak = timed(code, data_dir)
            results[name].append(elapsed)
            peaks[name] = peak
    labels = {"bare": "bare Textual app, first screen", "ctguide": "ctguide, first screen",
              "question": "ctguide, first question (knowledge loaded)"}  # fmt: skip
    for name, times in results.items():
        print(f"{labels[name]:<44} p50 {percentile(times, 50):7.1f} ms   p95 {percentile(times, 95):7.1f} ms")
    ratio = percentile(results["ctguide"], 50) / percentile(results["bare"], 50)
    print(f"first screen ratio ctguide / bare (p50): {ratio:.2f}x   target <= 1.3x")
    print(
        f"peak memory of the process (max RSS of children so far): {peaks['question']:.0f} MB   target <= 80 MB"
    )


if __name__ == "__main__":
    main()
