"""How review findings read: grouped by indicator for people, flat with rule ids for programs."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ctguide.guidetext import counted
from ctguide.plan import Plan
from ctguide.smart import Finding, verdict

BADGE = {"error": "error  ", "warning": "warning", "info": "info   "}


def summary(findings: list[Finding]) -> dict[str, int]:
    counts = Counter(f.severity for f in findings)
    return {"errors": counts["error"], "warnings": counts["warning"], "info": counts["info"]}


def review_json(source: str, findings: list[Finding]) -> dict[str, Any]:
    outcome = verdict(findings)
    return {
        "plan": source,
        "summary": summary(findings),
        "verdict": {"ok": outcome.ok, "summary": outcome.summary},
        "findings": [f.to_json() for f in findings],
    }


def review_text(source: str, plan: Plan, findings: list[Finding]) -> list[str]:
    counts = summary(findings)
    lines = [f"{source}: {counted(counts['errors'], 'error')}, {counted(counts['warnings'], 'warning')}, "
             f"{counted(counts['info'], 'note')} on {counted(len(plan.indicators), 'indicator')}"]  # fmt: skip
    statements = {i.id: i.statement for i in plan.indicators}
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.indicator, []).append(finding)
    for indicator in [i.id for i in plan.indicators if i.id in groups] + ([None] if None in groups else []):
        lines.append("")
        lines.append(f"{indicator}  {statements[indicator]}" if indicator else "The plan as a whole")
        for finding in groups[indicator]:
            lines.append(f"  {BADGE[finding.severity]} {finding.rule:<3} {finding.message}")
            lines.append(f"              fix: {finding.fix}")
    lines += ["", verdict(findings).summary]
    return lines
