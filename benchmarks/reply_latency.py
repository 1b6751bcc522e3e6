"""Time one `reply` of the conversation engine.

Replays the prepared shelter script (tests/data/answers/shelter.yaml) and a long script built by
following the engine's own example answers through a three-area project, timing every reply.
Baseline in the same run: `validate_plan` on the finished plan, the cost a shell pays once when it
writes the file. Target: reply p95 <= 10 ms.
Run: python benchmarks/reply_latency.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))

from _timing import measure, report  # noqa: E402

from ctguide.dialog import reply, start  # noqa: E402
from ctguide.knowledge import load_knowledge  # noqa: E402
from ctguide.plan import plan_to_data, validate_plan  # noqa: E402
from ctguide.yamlio import load_yaml  # noqa: E402

OPENING = ["Regional project", "Org", "Nepal, India", "2027-01 to 2029-06", "skip", "skip", "skip",
           "safe migration counselling, a hotline and shelters for returnees", "1 2 3"]  # fmt: skip


def timed_replies(kb, replies):  # noqa: ANN001, ANN201 - script helper
    turn = start(kb)
    times = []
    for text in replies:
        begin = time.perf_counter()
        turn = reply(kb, turn.session, text)
        times.append((time.perf_counter() - begin) * 1000)
    return times, turn


def example_script(kb) -> list[str]:  # noqa: ANN001
    turn = start(kb)
    replies = []
    for text in OPENING:
        replies.append(text)
        turn = reply(kb, turn.session, text)
    while not turn.session.done and len(replies) < 1000:
        text = turn.example or turn.options[0]
        replies.append(text)
        turn = reply(kb, turn.session, text)
    return replies


def main() -> None:
    kb = load_knowledge()
    shelter = [str(a) for a in load_yaml((ROOT / "tests/data/answers/shelter.yaml").read_text())["answers"]]
    long_script = example_script(kb)
    all_times, turns = [], []
    for _ in range(5):
        for script in (shelter, long_script):
            times, turn = timed_replies(kb, script)
            all_times += times
            turns.append(turn)
    plan = turns[-1].session.plan
    print(f"scripts: shelter {len(shelter)} replies, three-area {len(long_script)} replies "
          f"({len(plan.indicators)} indicators); 5 rounds each")  # fmt: skip
    print(report("reply()", all_times))
    print(
        report(
            "baseline: validate_plan(finished plan)",
            measure(lambda: validate_plan(plan_to_data(plan)), repeat=30),
        )
    )
    print("target: reply p95 <= 10 ms")


if __name__ == "__main__":
    main()
