"""Turning knowledge into plan content: results chains, indicators and whole starter plans.

Pure functions from the knowledge base (and the user's choices) to plan records. What a user has
not decided yet is marked "to be set" so that the plan validates and the review lists it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ctguide import lazyre
from ctguide.knowledge import PLACEHOLDER, Area, KbIndicator, KnowledgeBase, Result
from ctguide.placeholders import TO_BE_SET, Setting, filled_from_profile, listed, named, stand_in
from ctguide.plan import (
    MONITOR,
    RATIO_UNITS,
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
from ctguide.textnorm import GENERIC_TOKENS, content_tokens

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
    """The area's typical objective and results (all of them, or those given), each with the area
    assumptions that bear on it, and the area's DAC/CRS sector."""
    chosen = tuple(results) if results is not None else area.results
    objective = Statement(objective_id(area), area.objective, kb_id=area.id)
    outcomes = tuple(result_statement(r) for r in chosen if r.level == "outcome")
    outputs = tuple(result_statement(r) for r in chosen if r.level == "output")
    placed = place_assumptions((objective, *outcomes, *outputs), area.assumptions)
    return AreaChain(
        area=area.id,
        pillar=pillar or area.pillar,
        objective=placed[0],
        outcomes=placed[1 : 1 + len(outcomes)],
        outputs=placed[1 + len(outcomes) :],
        sector=area.dac_sector,
    )


def area_sectors(kb: KnowledgeBase) -> tuple[tuple[str, str], ...]:
    """(area id, DAC/CRS purpose code) of every knowledge area that names one: what IATI exports fall
    back on for a plan area without its own `sector`."""
    return tuple((area.id, area.dac_sector) for area in kb.areas if area.dac_sector)


def place_assumptions(statements: Sequence[Statement], assumptions: Sequence[str]) -> tuple[Statement, ...]:
    """Each assumption goes to the statement it shares most words with (the first one on a tie);
    a statement left without one then borrows the assumption closest to it, the least used on a tie."""
    if not assumptions:
        return tuple(statements)
    words = [_topic_words(s.statement) for s in statements]
    topics = [_topic_words(a) for a in assumptions]
    given: list[list[str]] = [[] for _ in statements]
    for assumption, topic in zip(assumptions, topics, strict=True):
        best = max(range(len(statements)), key=lambda i: (len(words[i] & topic), -i))
        given[best].append(assumption)
    uses = [sum(a in g for g in given) for a in assumptions]
    for i, statement_words in enumerate(words):
        if not given[i]:
            best = max(
                range(len(assumptions)), key=lambda a: (len(statement_words & topics[a]), -uses[a], -a)
            )
            given[i].append(assumptions[best])
            uses[best] += 1
    return tuple(
        replace(s, assumptions=tuple(dict.fromkeys((*s.assumptions, *g))))
        for s, g in zip(statements, given, strict=True)
    )


def _topic_words(text: str) -> frozenset[str]:
    return frozenset(content_tokens(text)) - GENERIC_TOKENS


def draft_indicator(
    kb: KnowledgeBase,
    source: KbIndicator,
    *,
    pillar: str,
    period: tuple[dt.date, dt.date],
    fill: bool = False,
    ident: str | None = None,
) -> Indicator:
    """A plan indicator from a knowledge-base one; baseline and target left to be set. A context indicator
    (not attributable) is monitor only: it shows the situation the project works in, never a target to reach.

    With `fill`, the statement's [placeholders] take their example values (as in a worked example);
    without, they stay for the user to fill in.
    """
    start, end = period
    catalogue = kb.catalogue
    monitor = source.direction == MONITOR or source.is_context
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
        direction=MONITOR if monitor else source.direction,
        baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end)),
        targets=() if monitor else (Target(date=end, status="to_be_set"),),
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


def is_target_prone(source: KbIndicator) -> bool:
    """A count that would reward harm if it were a target (pitfall INC): it is monitored, never targeted."""
    return source.direction == MONITOR or "INC" in source.pitfalls


def monitor_only(indicator: Indicator) -> Indicator:
    return replace(indicator, direction=MONITOR, targets=())


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


