"""What a user waits for when opening the app, next to a bare Textual app with the same widgets.

Each run is a fresh process that starts the app headless; the moment being timed is reported by the
process itself (its clock is the system's monotonic clock, as the parent's, and its CPU time so far),
so imports and start-up count and shutting down does not: the bare app's first screen (the
baseline), ctguide's first screen, and ctguide ready for the first answer: the first question is on
the screen (read back from what Textual renders, not from a flag) and the prompt has the focus and
is enabled. After the moment, that run checks that a key typed then lands in the prompt, and fails
otherwise. The three alternate run by run, so load from other processes falls on all of them;
medians and ratios are printed. The compiled-knowledge cache is warm (it is built once after an
install); --cold empties it before every ctguide run.
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

MOMENT = """
import time

def moment():
    print(f"moment {time.perf_counter()!r} {time.process_time()!r}", flush=True)
"""

BARE = (
    MOMENT
    + """
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
        self.call_after_refresh(self._shown)

    def _shown(self):
        moment()
        self.exit()

Bare().run(headless=True)
"""
)

CTGUIDE = (
    MOMENT
    + """
from ctguide.tui import CtGuideApp

class FirstScreen(CtGuideApp):
    def on_mount(self):
        super().on_mount()
        self.call_after_refresh(self._shown)

    def _shown(self):
        moment()
        self.exit()

FirstScreen().run(headless=True)  # as `ctguide` starts it
"""
)

FIRST_QUESTION = (
    MOMENT
    + """
import time
from ctguide.tui import CtGuideApp

QUESTION = "What is the project called?"  # the engine's first question, read off the screen

class FirstAnswer(CtGuideApp):
    def on_mount(self):
        super().on_mount()
        self._bench_watch = self.set_interval(0.005, self._bench_answerable)

    def _bench_answerable(self):
        prompt = self.query_one("#prompt")
        if prompt.disabled or self.focused is not prompt or len(self.screen_stack) > 1:
            return
        bubbles = [b for b in self.query(".bubble") if b.children or not b.is_container]
        shown = self.screen._compositor.visible_widgets
        if not any(all(w in shown for w in b.walk_children(with_self=True)) for b in bubbles):
            return  # nothing whole to read yet: reading the screen back would only cost time
        if QUESTION not in "".join(strip.text for strip in self.screen._compositor.render_strips()):
            return
        self._bench_watch.stop()
        self.call_after_refresh(self._bench_ready)

    def _bench_ready(self):
        moment()
        self.simulate_key("x")
        self._bench_since = time.perf_counter()
        self._bench_watch = self.set_interval(0.005, self._bench_typed)

    def _bench_typed(self):
        if self.query_one("#prompt").value.endswith("x"):
            print("typed", flush=True)
            self.exit()
        elif time.perf_counter() - self._bench_since > 5:
            self.exit(return_code=3, message="a key typed when the first question showed never reached the prompt")

FirstAnswer().run(headless=True)  # as `ctguide` starts it
"""
)


def timed(code: str, data_dir: str, cache_dir: str) -> tuple[float, float, float]:
    """Wall-clock ms to the moment the run reports, CPU ms of the process until then, and peak MB."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"CTGUIDE_DATA_DIR": data_dir, "CTGUIDE_CACHE_DIR": cache_dir, "PATH": ""}
        | {k: v for k, v in os.environ.items() if k == "PYTHONPATH"},
        cwd=data_dir,
    )
    reported = [line.split() for line in done.stdout.splitlines() if line.startswith("moment ")]
    typed_check = code is not FIRST_QUESTION or "typed" in done.stdout.split()
    if done.returncode != 0 or not reported or not typed_check or "Traceback" in done.stderr:
        sys.exit(f"a run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    _, at, cpu = reported[-1]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (float(at) - start) * 1000, float(cpu) * 1000, peak


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
          f"({'cold' if args.cold else 'warm'} knowledge cache, n={args.runs}; times to the moment, not to exit)")  # fmt: skip
    print(f"peak memory of a process (max RSS of children): {peak:.0f} MB   target <= 80 MB")


if __name__ == "__main__":
    main()
