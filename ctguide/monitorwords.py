"""The words every output (exports, `review`, the conversation) uses for indicators that are counted but
never targeted, for a donor's figure on them, and for context indicators: one wording everywhere."""

from __future__ import annotations

from ctguide.plan import Indicator, Projection

MONITOR_ONLY = "monitor only (no target)"
PROJECTION = "projection, not a target"
NOT_ATTRIBUTABLE = "not attributable to the project"
CONTEXT = f"context indicator, {NOT_ATTRIBUTABLE}"
CONTEXT_NO_TARGET = "no target (context indicator)"


def projections_text(indicator: Indicator) -> str:
    """'120 by 2028-12-31 (donor planning figure)': the figures of a monitor-only indicator."""
    return "; ".join(_projection(p) for p in indicator.projections)


def _projection(projection: Projection) -> str:
    note = f" ({projection.note})" if projection.note else ""
    return f"{projection.value} by {projection.date}{note}"


def monitored(plan_indicators: tuple[Indicator, ...]) -> list[str]:
    """Each monitor-only indicator with what a reader must know of it: a donor's figure is a projection,
    a context indicator is not the project's own result."""
    lines = []
    for indicator in plan_indicators:
        if not indicator.monitor_only:
            continue
        notes = [CONTEXT] if not indicator.attributable else []
        if indicator.projections:
            notes.append(f"{PROJECTION}: {projections_text(indicator)}")
        lines.append(" — ".join((indicator.id, *notes)))
    return lines


def monitored_summary(plan_indicators: tuple[Indicator, ...]) -> tuple[str, ...]:
    """The one line a summary gives the plan's monitor-only indicators, or none when it has none."""
    watched = monitored(plan_indicators)
    return (f"{MONITOR_ONLY.capitalize()}: {'; '.join(watched)}",) if watched else ()
