"""The indicator plan: its records, its contract (plan.schema.json) and the rules the schema cannot say.

A plan is the document ctguide produces: the project profile, the results chain per pillar and
area, and the indicators, each a superset of a USAID PIRS that maps onto IATI 2.03.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from ctguide.inputs import InputUnreadable, read_input
from ctguide.records import from_data, to_data
from ctguide.validation import LocatedProblem, Problem, locate, plan_is_valid, schema_problems

SCHEMA_VERSION = "1.2"
"""The version of plan.schema.json ctguide writes; it reads 1.0 and 1.1 documents as they are."""
STAND_INS_SINCE = "1.2"
DESTINATIONS_SINCE = "1.3"
"""The profile's destinations and a known baseline whose date is still to be written."""
Value = float | int | str | bool
UNITS = (
    "number",
    "percent",
    "rate",
    "ratio",
    "mean",
    "median",
    "score",
    "amount",
    "duration",
    "yes_no",
    "stage",
    "text",
)
RATIO_UNITS = frozenset({"percent", "rate", "ratio"})
DIRECTIONS = ("increase", "decrease", "maintain", "reach")
MONITOR = "monitor"
"""The direction of a count that is tracked but never targeted: it has no targets, only projections."""
FREQUENCIES = ("monthly", "quarterly", "semiannual", "annual", "baseline_endline", "baseline_midline_endline",
               "followup_3m", "followup_6m", "followup_12m", "per_event", "continuous")  # fmt: skip


@dataclass(frozen=True)
class ReportingOrg:
    ref: str
    name: str
    type: str | None = None


@dataclass(frozen=True)
class Profile:
    title: str
    organisation: str
    countries: tuple[str, ...]
    start_date: dt.date
    end_date: dt.date
    regions: tuple[str, ...] = ()
    target_groups: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()
    donor: str | None = None
    language: str = field(default="en", metadata={"keep": True})
    summary: str | None = None
    problem: str | None = None
    iati_identifier: str | None = None
    reporting_org: ReportingOrg | None = None

    @property
    def months(self) -> int:
        return (
            (self.end_date.year - self.start_date.year) * 12 + self.end_date.month - self.start_date.month + 1
        )


@dataclass(frozen=True)
class Statement:
    """An objective, outcome or output of the results chain."""

    id: str
    statement: str
    kb_id: str | None = None
    assumptions: tuple[str, ...] = ()


@dataclass(frozen=True)
class AreaChain:
    area: str
    pillar: str
    objective: Statement
    outcomes: tuple[Statement, ...] = field(default=(), metadata={"keep": True})
    outputs: tuple[Statement, ...] = field(default=(), metadata={"keep": True})
    assumptions: tuple[str, ...] = ()
    sector: str | None = None

    def results(self) -> Iterator[tuple[str, Statement]]:
        """Every statement of this area with its kind: objective, outcome or output."""
        yield "objective", self.objective
        yield from (("outcome", s) for s in self.outcomes)
        yield from (("output", s) for s in self.outputs)


@dataclass(frozen=True)
class Disaggregation:
    code: str
    values: tuple[str, ...]
    name: str | None = None


@dataclass(frozen=True)
class Baseline:
    status: str = field(default="to_be_set", metadata={"keep": True})
    value: Value | None = None
    date: dt.date | None = None
    source: str | None = None
    planned_date: dt.date | None = None
    note: str | None = None


@dataclass(frozen=True)
class Target:
    date: dt.date
    value: Value | None = None
    status: str = "set"
    period_start: dt.date | None = None
    interim: bool = False
    note: str | None = None


@dataclass(frozen=True)
class Projection:
    """A figure a donor requires for a monitor-only indicator: an expectation, never a target."""

    value: Value
    date: dt.date
    note: str | None = None


@dataclass(frozen=True)
class ExternalRef:
    vocabulary: str
    code: str


