"""The logframe matrix in the layout donors use (EU, USAID, the IOM handbook), shared by md, xlsx and docx.

Columns: level, results chain, indicator, baseline, target(s) with dates, means of verification,
assumptions and risks. The goal row comes first, then each pillar's areas: objective, outcomes,
outputs. One row per indicator; a result's statement and assumptions stand in its first row.
Monitor-only indicators say so instead of a target, projections are labelled as such, and context
indicators are marked as not attributable to the project.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ctguide.exporters.rows import NOT_ATTRIBUTABLE, UNDATED, baseline_text, target_cell
from ctguide.plan import AreaChain, Indicator, Plan, Statement

if TYPE_CHECKING:
    from ctguide.knowledge import KnowledgeBase

COLUMNS = (
    "Level",
    "Results chain",
    "Indicator",
    "Baseline",
    "Target(s) with dates",
    "Means of verification",
    "Assumptions and risks",
)
PILLAR_NAMES = {
    "prevention": "Prevention",
    "protection": "Protection",
    "prosecution": "Prosecution",
    "partnership": "Partnership",
}
LEVEL_NAMES = {
    "goal": "Goal (impact)",
    "objective": "Objective",
    "outcome": "Outcome",
    "output": "Output",
}
FREQUENCY_NAMES = {
    "semiannual": "every six months",
    "baseline_endline": "baseline and endline",
    "baseline_midline_endline": "baseline, midline and endline",
    "followup_3m": "follow-up at 3 months",
    "followup_6m": "follow-up at 6 months",
    "followup_12m": "follow-up at 12 months",
    "per_event": "per event",
}


@dataclass(frozen=True)
class Heading:
    """A row spanning the matrix: a pillar, or an area within it."""

    text: str
    kind: str  # "pillar" or "area"


@dataclass(frozen=True)
class Row:
    level: str
    result: str
    indicator: str
    baseline: str
    targets: str
    verification: str
    assumptions: str
    first: bool  # the first row of its result (the result's own cells are filled)

    def cells(self) -> tuple[str, ...]:
        return (
            self.level,
            self.result,
            self.indicator,
            self.baseline,
            self.targets,
            self.verification,
            self.assumptions,
        )


def matrix(plan: Plan, kb: KnowledgeBase | None = None) -> list[Heading | Row]:
    """The whole matrix, top down (areas by their knowledge-base names when `kb` is given)."""
    lines: list[Heading | Row] = []
    if plan.goal is not None:
        lines += result_rows(plan, "goal", plan.goal, ())
    for pillar in _pillars(plan):
        lines.append(Heading(f"Pillar: {PILLAR_NAMES.get(pillar, pillar)}", "pillar"))
        for block in plan.results_chain:
            if block.pillar == pillar:
                lines.append(Heading(f"Area: {area_name(block.area, kb)}", "area"))
                lines += area_rows(plan, block)
    placed = {s.id for block in plan.results_chain for _, s in block.results()}
    placed |= {plan.goal.id} if plan.goal else set()
    unplaced = [i for i in plan.indicators if i.result not in placed]
    if unplaced:
        lines.append(Heading("Indicators whose result is not in the results chain", "pillar"))
        lines += [_row("", Statement(i.result, ""), i, (), True) for i in unplaced]
    return lines


def _pillars(plan: Plan) -> list[str]:
    present = {block.pillar for block in plan.results_chain}
    return [p for p in PILLAR_NAMES if p in present] + sorted(present - set(PILLAR_NAMES))


def area_rows(plan: Plan, block: AreaChain) -> Iterator[Row]:
    for kind, statement in block.results():
        extra = block.assumptions if kind == "objective" else ()
        yield from result_rows(plan, kind, statement, extra)


def result_rows(plan: Plan, kind: str, statement: Statement, extra: tuple[str, ...]) -> list[Row]:
    """One row per indicator of the result (one empty-indicator row when it has none)."""
    assumptions = (*statement.assumptions, *(a for a in extra if a not in statement.assumptions))
    indicators = plan.indicators_by_result.get(statement.id, ())
    if not indicators:
        return [_row(kind, statement, None, assumptions, True)]
    return [_row(kind, statement, i, assumptions, n == 0) for n, i in enumerate(indicators)]


def _row(
    kind: str, statement: Statement, indicator: Indicator | None, assumptions: tuple[str, ...], first: bool
) -> Row:
    result = f"{statement.id}: {statement.statement}" if statement.statement else statement.id
    return Row(
        level=LEVEL_NAMES.get(kind, kind) if first else "",
        result=result if first else "",
        indicator=indicator_cell(indicator) if indicator else "(no indicator yet)",
        baseline=baseline_cell(indicator) if indicator else "",
        targets=target_cell(indicator) if indicator else "",
        verification=verification_cell(indicator) if indicator else "",
        assumptions="\n".join(f"- {a}" for a in assumptions) if first else "",
        first=first,
    )


def indicator_cell(indicator: Indicator) -> str:
    text = f"{indicator.id}: {indicator.statement}"
    return text if indicator.attributable else f"{text} (context indicator, {NOT_ATTRIBUTABLE})"


def baseline_cell(indicator: Indicator) -> str:
    baseline = indicator.baseline
    text = baseline_text(indicator)
    details = [str(baseline.date or UNDATED), baseline.source or ""]
    details = [d for d in details if d] if baseline.status == "known" else []
    return f"{text} ({'; '.join(details)})" if details else text


def verification_cell(indicator: Indicator) -> str:
    frequency = FREQUENCY_NAMES.get(indicator.frequency, indicator.frequency)
    return f"{indicator.means_of_verification} ({frequency}; {indicator.responsible})"


def area_name(area: str, kb: KnowledgeBase | None = None) -> str:
    """The area's name as the knowledge base gives it ('Return and reintegration'), else readable from its id."""
    known = kb.area_by_id.get(area) if kb is not None else None
    return known.name if known is not None else readable(area)


def readable(code: str) -> str:
    """'psychosocial_support' -> 'Psychosocial support'."""
    return code.replace("_", " ").capitalize()
