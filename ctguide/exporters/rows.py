"""The logframe as rows: one per indicator, shared by the CSV and spreadsheet exports and the importer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ctguide.monitorwords import CONTEXT as CONTEXT  # the exporters' names for the one wording (monitorwords)
from ctguide.monitorwords import CONTEXT_NO_TARGET as CONTEXT_NO_TARGET
from ctguide.monitorwords import MONITOR_ONLY as MONITOR_ONLY
from ctguide.monitorwords import NOT_ATTRIBUTABLE as NOT_ATTRIBUTABLE
from ctguide.monitorwords import PROJECTION as PROJECTION
from ctguide.monitorwords import projections_text as projections_text
from ctguide.plan import AreaChain, Indicator, Plan, Statement

if TYPE_CHECKING:
    from ctguide.knowledge import KnowledgeBase

COLUMNS = (
    "pillar", "area", "result_id", "result_level", "result", "indicator_id", "indicator", "level", "type",
    "unit", "unit_detail", "stages", "numerator", "denominator", "direction", "direction_note", "baseline",
    "baseline_date", "baseline_source", "baseline_note", "targets", "projections", "attribution", "means_of_verification", "collection_method", "frequency",
    "responsible", "disaggregation", "definitions", "rationale", "ethics_notes", "limitations", "pitfalls", "kb_id",
)  # fmt: skip
HEADINGS = {
    "pillar": "Pillar", "area": "Area", "result_id": "Result ID", "result_level": "Result level",
    "result": "Result", "indicator_id": "Indicator ID", "indicator": "Indicator", "level": "Level",
    "type": "Type", "unit": "Unit", "numerator": "Numerator", "denominator": "Denominator",
    "direction": "Direction", "baseline": "Baseline", "baseline_date": "Baseline date",
    "baseline_source": "Baseline source", "targets": "Targets", "projections": "Projections (not targets)",
    "attribution": "Attribution", "means_of_verification": "Means of verification",
    "collection_method": "Data collection method", "frequency": "Frequency", "responsible": "Responsible",
    "disaggregation": "Disaggregation", "definitions": "Definitions", "ethics_notes": "Ethics notes",
    "limitations": "Limitations", "kb_id": "Knowledge-base ID", "unit_detail": "Unit detail",
    "stages": "Stages", "direction_note": "Direction note", "baseline_note": "Baseline note", "rationale": "Rationale", "pitfalls": "Pitfalls",
}  # fmt: skip


def result_of(plan: Plan, indicator: Indicator) -> tuple[AreaChain | None, str, Statement | None]:
    """The area block, the kind (goal, objective, outcome, output) and the statement an indicator measures."""
    if plan.goal is not None and indicator.result == plan.goal.id:
        return None, "goal", plan.goal
    return plan.result_places.get(indicator.result, (None, "", None))


def baseline_text(indicator: Indicator) -> str:
    baseline = indicator.baseline
    if baseline.status == "known":
        return str(baseline.value)
    return f"to be set by {baseline.planned_date}" if baseline.planned_date else "to be set"


UNDATED = "date still to be written"


def baseline_measured(indicator: Indicator) -> str:
    """' (2026-12-01; case files)' after a known baseline's value ('date still to be written' when it has none)."""
    baseline = indicator.baseline
    if baseline.status != "known":
        return ""
    return f" ({baseline.date or UNDATED}; {baseline.source})"


def targets_text(indicator: Indicator) -> str:
    """'60 by 2027-12-31; 80 by 2028-12-31' (to be set targets say so); 'monitor only (no target)'; a context
    indicator is never shown as waiting for a target."""
    if indicator.monitor_only:
        return MONITOR_ONLY
    if not indicator.attributable and all(t.status == "to_be_set" for t in indicator.targets):
        return CONTEXT_NO_TARGET
    parts = []
    for target in indicator.targets:
        value = "to be set" if target.status == "to_be_set" else str(target.value)
        parts.append(f"{value} by {target.date}")
    return "; ".join(parts)


def target_cell(indicator: Indicator) -> str:
    """What a logframe's target column says: the targets, or monitor only with any projection labelled."""
    text = targets_text(indicator)
    if indicator.projections:
        text += f"; {PROJECTION}: {projections_text(indicator)}"
    return text


def attribution_text(indicator: Indicator) -> str:
    return "" if indicator.attributable else CONTEXT


def disaggregation_text(indicator: Indicator) -> str:
    """'SEX: female; male | AGE: 0-17; 18+' — codes with their values (values may contain commas)."""
    return " | ".join(f"{d.code}: {'; '.join(d.values)}" for d in indicator.disaggregation)


def disaggregation_named(indicator: Indicator, kb: KnowledgeBase | None) -> str:
    """For a reader, not a machine: 'Sex / gender (SEX): female; male | Age (AGE): 0-17; 18+', each breakdown by
    its name (from the plan, or the knowledge base) with its code; the tables read back by import keep codes only."""
    names = {code: entry.name for code, entry in kb.catalogue["disaggregation"].items()} if kb else {}

    def label(code: str, name: str | None) -> str:
        named = name or names.get(code)
        return f"{named} ({code})" if named else code

    return " | ".join(f"{label(d.code, d.name)}: {'; '.join(d.values)}" for d in indicator.disaggregation)


def logframe_rows(plan: Plan) -> list[dict[str, str]]:
    rows = []
    for indicator in plan.indicators:
        _, kind, statement = result_of(plan, indicator)
        baseline = indicator.baseline
        rows.append({
            "pillar": indicator.pillar, "area": indicator.area, "result_id": indicator.result,
            "result_level": kind, "result": statement.statement if statement else "",
            "indicator_id": indicator.id, "indicator": indicator.statement, "level": indicator.level,
            "type": indicator.type, "unit": indicator.unit, "numerator": indicator.numerator or "",
            "denominator": indicator.denominator or "", "direction": indicator.direction,
            "baseline": baseline_text(indicator),
            "baseline_date": str(baseline.date or "") if baseline.status == "known" else "",
            "baseline_source": baseline.source or "", "baseline_note": baseline.note or "", "targets": targets_text(indicator),
            "projections": projections_text(indicator), "attribution": attribution_text(indicator),
            "means_of_verification": indicator.means_of_verification,
            "collection_method": indicator.collection_method or "", "frequency": indicator.frequency,
            "responsible": indicator.responsible, "disaggregation": disaggregation_text(indicator),
            "definitions": "\n".join(f"{term}: {text}" for term, text in indicator.definitions),
            "ethics_notes": "\n".join(indicator.ethics_notes), "limitations": indicator.limitations or "",
            "kb_id": indicator.kb_id or "", "unit_detail": indicator.unit_detail or "",
            "stages": "; ".join(indicator.stages), "direction_note": indicator.direction_note or "",
            "rationale": indicator.rationale or "", "pitfalls": ", ".join(indicator.pitfalls),
        })  # fmt: skip
    return rows