@dataclass(frozen=True)
class Indicator:
    id: str
    statement: str
    pillar: str
    area: str
    result: str
    level: str
    type: str
    unit: str
    direction: str
    baseline: Baseline
    targets: tuple[Target, ...] = field(metadata={"keep": True})
    means_of_verification: str
    frequency: str
    responsible: str
    unit_detail: str | None = None
    numerator: str | None = None
    denominator: str | None = None
    direction_note: str | None = None
    stages: tuple[str, ...] = ()
    definitions: tuple[tuple[str, str], ...] = field(default=(), metadata={"mapping": True})
    disaggregation: tuple[Disaggregation, ...] = ()
    collection_method: str | None = None
    rationale: str | None = None
    limitations: str | None = None
    assumptions: tuple[str, ...] = ()
    ethics_notes: tuple[str, ...] = ()
    pitfalls: tuple[str, ...] = ()
    external_refs: tuple[ExternalRef, ...] = ()
    kb_id: str | None = None
    projections: tuple[Projection, ...] = ()
    attributable: bool = True
    stand_ins: tuple[str, ...] = ()
    """Wordings a starter plan put in for the knowledge base's [placeholders]; review names each one the
    statement still holds."""

    @property
    def monitor_only(self) -> bool:
        return self.direction == MONITOR


@dataclass(frozen=True)
class Plan:
    profile: Profile
    results_chain: tuple[AreaChain, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    goal: Statement | None = None
    notes: str | None = None
    last_updated: dt.date | None = None
    schema_version: str = SCHEMA_VERSION

    @cached_property
    def indicators_by_result(self) -> dict[str, tuple[Indicator, ...]]:
        """The indicators of each result id, in plan order (built once: exports of large plans stay linear)."""
        grouped: dict[str, list[Indicator]] = {}
        for indicator in self.indicators:
            grouped.setdefault(indicator.result, []).append(indicator)
        return {result: tuple(found) for result, found in grouped.items()}

    @cached_property
    def result_places(self) -> dict[str, tuple[AreaChain, str, Statement]]:
        """Each result id's area block, kind (objective, outcome, output) and statement; the first wins."""
        places: dict[str, tuple[AreaChain, str, Statement]] = {}
        for block in self.results_chain:
            for kind, statement in block.results():
                places.setdefault(statement.id, (block, kind, statement))
        return places


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as the plain document its YAML and JSON files hold (schema_version first)."""
    data = to_data(plan)
    document = {
        "schema_version": _version_for(plan),
        "profile": data["profile"],
        **({"goal": data["goal"]} if "goal" in data else {}),
        "results_chain": data.get("results_chain", []),
        "indicators": data.get("indicators", []),
    }
    document.update({key: data[key] for key in ("notes", "last_updated") if key in data})
    return document


def _version_for(plan: Plan) -> str:
    """The plan's own version, raised to the first one that has what it uses (a reader of an older version
    would refuse it): 1.2 for stand_ins, 1.3 for destinations and a known baseline without its date."""
    needs = [plan.schema_version]
    if any(i.stand_ins for i in plan.indicators):
        needs.append(STAND_INS_SINCE)
    if plan.profile.destinations or any(undated_baseline(i) for i in plan.indicators):
        needs.append(DESTINATIONS_SINCE)
    return max(needs, key=lambda v: tuple(int(n) for n in v.split(".")))


def undated_baseline(indicator: Indicator) -> bool:
    """A baseline value given without the date it was measured (an imported list): the date is a to-do."""
    return indicator.baseline.status == "known" and indicator.baseline.date is None


def plan_from_data(data: dict[str, Any]) -> Plan:
    """A Plan from a document that `validate_plan` accepted."""
    return from_data(Plan, data)


def plan_to_yaml(plan: Plan) -> str:
    return plan_text(plan, "yaml")


def validate_plan(data: Any) -> list[Problem]:
    """Every problem of a plan document: its schema first, then the rules across fields."""
    problems = [] if plan_is_valid(data) else schema_problems(data, "plan")
    if isinstance(data, dict):
        found = [*_number_problems(data, ()), *_cross_field_problems(data)]
        problems += [p for p in dict.fromkeys(found) if p not in problems]
    return problems


MAX_NUMBER = 10**15
"""The largest magnitude a number in a plan may have; beyond it (or inf/nan) it is a typing slip."""


def sane_number(value: Any) -> bool:
    """A finite number of sane size (bools and non-numbers are not numbers here)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return math.isfinite(value) and abs(value) <= MAX_NUMBER


