"""Shared helpers for the benchmark scripts: repeat, then report p50/p95 in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object], *, repeat: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def report(label: str, times: list[float]) -> str:
    return (f"{label:<44} p50 {statistics.median(times):8.2f} ms   p95 {percentile(times, 95):8.2f} ms"
            f"   (n={len(times)})")  # fmt: skip
