"""The labelled review set (tests/data/review_set/): items -> one-indicator plans, findings -> categories.

Fields an item leaves out take neutral defaults: a known baseline, a dated target that moves the
right way, a named data source, collection method, frequency and role. Nothing else is filled in, so
what a rule sees is what the item's author wrote (definitions, ethics notes, disaggregation included).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ctguide.drafting import draft_chain
from ctguide.importers import unit_from_statement
from ctguide.knowledge import KnowledgeBase
from ctguide.plan import Baseline, Disaggregation, Indicator, Plan, Profile, Target
from ctguide.smart import Finding
from ctguide.yamlio import load_yaml

REVIEW_SET = Path(__file__).parent / "data" / "review_set"
PARTS = ("tune", "holdout")
ROUND1 = "round1"  # session 18's untouched set: reported once, then tuned on
ROUND2 = "round2"  # session 19's untouched set: reported once, then tuned on
ROUND3 = "round3"  # session 20's untouched set: reported once, then tuned on
ROUND4 = "round4"  # session 21's untouched set: reported once, then tuned on
ROUND5 = "round5"  # session 22's untouched set: reported once, then tuned on
ROUND6 = "round6"  # session 23's untouched set: reported once, then tuned on
TUNE2 = "tune2"  # real donor and government wording collected for tuning (issue 10)
TUNING_PARTS = (*PARTS, ROUND1, TUNE2, ROUND2, ROUND3, ROUND4, ROUND5, ROUND6)
UNTOUCHED = "untouched"  # scored only by `benchmarks/review_quality.py --untouched`, once, at the end
CATEGORIES = (
    "time_bound",
    "denominator",
    "level",
    "unit_of_analysis",
    "direction",
    "compound",
    "unrealistic",
    "privacy",
    "harmful_target",
    "fit",
)
RULE_CATEGORY = {
    "T1": "time_bound",
    "T3": "time_bound",
    "T4": "time_bound",
    "M2": "denominator",
    "R1": "level",
    "S2": "unit_of_analysis",
    "R3": "direction",
    "S1": "compound",
    "A1": "unrealistic",
    "A2": "unrealistic",
    "A4": "unrealistic",
    "E2": "privacy",
    "H1": "harmful_target",
    "R4": "fit",
}
START, END = dt.date(2027, 1, 1), dt.date(2029, 12, 31)
PROFILE = Profile("Review set", "Evaluator", ("Nepal",), START, END)


def source_family(item: dict[str, Any]) -> str:
    """The publisher or framework an item's wording comes from: its `src` key up to the first dash ("EEA" for
    EEA-DOM-001, "F" for F-PS51-28, "EU" for EU-logframe), so one source's house style never sits on both
    sides of a fold."""
    return str(item["src"]).split("-", 1)[0]


def source_folds(items: Iterable[dict[str, Any]], k: int = 5) -> list[list[dict[str, Any]]]:
    """`items` in `k` folds grouped by source family: the largest families first, each into the fold with the
    fewest items so far (ties to the lowest fold), so the split is balanced and the same on every run."""
    families: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        families.setdefault(source_family(item), []).append(item)
    folds: list[list[dict[str, Any]]] = [[] for _ in range(k)]
    for name in sorted(families, key=lambda f: (-len(families[f]), f)):
        min(folds, key=len).extend(families[name])
    return folds


def load_items(part: str) -> list[dict[str, Any]]:
    return load_file(REVIEW_SET / f"{part}.yaml")


def load_file(path: Path) -> list[dict[str, Any]]:
    return load_yaml(path.read_text(encoding="utf-8"))["items"]


def item_plan(kb: KnowledgeBase, item: dict[str, Any]) -> Plan:
    result = kb.result_by_id[item["result"]]
    area = kb.area_by_id[result.area]
    chain = draft_chain(area, results=[result])
    return Plan(PROFILE, (chain,), (_indicator(item, area.id, area.pillar),))


def _indicator(item: dict[str, Any], area: str, pillar: str) -> Indicator:
    statement = item["statement"]
    unit = item.get("unit") or unit_from_statement(statement)
    kind = item.get("type") or ("milestone" if unit in ("stage", "yes_no") else "quantitative")
    direction = item.get("direction", "increase")
    baseline_value, target_value = _values(unit, direction)
    target = item.get("target")
    if direction == "monitor":
        targets: tuple[Target, ...] = ()
    elif isinstance(target, dict):
        date = target.get("date")
        targets = (Target(dt.date.fromisoformat(str(date)) if date else None, target.get("value")),)
    else:
        targets = (Target(END, target_value),)
    return Indicator(
        id=item["id"],
        statement=statement,
        pillar=pillar,
        area=area,
        result=item["result"],
        level=item["level"],
        type=kind,
        unit=unit,
        direction=direction,
        baseline=Baseline("known", baseline_value, dt.date(2026, 10, 1), "Project records"),
        targets=targets,
        means_of_verification=item.get("mov", "Project records and partner reports"),
        frequency=item.get("frequency", "annual"),
        responsible="M&E officer",
        numerator=item.get("numerator"),
        denominator=item.get("denominator"),
        direction_note=item.get("direction_note"),
        stages=("drafted", "adopted", "applied") if unit == "stage" else (),
        definitions=tuple((item.get("definitions") or {}).items()),
        disaggregation=tuple(
            Disaggregation(code, ("as recorded",)) for code in item.get("disaggregation", ())
        ),
        collection_method=item.get(
            "method", "Extracted from the records each reporting period by the M&E officer"
        ),
        ethics_notes=tuple(item.get("ethics", ())),
        pitfalls=tuple(item.get("pitfalls", ())),
    )


def _values(unit: str, direction: str) -> tuple[Any, Any]:
    if unit == "stage":
        return "drafted", "applied"
    if unit == "yes_no":
        return False, True
    if direction == "decrease":
        return 40, 25
    return (20, 35) if unit in ("percent", "rate", "ratio") else (10, 30)


def category(finding: Finding) -> str | None:
    """The review-set category a finding raises. W1 ("still to be written") is a to-do on several fields: on
    the numerator or the denominator of a share it flags exactly the missing denominator, on a baseline date
    it is no category."""
    if finding.rule == "W1":
        return "denominator" if finding.path.endswith((".numerator", ".denominator")) else None
    return RULE_CATEGORY.get(finding.rule)


def categories(findings: Iterable[Finding]) -> set[str]:
    """The review-set categories the warnings and errors among `findings` raise."""
    return {kind for f in findings if f.severity != "info" and (kind := category(f)) is not None}