def _number_problems(node: Any, path: tuple) -> Iterator[Problem]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _number_problems(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _number_problems(value, (*path, index))
    elif isinstance(node, (int, float)) and not isinstance(node, bool) and not sane_number(node):
        shown = "not a finite number" if isinstance(node, float) and not math.isfinite(node) else "too large"
        yield Problem(path, f"{shown}; numbers must be finite and at most {MAX_NUMBER:.0e} in size")


# --- rules the schema cannot express -------------------------------------------------------


def _cross_field_problems(data: dict[str, Any]) -> Iterator[Problem]:
    profile = data.get("profile") if isinstance(data.get("profile"), dict) else {}
    period = _period(profile)
    if period and period[1] < period[0]:
        yield Problem(("profile", "end_date"), "the project ends before it starts")
    chain = _list(data.get("results_chain"))
    indicators = _list(data.get("indicators"))
    goal = data.get("goal") if isinstance(data.get("goal"), dict) else None
    yield from _duplicate_ids(chain, indicators, goal)
    results = _result_index(chain)
    if goal and isinstance(goal.get("id"), str):
        results.setdefault(goal["id"], ("goal", None))
    areas = {_text(block.get("area")): block.get("pillar") for block in chain if isinstance(block, dict)}
    for index, indicator in enumerate(indicators):
        if isinstance(indicator, dict):
            yield from _indicator_rules(("indicators", index), indicator, results, areas, period)


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    """The value where a plain text is expected; None for anything else (the schema reports it)."""
    return value if isinstance(value, str) else None


def _date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _period(profile: dict[str, Any]) -> tuple[dt.date, dt.date] | None:
    start, end = _date(profile.get("start_date")), _date(profile.get("end_date"))
    return (start, end) if start and end else None


def _statement_places(chain: list[Any]) -> Iterator[tuple[tuple, dict[str, Any], str, dict[str, Any]]]:
    """(path, statement, kind, area block) for every objective, outcome and output."""
    for a, block in enumerate(chain):
        if not isinstance(block, dict):
            continue
        if isinstance(block.get("objective"), dict):
            yield ("results_chain", a, "objective"), block["objective"], "objective", block
        for kind, key in (("outcome", "outcomes"), ("output", "outputs")):
            for i, statement in enumerate(_list(block.get(key))):
                if isinstance(statement, dict):
                    yield ("results_chain", a, key, i), statement, kind, block


def _result_index(chain: list[Any]) -> dict[str, tuple[str, dict[str, Any]]]:
    return {
        s.get("id"): (kind, block)
        for _, s, kind, block in _statement_places(chain)
        if isinstance(s.get("id"), str)
    }


def _duplicate_ids(chain: list[Any], indicators: list[Any], goal: dict[str, Any] | None) -> Iterator[Problem]:
    places = [(("goal", "id"), goal.get("id"))] if goal else []
    places += [(path + ("id",), s.get("id")) for path, s, _, _ in _statement_places(chain)]
    places += [
        (("indicators", i, "id"), ind.get("id")) for i, ind in enumerate(indicators) if isinstance(ind, dict)
    ]
    counts = Counter(ident for _, ident in places if isinstance(ident, str))
    for path, ident in places:
        if isinstance(ident, str) and counts[ident] > 1:
            yield Problem(
                path,
                f"id {ident!r} is used {counts[ident]} times; every result and indicator needs its own id",
            )
    area_counts = Counter(_text(block.get("area")) for block in chain if isinstance(block, dict))
    for a, block in enumerate(chain):
        if isinstance(block, dict) and _text(block.get("area")) and area_counts[block["area"]] > 1:
            yield Problem(
                ("results_chain", a, "area"),
                f"area {block.get('area')!r} appears more than once in the results chain",
            )


_LEVEL_OF_KIND = {
    "goal": {"impact"},
    "objective": {"impact", "outcome"},
    "outcome": {"outcome"},
    "output": {"output"},
}


def _indicator_rules(
    path: tuple, indicator: dict[str, Any], results: dict, areas: dict, period: tuple | None
) -> Iterator[Problem]:
    result_id = indicator.get("result")
    if isinstance(result_id, str):
        if result_id not in results:
            known = ", ".join(sorted(r for r in results if isinstance(r, str))) or "none yet"
            yield Problem(
                path + ("result",), f"result {result_id!r} is not in the results chain (known: {known})"
            )
        else:
            kind, block = results[result_id]
            level = indicator.get("level")
            if isinstance(level, str) and level not in _LEVEL_OF_KIND[kind]:
                allowed = " or ".join(sorted(_LEVEL_OF_KIND[kind]))
                yield Problem(
                    path + ("level",),
                    f"an indicator of the {kind} {result_id} should be at level {allowed}, not {level}",
                )
            if block is not None and indicator.get("area") not in (None, block.get("area")):
                yield Problem(
                    path + ("area",),
                    f"result {result_id} belongs to area {block.get('area')!r}, not {indicator.get('area')!r}",
                )
    area = indicator.get("area")
    if isinstance(area, str) and area not in areas:
        yield Problem(path + ("area",), f"area {area!r} has no block in the results chain")
    elif isinstance(area, str) and indicator.get("pillar") not in (None, areas[area]):
        yield Problem(
            path + ("pillar",),
            f"area {area!r} sits under pillar {areas[area]!r} in this plan, not {indicator.get('pillar')!r}",
        )
    yield from _projection_rules(path, indicator)
    yield from _value_rules(path, indicator)
    yield from _date_rules(path, indicator, period)
    yield from _disaggregation_rules(path, indicator)


def _projection_rules(path: tuple, indicator: dict[str, Any]) -> Iterator[Problem]:
    targets = indicator.get("targets")
    if indicator.get("direction") == MONITOR and targets:
        yield Problem(
            path + ("targets",),
            "a monitor-only indicator has no targets; remove them, or record a figure the donor requires "
            "under projections",
        )
    elif indicator.get("direction") != MONITOR and targets == []:
        yield Problem(
            path + ("targets",),
            "needs at least 1 target (or direction monitor for a count that must never be a target)",
        )
    if indicator.get("projections") and indicator.get("direction") != MONITOR:
        yield Problem(
            path + ("projections",),
            "projections belong to monitor-only indicators; an indicator with a direction has targets instead",
        )


def _timed_values(path: tuple, indicator: dict[str, Any]) -> Iterator[tuple[tuple, dict[str, Any]]]:
    """(path, entry) for every target and projection: the entries that carry a value and a date."""
    for key in ("targets", "projections"):
        for t, entry in enumerate(_list(indicator.get(key))):
            if isinstance(entry, dict):
                yield path + (key, t), entry


def _value_rules(path: tuple, indicator: dict[str, Any]) -> Iterator[Problem]:
    unit, kind = indicator.get("unit"), indicator.get("type")
    places = []
    if isinstance(indicator.get("baseline"), dict):
        places.append((path + ("baseline", "value"), indicator["baseline"].get("value")))
    places += [(where + ("value",), entry.get("value")) for where, entry in _timed_values(path, indicator)]
    stages = indicator.get("stages") if isinstance(indicator.get("stages"), list) else None
    for where, value in places:
        if value is None or (isinstance(value, (int, float)) and not sane_number(value)):
            continue
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if kind == "quantitative" and unit not in ("text", "yes_no", "stage") and not numeric:
            yield Problem(where, f"a {unit} indicator needs a number here, got {value!r}")
        elif numeric and unit == "percent" and not 0 <= value <= 100:
            yield Problem(where, f"a percentage must be between 0 and 100, got {value}")
        elif numeric and value < 0 and unit not in ("score", "amount"):
            yield Problem(where, f"a {unit} cannot be negative, got {value}")
        elif unit == "yes_no" and not (isinstance(value, bool) or str(value).lower() in ("yes", "no")):
            yield Problem(where, f"a yes/no milestone takes yes or no, got {value!r}")
        elif unit == "stage" and stages and str(value) not in stages:
            yield Problem(where, f"{value!r} is not one of the stages: {', '.join(map(str, stages))}")


def _date_rules(path: tuple, indicator: dict[str, Any], period: tuple | None) -> Iterator[Problem]:
    if period is None:
        return
    start, end = period
    for where, entry in _timed_values(path, indicator):
        when = _date(entry.get("date"))
        if when and not start <= when <= end:
            kind = "target" if where[-2] == "targets" else "projection"
            yield Problem(
                where + ("date",), f"{kind} date {when} is outside the project period {start} to {end}"
            )
    baseline = indicator.get("baseline") if isinstance(indicator.get("baseline"), dict) else {}
    planned = _date(baseline.get("planned_date"))
    if planned and planned > end:
        yield Problem(
            path + ("baseline", "planned_date"),
            f"the baseline would be set on {planned}, after the project ends ({end})",
        )
    measured = _date(baseline.get("date"))
    if measured and measured > end:
        yield Problem(
            path + ("baseline", "date"), f"a baseline dated {measured} comes after the project ends ({end})"
        )


def _disaggregation_rules(path: tuple, indicator: dict[str, Any]) -> Iterator[Problem]:
    entries = [d for d in _list(indicator.get("disaggregation")) if isinstance(d, dict)]
    counts = Counter(_text(d.get("code")) for d in entries)
    for d, entry in enumerate(_list(indicator.get("disaggregation"))):
        if isinstance(entry, dict) and _text(entry.get("code")) and counts[entry["code"]] > 1:
            yield Problem(
                path + ("disaggregation", d, "code"), f"disaggregation {entry.get('code')!r} is listed twice"
            )


# --- files ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanFile:
    """A plan document read from disk, with what is needed to point at its lines."""

    path: Path
    text: str
    data: Any

    def problems(self) -> list[LocatedProblem]:
        return locate(validate_plan(self.data), str(self.path), self.text)


class PlanUnreadable(Exception):
    """The file cannot be read as a YAML or JSON document at all (exit 2 territory)."""


def read_plan_file(path: Path) -> PlanFile:
    """Read a plan file (YAML or JSON) without judging its content; raise PlanUnreadable if it is not a document."""
    path = Path(path)
    try:
        raw = read_input(path, "plan file")
    except InputUnreadable as unreadable:
        raise PlanUnreadable(str(unreadable)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PlanUnreadable(f"{path}: not UTF-8 text; save the plan as UTF-8 YAML") from None
    if not text.strip():
        raise PlanUnreadable(f"{path}: the file is empty; expected a YAML plan (see `ctguide schema plan`)")
    from ctguide.yamlio import YamlProblem, load_yaml  # the app and the engines need no YAML parser

    try:
        data = load_yaml(text, source=str(path))
    except YamlProblem as problem:
        raise PlanUnreadable(str(problem)) from None
    if not isinstance(data, dict):
        raise PlanUnreadable(
            f"{path}: expected a YAML mapping with schema_version, profile, results_chain and indicators; found {type(data).__name__}"
        )
    return PlanFile(path, text, data)


def load_plan(path: Path) -> Plan:
    """Read and validate a plan file; raise PlanInvalid with every located problem when it is not valid."""
    plan_file = read_plan_file(path)
    problems = plan_file.problems()
    if problems:
        raise PlanInvalid(problems)
    return plan_from_data(plan_file.data)


def plan_document(plan: Plan, path: Path) -> str:
    """The plan as the text of `path`: JSON for .json, YAML otherwise."""
    return plan_text(plan, "json" if Path(path).suffix.lower() == ".json" else "yaml")


def plan_text(plan: Plan, kind: str) -> str:
    """The plan document as YAML or JSON text (`kind`); the one way plans become text."""
    data = plan_to_data(plan)
    if kind == "json":
        import json

        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    from ctguide.yamlio import dump_yaml

    return dump_yaml(data)


def write_plan(plan: Plan, path: Path, *, force: bool = False) -> Path | None:
    """Validate, then write the plan atomically; never over an existing file without `force`.

    Returns the backup of the replaced file, if any. Raises PlanInvalid if the plan breaks its contract.
    """
    from ctguide.atomic import write_new

    problems = validate_plan(plan_to_data(plan))
    if problems:
        raise PlanInvalid(locate(problems, str(path), None))
    return write_new(Path(path), plan_document(plan, path), force=force)


class PlanInvalid(Exception):
    def __init__(self, problems: list[LocatedProblem]) -> None:
        super().__init__("\n".join(map(str, problems)))
        self.problems = problems
