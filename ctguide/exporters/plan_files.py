"""The plan itself, as YAML or JSON (the same document; JSON validates against the plan schema)."""

from __future__ import annotations

import json

from ctguide.exporters import ExportOptions, ExportResult
from ctguide.plan import Plan, plan_to_data
from ctguide.yamlio import dump_yaml


def render(plan: Plan, name: str, options: ExportOptions) -> ExportResult:
    data = plan_to_data(plan)
    if name == "json":
        return ExportResult(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return ExportResult(dump_yaml(data))