AVOIDED_PITFALLS = frozenset({"INC", "AMB"})
"""Target-prone counts and indicators whose good direction is unclear: chosen only when nothing else fits."""
QUALITY_UNITS = RATIO_UNITS | {"score", "mean", "median"}
MILESTONE_UNITS = frozenset({"stage", "yes_no", "text", "duration"})


def fit_rank(source: KbIndicator) -> tuple[int, bool, int]:
    """Lower is better: indicators free of INC and AMB first (then those with one of them), what the project can
    claim (attributable) before context indicators, then quality and coverage measures (shares, rates, scores),
    then milestones, then counts."""
    avoided = len(AVOIDED_PITFALLS.intersection(source.pitfalls))
    kind = 0 if source.unit in QUALITY_UNITS else 1 if source.unit in MILESTONE_UNITS else 2
    return avoided, source.is_context, kind


def best_indicators(area: Area, result_id: str, count: int) -> tuple[KbIndicator, ...]:
    """The `count` best-fitting indicators of a result; curators' order breaks ties. A result is always measured
    by something the project can claim, listed first: when only context indicators make the cut, the best
    claimable one is added before them (they stay, monitor only)."""
    ranked = sorted(area.indicators_for(result_id), key=fit_rank)
    chosen = ranked[:count]
    claimable = [i for i in ranked if not i.is_context]
    if claimable and all(i.is_context for i in chosen):
        chosen.insert(0, claimable[0])
    return tuple(sorted(chosen, key=lambda i: i.is_context))


GOAL_ID = "GOAL"
GOAL_CHANGE = {
    "prevention": "fewer people are trafficked",
    "protection": "victims are protected and recover their rights",
    "prosecution": "traffickers are held to account",
    "partnership": "institutions and civil society act together against it",
}
GOAL_ASSUMPTION = (
    "National authorities stay committed to acting against trafficking in persons, and no crisis "
    "(conflict, displacement, economic shock) overwhelms the gains of the project."
)


def draft_goal(areas: Sequence[Area], countries: Sequence[str]) -> Statement:
    """The project goal (impact) the areas' objectives contribute to, in the words of their pillars."""
    changes = [GOAL_CHANGE[p] for p in GOAL_CHANGE if any(a.pillar == p for a in areas)]
    where = named(tuple(countries))
    place = f" in {listed(where)}" if where else ""
    statement = f"Contribute to ending trafficking in persons{place}: {listed(tuple(changes))}."
    return Statement(GOAL_ID, statement, assumptions=(GOAL_ASSUMPTION,))


GOAL_SDGS = ("16.2.2", "8.7.1", "10.7.1")
"""The SDG indicators that measure trafficking itself, in the order a goal prefers them."""
NARROW_GROUPS = lazyre.compile_now(r"\b(child|children|girls|boys|women)\b", re.IGNORECASE)


def goal_indicator(kb: KnowledgeBase, areas: Sequence[Area], taken: set[str]) -> KbIndicator | None:
    """The knowledge base's impact-level context indicator that best measures the goal: an SDG
    measure of trafficking first (16.2.2, then 8.7.1, 10.7.1), a measured figure before a milestone, the
    whole population before one group, the plan's own areas first; never one an objective already uses."""
    chosen = {a.id for a in areas}
    candidates = [
        (n, i)
        for n, a in enumerate(kb.areas)
        for i in a.indicators_for(objective_id(a))
        if i.level == "impact" and not i.attributable and i.id not in taken
    ]

    def rank(entry: tuple[int, KbIndicator]) -> tuple:
        order, indicator = entry
        codes = [r.code for r in indicator.external_refs if r.vocabulary == "sdg"]
        sdg = min((GOAL_SDGS.index(c) for c in codes if c in GOAL_SDGS), default=len(GOAL_SDGS))
        milestone = indicator.unit in ("yes_no", "stage")
        narrow = bool(NARROW_GROUPS.search(indicator.statement))
        return sdg, milestone, narrow, indicator.area not in chosen, order

    return min(candidates, key=rank)[1] if candidates else None


