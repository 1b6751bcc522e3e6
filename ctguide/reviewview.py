"""How review findings read: grouped by indicator for people, flat with rule ids for programs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ctguide.guidetext import counted
from ctguide.monitorwords import monitored
from ctguide.plan import Plan
from ctguide.smart import Finding, verdict
from ctguide.validation import LocatedProblem
from ctguide.wrapping import wrapped

BADGE = {"error": "error  ", "warning": "warning", "info": "info   "}


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {"errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]}


def review_json(source: str, findings: list[Finding], plan: Plan) -> dict[str, Any]:
    """`monitor_only`: the plan's counts tracked without a target, with any donor figure as a projection."""
    outcome = verdict(findings)
    watched = [i for i in plan.indicators if i.monitor_only]
    return {
        "plan": source,
        "valid": True,
        "summary": summary(findings),
        "verdict": {"ok": outcome.ok, "summary": outcome.summary},
        "monitor_only": [
            {
                "id": i.id,
                "attributable": i.attributable,
                "projections": [
                    {"value": p.value, "date": str(p.date), "note": p.note} for p in i.projections
                ],
            }
            for i in watched
        ],  # fmt: skip
        "findings": [f.to_json() for f in findings],
    }


def not_reviewed_json(
    source: str, problems: list[LocatedProblem], unreadable: str | None = None
) -> dict[str, Any]:
    """What `review --json` prints for a plan it cannot review: the same keys as a review, `valid` false, and
    each schema problem with its line and JSON path (`unreadable`: why the file could not be read at all)."""
    said = unreadable or f"invalid, {counted(len(problems), 'problem')}; fix these problems first"
    return {
        "plan": source,
        "valid": False,
        **({"error": unreadable} if unreadable else {}),
        "problems": [
            {"line": p.line, "path": p.problem.json_path or "$", "message": p.problem.message, "text": str(p)}
            for p in problems
        ],
        "summary": summary([]),
        "verdict": {"ok": False, "summary": f"Not reviewed: {said}."},
        "monitor_only": [],
        "findings": [],
    }


def review_text(source: str, plan: Plan, findings: list[Finding], width: int | None = None) -> list[str]:
    """`width`: a terminal's columns, lines wrapped between words under their own column (none: one line each,
    for grep and files)."""

    def fold(text: str, hanging: int = 0) -> list[str]:
        if width is None:
            return [text]
        return wrapped(text, max(width, 40), hanging)

    counts = summary(findings)
    lines = fold(f"{source}: {counted(counts['errors'], 'error')}, {counted(counts['warnings'], 'warning')}, "
                 f"{counted(counts['info'], 'note')} on {counted(len(plan.indicators), 'indicator')}")  # fmt: skip
    statements = {i.id: i.statement for i in plan.indicators}
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.indicator, []).append(finding)
    for indicator in [i.id for i in plan.indicators if i.id in groups] + ([None] if None in groups else []):
        lines.append("")
        head = f"{indicator}  {statements[indicator]}" if indicator else "The plan as a whole"
        lines += fold(head, hanging=len(indicator or "") + 2)
        for finding in groups[indicator]:
            lines += fold(f"  {BADGE[finding.severity]} {finding.rule:<3} {finding.message}", hanging=14)
            lines += fold(f"              fix: {finding.fix}", hanging=19)
    watched = monitored(plan.indicators)
    if watched:
        lines += ["", *fold(MONITOR_LEAD.format(count=counted(len(watched), "indicator")))]
        lines += [line for item in watched for line in fold(f"  {item}", hanging=4)]
    lines += ["", *fold(verdict(findings).summary)]
    return lines


MONITOR_LEAD = "Monitor only: {count} counted and reported, never given a target:"
