"""The plan itself, as YAML or JSON (the same document; JSON validates against the plan schema)."""

from __future__ import annotations

from ctguide.exporters import ExportOptions, ExportResult
from ctguide.plan import Plan, plan_text


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    return ExportResult(plan_text(plan, name))