def starter_indicator(
    kb: KnowledgeBase, source: KbIndicator, pillar: str, period: tuple[dt.date, dt.date], setting: Setting
) -> Indicator:
    """The knowledge base's indicator as a starter drafts it: who, where and when from the profile."""
    drafted = draft_indicator(kb, source, pillar=pillar, period=period)
    statement = filled_from_profile(drafted.statement, dict(source.placeholders), setting)
    drafted = replace(drafted, statement=statement)
    return monitor_only(drafted) if is_target_prone(source) else drafted


@dataclass(frozen=True)
class StandIn:
    indicator: str
    placeholder: str
    wording: str
    own: bool = False


def without_placeholders(kb: KnowledgeBase, plan: Plan) -> tuple[Plan, tuple[StandIn, ...]]:
    """The plan with every [placeholder] left in a statement replaced (placeholders.stand_in), and what was
    put in: a plan handed over never says '[N]' or '[programme area]'. Each wording that is not the project's
    own value is kept in the indicator's `stand_ins`, so that review names it until the user replaces it."""
    setting = Setting(plan.profile.countries, plan.profile.regions, plan.profile.target_groups,
                      (plan.profile.start_date, plan.profile.end_date), plan.profile.destinations)  # fmt: skip
    sources = kb.indicator_by_id
    put: list[StandIn] = []

    def filled(indicator: Indicator) -> Indicator:
        source = sources.get(indicator.kb_id or "")
        examples = dict(source.placeholders) if source else {}
        mine: list[StandIn] = []

        def value(match: re.Match[str]) -> str:
            before, after = indicator.statement[: match.start()], indicator.statement[match.end() :]
            wording = stand_in(match.group(0), examples.get(match.group(0)), setting, before, after)
            mine.append(StandIn(indicator.id, match.group(0), wording.text, wording.own))
            return wording.text

        statement = PLACEHOLDER.sub(value, indicator.statement)
        put.extend(mine)
        kept = tuple(dict.fromkeys((*indicator.stand_ins, *(p.wording for p in mine if not p.own))))
        return replace(indicator, statement=statement, stand_ins=kept)

    indicators = tuple(filled(i) for i in plan.indicators)
    return replace(plan, indicators=indicators), tuple(put)


def starter_plan(
    kb: KnowledgeBase,
    area_ids: Sequence[str],
    *,
    period: tuple[dt.date, dt.date],
    title: str | None = None,
    organisation: str | None = None,
    countries: Sequence[str] = (),
    regions: Sequence[str] = (),
    target_groups: Sequence[str] = (),
    per_result: int = 1,
    destinations: Sequence[str] = (),
) -> Plan:
    """A plan in one step: a project goal with an impact indicator, then each area's typical
    objective and results with their assumptions and best-fitting indicators."""
    areas = [kb.area_by_id[a] for a in dict.fromkeys(area_ids)]
    setting = Setting(tuple(countries), tuple(regions), tuple(target_groups), period, tuple(destinations))
    countries = tuple(countries) or (TO_BE_SET,)
    goal = draft_goal(areas, countries)
    indicators = [
        starter_indicator(kb, source, area.pillar, period, setting)
        for area in areas
        for result_id in (objective_id(area), *(r.id for r in area.results))
        for source in best_indicators(area, result_id, per_result)
    ]
    top = goal_indicator(kb, areas, {i.id for i in indicators})
    if top is not None:
        home = kb.area_by_id[top.area] if top.area in {a.id for a in areas} else areas[0]
        drafted = starter_indicator(kb, top, home.pillar, period, setting)
        indicators.insert(0, replace(drafted, result=goal.id, area=home.id))
    short = [a.name.split(" and ")[0].lower() for a in areas[:3]]
    names = short[0] if len(short) == 1 else f"{', '.join(short[:-1])} and {short[-1]}"
    profile = Profile(
        title=title or f"Starter plan: {names}",
        organisation=organisation or TO_BE_SET,
        countries=countries,
        start_date=period[0],
        end_date=period[1],
        regions=setting.regions,
        target_groups=setting.target_groups,
        destinations=setting.destinations,
    )
    chains = tuple(draft_chain(area) for area in areas)
    return Plan(profile=profile, goal=goal, results_chain=chains, indicators=tuple(indicators))
