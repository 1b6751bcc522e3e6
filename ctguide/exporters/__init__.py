"""One validated plan, every format: each exporter is a small pure module, plan in, document out.

result = export(plan, "csv", ExportOptions())
result.content   # str or bytes, ready to be written atomically
result.warnings  # what the reader should know (e.g. IATI placeholders)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING

from ctguide.gcpause import collection_paused

if TYPE_CHECKING:  # the command line lists the formats without loading plans
    from pathlib import Path

    from ctguide.knowledge import KnowledgeBase
    from ctguide.plan import Plan


@dataclass(frozen=True)
class ExportOptions:
    iati_identifier: str | None = None
    reporting_org_ref: str | None = None
    reporting_org_name: str | None = None
    reporting_org_type: str | None = None
    generated: str | None = None  # ISO date-time the shell stamps into documents that carry one
    sectors: tuple[tuple[str, str], ...] = ()  # (area id, DAC/CRS code) from the knowledge base, for IATI
    kb: KnowledgeBase | None = None  # reviewed with, so the findings are those of `ctguide review`


@dataclass(frozen=True)
class ExportResult:
    content: str | bytes
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Format:
    name: str
    extension: str
    description: str
    module: str
    extra: str | None = None  # the optional dependency group that provides it
    reviews: bool = False  # the document lists the review's findings (which need the knowledge base)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "yaml",
            "yaml",
            "the plan itself, to keep working on",
            "ctguide.exporters.plan_files",
        ),
        Format(
            "json",
            "json",
            "the same plan for other software, valid against the plan schema",
            "ctguide.exporters.plan_files",
        ),
        Format(
            "csv",
            "csv",
            "one row per indicator with the logframe columns, for a spreadsheet",
            "ctguide.exporters.csv_table",
        ),
        Format(
            "md",
            "md",
            "a printable document: profile, logframe per pillar, reference sheets, findings",
            "ctguide.exporters.markdown",
            reviews=True,
        ),
        Format(
            "xlsx",
            "xlsx",
            "a workbook: Logframe, Indicators, Reference sheets, Findings",
            "ctguide.exporters.workbook",
            "xlsx",
            reviews=True,
        ),
        Format(
            "docx",
            "docx",
            "a Word document: title page, logframe matrix (landscape), reference sheets, open findings",
            "ctguide.exporters.word",
            "docx",
            reviews=True,
        ),
        Format(
            "iati",
            "xml",
            "the activity to publish under the aid-transparency standard 2.03, with its results and indicators",
            "ctguide.exporters.iati",
        ),
    )
}


EXTENSIONS: dict[str, str] = {f.extension: f.name for f in FORMATS.values()} | {
    "yml": "yaml",
    "markdown": "md",
    "iati": "iati",
}
"""The format each file extension names."""

PLAN_FORMATS = ("yaml", "json")
"""What a plan file is written as (plan.plan_document): the commands that write a plan take only these."""


def format_named_by(path: Path) -> str | None:
    """The format `path`'s extension names, if any."""
    return EXTENSIONS.get(path.suffix.lower().lstrip("."))


def export_clash(path: Path, name: str) -> str | None:
    """Why format `name` must not be written into `path`: its extension names another format."""
    named = format_named_by(path)
    if named in (None, name):
        return None
    return (
        f"{path.name!r} is named as a {named} file but the format asked for is {name}; "
        f"use -o {path.with_suffix('.' + FORMATS[name].extension).name} (or --format {named})"
    )


def plan_output_clash(path: Path, command: str) -> str | None:
    """Why a command that writes a plan must not write it into `path`: its extension names an export format."""
    named = format_named_by(path)
    if named is None or named in PLAN_FORMATS:
        return None
    plan_name = path.with_suffix(".yaml").name
    return (
        f"{command} writes a plan (YAML), not {named}: use -o {plan_name}, "
        f"then `ctguide export {plan_name} -o {path.name}`"
    )


class ExportUnavailable(Exception):
    """The format needs an optional dependency that is not installed."""


def export(plan: Plan, name: str, options: ExportOptions | None = None) -> ExportResult:
    """Render `plan` in format `name` (a key of FORMATS)."""
    spec = FORMATS[name]
    try:
        module = import_module(spec.module)
    except ImportError as error:
        hint = f"pip install 'ctguide[{spec.extra}]'" if spec.extra else "reinstall ctguide"
        raise ExportUnavailable(
            f"the {name} export needs a package that is not installed ({error.name}); {hint}"
        ) from None
    render: Callable[[Plan, str, ExportOptions], ExportResult] = module.render
    with collection_paused():  # a document of many small objects that all live until it is written
        return render(plan, name, options or ExportOptions())


def fixed_time(plan: Plan, options: ExportOptions) -> dt.datetime:
    """The time stamped into office documents (naive UTC): options.generated, else the project start."""
    if options.generated:
        stamp = dt.datetime.fromisoformat(options.generated)
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(dt.UTC).replace(tzinfo=None)
        return stamp.replace(microsecond=0)
    return dt.datetime.combine(plan.profile.start_date, dt.time())
