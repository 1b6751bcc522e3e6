"""What a user waits for when opening the app, next to a bare Textual app with the same widgets.

Each run is a fresh process that starts the app headless and reports, from inside, the moment being
timed: the first frame Textual paints that shows it (every frame passes App._display; what it shows
is read back from Textual's compositor, not taken from a flag). The clock is the system's monotonic
clock, as the parent's, so imports and start-up count and shutting down does not; CPU time is the
process's own until that moment. Three runs alternate, so load from other processes falls on all:
- the bare app's first screen (the baseline): the first frame showing its question;
- ctguide's first screen: the first frame it paints;
- ctguide ready for the first answer: the first frame showing the engine's first question with the
  prompt enabled and focused. After the moment the run types a key and fails unless it reaches the
  prompt.
Medians and ratios are printed. The compiled-knowledge cache is warm (it is built once after an
install); --cold empties it before every ctguide run.
Targets: first question <= 1.3x the bare app's first screen; peak memory <= 80 MB.
Run: python benchmarks/first_screen.py [--runs N] [--cold]
"""

from __future__ import annotations

import argparse
import atexit
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])

from _args import at_least  # noqa: E402
from _timing import percentile  # noqa: E402

FRAMES = """
import time

QUESTION = "What is the project called?"  # the engine's first question (ctguide.guidetext.TITLE_QUESTION)


def moment():
    print(f"moment {time.perf_counter()!r} {time.process_time()!r}", flush=True)


def shows(app, text, selector):
    '''True when a widget matching `selector` is laid out whole and the painted screen shows `text`.'''
    boxes = [b for b in app.query(selector) if b.children or not b.is_container]
    laid_out = app.screen._compositor.visible_widgets
    if not any(all(w in laid_out for w in b.walk_children(with_self=True)) for b in boxes):
        return False  # nothing whole to read yet: reading the screen back would only cost time
    return text in "".join(strip.text for strip in app.screen._compositor.render_strips())


class Moment:
    '''Reports the first painted frame for which `reached()` holds, then `after()`.'''

    bench_done = False

    def _display(self, screen, renderable):
        super()._display(screen, renderable)
        if renderable is not None and not self.bench_done and self.reached():
            self.bench_done = True
            moment()
            self.call_later(self.after)

    def after(self):
        self.exit()
"""

BARE = (
    FRAMES
    + """
from textual.app import App
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Markdown, OptionList, Static, Tree

class Bare(Moment, App):
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

    def reached(self):
        return shows(self, QUESTION, "Markdown")

Bare().run(headless=True)
"""
)

CTGUIDE = (
    FRAMES
    + """
from ctguide.tui import CtGuideApp

class FirstScreen(Moment, CtGuideApp):
    def reached(self):
        return True

FirstScreen().run(headless=True)  # as `ctguide` starts it
"""
)

FIRST_QUESTION = (
    FRAMES
    + """
from ctguide.tui import CtGuideApp

class FirstAnswer(Moment, CtGuideApp):
    def reached(self):
        prompt = self.query_one("#prompt")
        if prompt.disabled or self.focused is not prompt or len(self.screen_stack) > 1:
            return False
        return shows(self, QUESTION, ".bubble")

    def after(self):
        self.simulate_key("x")
        self.bench_since = time.perf_counter()
        self.set_interval(0.005, self.typed)

    def typed(self):
        if self.query_one("#prompt").value.endswith("x"):
            print("typed", flush=True)
            self.exit()
        elif time.perf_counter() - self.bench_since > 5:
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
    if done.returncode != 0 or not reported or not typed_check:
        sys.exit(f"a run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    _, at, cpu = reported[-1]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return (float(at) - start) * 1000, float(cpu) * 1000, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=at_least(1), default=12)
    parser.add_argument(
        "--cold", action="store_true", help="empty the knowledge cache before each ctguide run"
    )
    args = parser.parse_args()
    tempfile.tempdir = tempfile.mkdtemp(prefix="ctguide-bench-")  # every folder below goes here
    atexit.register(shutil.rmtree, tempfile.tempdir, ignore_errors=True)
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
