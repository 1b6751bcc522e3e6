"""A printable Markdown document: the profile, the logframe matrix (matrix.py), one reference sheet
per indicator (PIRS fields), then the open SMART findings and the ethics notes."""

from __future__ import annotations

from ctguide.exporters import ExportOptions, ExportResult, matrix
from ctguide.exporters.matrix import PILLAR_NAMES, area_name
from ctguide.exporters.rows import (
    MONITOR_ONLY,
    PROJECTION,
    attribution_text,
    baseline_measured,
    baseline_text,
    disaggregation_named,
    projections_text,
    result_of,
    targets_text,
)
from ctguide.findingtext import named
from ctguide.guidetext import counted
from ctguide.plan import Indicator, Plan
from ctguide.smart import review_plan

MATRIX_HEADER = "| " + " | ".join(matrix.COLUMNS) + " |\n|" + " --- |" * len(matrix.COLUMNS)


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    sections = [
        _profile(plan),
        _logframe(plan, options),
        _reference_sheets(plan, options),
        _findings(plan, options),
        _ethics(plan),
    ]
    return ExportResult("\n\n".join(s for s in sections if s) + "\n")


def cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text or "").replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def _profile(plan: Plan) -> str:
    p = plan.profile
    lines = [f"# {p.title}", "", f"- **Organisation:** {p.organisation}",
             f"- **Where:** {', '.join(p.countries)}" + (f" ({', '.join(p.regions)})" if p.regions else ""),
             f"- **Period:** {p.start_date} to {p.end_date} ({p.months} months)"]  # fmt: skip
    if p.destinations:
        lines.append(f"- **Destinations (where people are taken):** {', '.join(p.destinations)}")
    if p.target_groups:
        lines.append(f"- **Target groups:** {', '.join(p.target_groups)}")
    if p.donor:
        lines.append(f"- **Donor:** {p.donor}")
    if p.summary:
        lines += ["", f"**What the project does:** {p.summary}"]
    if p.problem:
        lines += ["", f"**Problem addressed:** {p.problem}"]
    if plan.goal:
        lines += ["", f"**Goal:** {plan.goal.statement}"]
    counts = f"{counted(len(plan.results_chain), 'area')}, {counted(len(plan.indicators), 'indicator')}"
    lines += ["", f"*Indicator plan written with ctguide: {counts}.*"]
    return "\n".join(lines)


def _logframe(plan: Plan, options: ExportOptions) -> str:
    parts = ["## Logframe", "", MATRIX_HEADER]
    width = len(matrix.COLUMNS)
    for line in matrix.matrix(plan, options.kb):
        if isinstance(line, matrix.Heading):
            parts.append(f"| **{cell(line.text)}** |" + " |" * (width - 1))
        else:
            cells = [f"**{line.level}**" if line.level else "", *line.cells()[1:]]
            parts.append("| " + " | ".join(cell(c) for c in cells) + " |")
    return "\n".join(parts)


def _direction(indicator: Indicator) -> str:
    text = MONITOR_ONLY if indicator.monitor_only else indicator.direction
    return text + (f". {indicator.direction_note}" if indicator.direction_note else "")


def _reference_sheets(plan: Plan, options: ExportOptions) -> str:
    parts = ["## Indicator reference sheets"]
    for indicator in plan.indicators:
        _, kind, statement = result_of(plan, indicator)
        fields = [
            ("Result measured", f"{indicator.result} ({kind}) {statement.statement if statement else ''}"),
            ("Pillar / area", f"{PILLAR_NAMES.get(indicator.pillar, indicator.pillar)} / {area_name(indicator.area, options.kb)}"),
            ("Level and type", f"{indicator.level}, {indicator.type}"),
            ("Unit of measure", indicator.unit + (f" ({indicator.unit_detail})" if indicator.unit_detail else "")),
            ("Numerator", indicator.numerator), ("Denominator", indicator.denominator),
            ("Direction of change", _direction(indicator)),
            ("Precise definitions", "; ".join(f"*{t}*: {d}" for t, d in indicator.definitions)),
            ("Disaggregated by", disaggregation_named(indicator, options.kb)),
            ("Rationale", indicator.rationale),
            ("Data source", indicator.means_of_verification), ("Data collection method", indicator.collection_method),
            ("Frequency", indicator.frequency), ("Responsible", indicator.responsible),
            ("Baseline", baseline_text(indicator) + baseline_measured(indicator)),
            ("Targets", targets_text(indicator)),
            ("Projections", f"{PROJECTION}: {projections_text(indicator)}" if indicator.projections else ""),
            ("Attribution", attribution_text(indicator)),
            ("Known data limitations", indicator.limitations),
            ("Standard indicators", ", ".join(f"{r.vocabulary} {r.code}" for r in indicator.external_refs)),
        ]  # fmt: skip
        parts += ["", f"### {indicator.id} — {indicator.statement}", "", "| Field | |", "| --- | --- |"]
        parts += [f"| **{label}** | {cell(value)} |" for label, value in fields if value]
    return "\n".join(parts)


def _findings(plan: Plan, options: ExportOptions) -> str:
    findings = [f for f in named(review_plan(plan, options.kb), plan, options.kb) if f.severity != "info"]
    if not findings:
        return "## Open SMART findings\n\nNone: every indicator passes the SMART and do-no-harm rules."
    lines = [
        "## Open SMART findings",
        "",
        "| | Rule | Indicator | Finding | How to fix |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in findings:
        lines.append(
            f"| {f.severity} | {f.rule} | {f.indicator or 'plan'} | {cell(f.message)} | {cell(f.fix)} |"
        )
    return "\n".join(lines)


def _ethics(plan: Plan) -> str:
    noted = [i for i in plan.indicators if i.ethics_notes]
    if not noted:
        return ""
    lines = ["## Ethics notes", ""]
    for indicator in noted:
        lines.append(f"- **{indicator.id}**: " + " ".join(indicator.ethics_notes))
    return "\n".join(lines)
