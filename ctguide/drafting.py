"""Turning knowledge into plan content: results chains, indicators and whole starter plans.

Pure functions from the knowledge base (and the user's choices) to plan records. What a user has
not decided yet is marked "to be set" so that the plan validates and the review lists it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ctguide.knowledge import Area, KbIndicator, KnowledgeBase, Result
from ctguide.plan import (
    MONITOR,
    AreaChain,
    Baseline,
    Disaggregation,
    ExternalRef,
    Indicator,
    Plan,
    Profile,
    Statement,
    Target,
)

TO_BE_SET = "(to be set)"
DEFAULT_RESPONSIBLE = "M&E officer"
RESPONSIBLE_BY_METHOD = {
    "CMS": "Case manager",
    "LOG": "Service coordinator",
    "TRN": "Training coordinator",
    "REG": "Project officer",
    "ADM": "M&E officer",
    "DOC": "Project manager",
}


def add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(day.day, _days_in_month(year, month)))


def _days_in_month(year: int, month: int) -> int:
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def default_period(today: dt.date, months: int = 24) -> tuple[dt.date, dt.date]:
    """A project that starts on the first day of next month and runs `months` months."""
    start = add_months(today.replace(day=1), 1)
    return start, add_months(start, months) - dt.timedelta(days=1)


def first_quarter_end(start: dt.date, end: dt.date) -> dt.date:
    """The default date to set a baseline by: the end of the project's first three months."""
    return min(add_months(start, 3) - dt.timedelta(days=1), end)


def objective_id(area: Area) -> str:
    return f"{area.code}-OBJ"


def result_statement(result: Result) -> Statement:
    return Statement(result.id, result.statement, kb_id=result.id)


def draft_chain(area: Area, pillar: str | None = None, results: Sequence[Result] | None = None) -> AreaChain:
    """The area's typical objective and results (all of them, or those given)."""
    chosen = tuple(results) if results is not None else area.results
    return AreaChain(
        area=area.id,
        pillar=pillar or area.pillar,
        objective=Statement(objective_id(area), area.objective, kb_id=area.id),
        outcomes=tuple(result_statement(r) for r in chosen if r.level == "outcome"),
        outputs=tuple(result_statement(r) for r in chosen if r.level == "output"),
        assumptions=area.assumptions,
    )


def draft_indicator(
    kb: KnowledgeBase,
    source: KbIndicator,
    *,
    pillar: str,
    period: tuple[dt.date, dt.date],
    fill: bool = False,
    ident: str | None = None,
) -> Indicator:
    """A plan indicator from a knowledge-base one; baseline and target left to be set.

    With `fill`, the statement's [placeholders] take their example values (as in a worked example);
    without, they stay for the user to fill in.
    """
    start, end = period
    catalogue = kb.catalogue
    methods = [
        catalogue["methods"][code] for code in source.means_of_verification if code in catalogue["methods"]
    ]
    return Indicator(
        id=ident or source.id,
        statement=source.filled_statement() if fill else source.statement,
        pillar=pillar,
        area=source.area,
        result=source.result,
        level=source.level,
        type=source.type,
        unit=source.unit,
        direction=source.direction,
        baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end)),
        targets=() if source.direction == MONITOR else (Target(date=end, status="to_be_set"),),
        means_of_verification="; ".join(m.name for m in methods) or ", ".join(source.means_of_verification),
        frequency=source.frequency,
        responsible=RESPONSIBLE_BY_METHOD.get(source.means_of_verification[0], DEFAULT_RESPONSIBLE),
        unit_detail=source.unit_detail,
        numerator=source.numerator,
        denominator=source.denominator,
        direction_note=source.direction_note,
        stages=source.stages,
        definitions=source.definitions,
        disaggregation=tuple(_disaggregation(kb, code) for code in source.disaggregation),
        collection_method=source.data_collection,
        rationale=source.rationale,
        limitations=source.limitations,
        ethics_notes=tuple(_ethics_note(kb, rule) for rule in source.ethics),
        pitfalls=source.pitfalls,
        external_refs=tuple(ExternalRef(r.vocabulary, r.code) for r in source.external_refs),
        kb_id=source.id,
        attributable=source.attributable,
    )


def _disaggregation(kb: KnowledgeBase, code: str) -> Disaggregation:
    entry = kb.catalogue["disaggregation"].get(code)
    if entry is None:
        return Disaggregation(code=code, values=(TO_BE_SET,))
    return Disaggregation(code=code, values=entry.values, name=entry.name)


def _ethics_note(kb: KnowledgeBase, rule_id: str) -> str:
    rule = kb.catalogue["ethics_rules"].get(rule_id)
    if rule is None:
        return f"{rule_id}: see the ethics rules"
    return f"{rule_id} {rule.title}: {rule.note_template or rule.advice}"


def best_indicators(area: Area, result: Result, count: int) -> tuple[KbIndicator, ...]:
    """The first `count` indicators of a result: curators list the strongest first."""
    return area.indicators_for(result.id)[:count]


def starter_plan(
    kb: KnowledgeBase,
    area_ids: Sequence[str],
    *,
    period: tuple[dt.date, dt.date],
    title: str | None = None,
    organisation: str | None = None,
    countries: Sequence[str] = (),
    per_result: int = 1,
) -> Plan:
    """A plan in one step: each area's typical objective, results and best indicators."""
    areas = [kb.area_by_id[a] for a in dict.fromkeys(area_ids)]
    chains = tuple(draft_chain(area) for area in areas)
    indicators = tuple(
        draft_indicator(kb, source, pillar=area.pillar, period=period)
        for area in areas
        for result in area.results
        for source in best_indicators(area, result, per_result)
    )
    names = " and ".join(a.name.split(" and ")[0].lower() for a in areas[:3])
    profile = Profile(
        title=title or f"Starter plan: {names}",
        organisation=organisation or TO_BE_SET,
        countries=tuple(countries) or (TO_BE_SET,),
        start_date=period[0],
        end_date=period[1],
    )
    return Plan(profile=profile, results_chain=chains, indicators=indicators)
