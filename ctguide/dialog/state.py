"""What the conversation has collected so far, as immutable records, and the plan they make."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from ctguide.plan import AreaChain, Indicator, Plan, Profile, Statement

PLACEHOLDER = re.compile(r"\[[^\[\]]+\]")
_DETERMINED = re.compile(r"\b(?:whose|their|its|the|a|an|our|each|every)\s+$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)


def fill_in(template: str, values: dict[str, str]) -> str:
    """The wording with each placeholder's value; an article the value starts with is dropped where the
    wording already has one ('whose [tool] score' with 'the WHO-5 index' reads 'whose WHO-5 index score')."""

    def value(match: re.Match[str]) -> str:
        given = values.get(match.group(0))
        if given is None:
            return match.group(0)
        return _ARTICLE.sub("", given) if _DETERMINED.search(template, 0, match.start()) else given

    return PLACEHOLDER.sub(value, template)


OBJECTIVE = "objective"
"""The level of an area objective's own results record; its indicators are at impact or outcome level."""


@dataclass(frozen=True)
class Draft:
    """An indicator on its way into the plan: the record so far, the wording template, the steps done."""

    indicator: Indicator
    template: str
    custom: bool = False
    fills: tuple[tuple[str, str], ...] = ()
    done: frozenset[str] = frozenset()
    rewrite: bool = False  # the user asked to write the statement anew (`edit <id> wording`)
    ethics_offer: tuple[str, ...] = ()  # safeguards suggested by the knowledge base, attached once seen
    written_for: str | None = (
        None  # the knowledge result it was written for, when that is not its result here
    )

    @property
    def id(self) -> str:
        return self.indicator.id

    def placeholders(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(PLACEHOLDER.findall(self.template)))

    def statement(self) -> str:
        return fill_in(self.template, dict(self.fills))

    def with_fill(self, placeholder: str, value: str) -> Draft:
        fills = tuple((k, v) for k, v in self.fills if k != placeholder) + ((placeholder, value),)
        updated = dataclasses.replace(self, fills=fills)
        return dataclasses.replace(
            updated, indicator=dataclasses.replace(self.indicator, statement=updated.statement())
        )

    def step_done(self, step: str, **changes: object) -> Draft:
        indicator = dataclasses.replace(self.indicator, **changes) if changes else self.indicator
        return dataclasses.replace(self, indicator=indicator, done=self.done | {step})


@dataclass(frozen=True)
class ResultDraft:
    id: str
    level: str
    statement: str
    kb_id: str | None = None
    drafts: tuple[Draft, ...] | None = None  # None: indicators not chosen yet
    kept: tuple[Draft, ...] = ()  # drafts set aside by an edit, reused if chosen again
    assumptions: tuple[str, ...] | None = None  # None: not asked yet

    def as_statement(self) -> Statement:
        return Statement(self.id, self.statement, kb_id=self.kb_id, assumptions=self.assumptions or ())


@dataclass(frozen=True)
class AreaDraft:
    area: str
    pillar: str
    objective: str | None = None
    results: tuple[ResultDraft, ...] | None = None  # None: results not confirmed yet
    kept: tuple[ResultDraft, ...] = ()  # results set aside by an edit, reused if chosen again
    added: tuple[ResultDraft, ...] = ()  # results the user wrote while the results are being chosen
    measured: ResultDraft | None = None  # the objective's own indicators (level "objective"); None: not asked
    objective_assumptions: tuple[str, ...] | None = None  # what must hold for the objective to serve the goal

    def with_pillar(self, pillar: str) -> AreaDraft:
        """Filed under another pillar: its indicators follow."""
        if pillar == self.pillar:
            return self

        def moved(result: ResultDraft) -> ResultDraft:
            drafts = tuple(
                dataclasses.replace(d, indicator=dataclasses.replace(d.indicator, pillar=pillar))
                for d in result.drafts or ()
            )
            return dataclasses.replace(result, drafts=drafts if result.drafts is not None else None)

        results = tuple(moved(r) for r in self.results) if self.results is not None else None
        measured = moved(self.measured) if self.measured is not None else None
        kept = tuple(moved(r) for r in self.kept)
        return dataclasses.replace(self, pillar=pillar, results=results, measured=measured, kept=kept)

    def all_results(self) -> tuple[ResultDraft, ...]:
        """The objective (when it has indicators of its own), then the outcomes and outputs."""
        return ((self.measured,) if self.measured is not None else ()) + (self.results or ())

    def chain(self, objective_id: str) -> AreaChain:
        results = self.results or ()
        return AreaChain(
            area=self.area,
            pillar=self.pillar,
            objective=Statement(
                objective_id, self.objective or "(to be set)", assumptions=self.objective_assumptions or ()
            ),
            outcomes=tuple(r.as_statement() for r in results if r.level == "outcome"),
            outputs=tuple(r.as_statement() for r in results if r.level == "output"),
        )


@dataclass(frozen=True)
class Answers:
    """Everything answered so far. None means not asked yet; an empty value means skipped."""

    title: str | None = None
    organisation: str | None = None
    countries: tuple[str, ...] | None = None
    unknown_place: str | None = (
        None  # a countries answer naming a place not known as a country: kept or retyped
    )
    regions: tuple[str, ...] = ()
    period: tuple[dt.date, dt.date] | None = None
    target_groups: tuple[str, ...] | None = None
    donor: str | None = None
    problem: str | None = None
    description: str | None = None
    earlier: str | None = (
        None  # a description set aside by `none` at the lead question: the next one adds to it
    )
    thin: bool = False  # the description was too thin to read (or skipped): the kind of work is asked instead
    proposed: tuple[str, ...] = ()
    reading: tuple[
        str, ...
    ] = ()  # what the reading that proposed the areas rests on (words read differently, sureness)
    reasons: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (area, why that reading proposed it)
    areas: tuple[AreaDraft, ...] | None = None
    kept: tuple[AreaDraft, ...] = ()  # areas set aside by an edit, reused if chosen again
    pillars: tuple[
        tuple[str, str], ...
    ] = ()  # (area, pillar) read from the description or chosen by the user
    unsure: bool = False  # the reading that proposed the areas was not sure (weak evidence)
    lead: str | None = (
        None  # the area the user said the project is mainly about ("": left as read); None: not asked
    )
    decided: tuple[str, ...] = ()  # areas whose pillar the user chose (asked, or `pillar <n> <pillar>`)
    goal: ResultDraft | None = None  # the project goal (impact level) and its indicators
    fills: tuple[tuple[str, str], ...] = ()  # placeholder -> what it stands for in this project
    confirmed: bool = False

    def results(self) -> tuple[tuple[str, ResultDraft], ...]:
        """Every result with the area it belongs to: the goal first (its area: the plan's first area)."""
        areas = self.areas or ()
        goal = ((areas[0].area, self.goal),) if self.goal is not None and areas else ()
        return goal + tuple((a.area, r) for a in areas for r in a.all_results())

    def fill(self, placeholder: str) -> str | None:
        return dict(self.fills).get(placeholder.lower())

    def with_fill(self, placeholder: str, value: str) -> Answers:
        fills = tuple((k, v) for k, v in self.fills if k != placeholder.lower())
        return dataclasses.replace(self, fills=(*fills, (placeholder.lower(), value)))

    def area(self, area_id: str) -> AreaDraft | None:
        return next((a for a in self.areas or () if a.area == area_id), None)

    def replace_area(self, updated: AreaDraft) -> Answers:
        areas = tuple(updated if a.area == updated.area else a for a in self.areas or ())
        return dataclasses.replace(self, areas=areas)

    def replace_result(self, area_id: str, updated: ResultDraft) -> Answers:
        if self.goal is not None and updated.id == self.goal.id:
            return dataclasses.replace(self, goal=updated)
        area = self.area(area_id)
        assert area is not None
        if updated.level == OBJECTIVE:
            return self.replace_area(dataclasses.replace(area, measured=updated))
        assert area.results is not None
        results = tuple(updated if r.id == updated.id else r for r in area.results)
        return self.replace_area(dataclasses.replace(area, results=results))

    def replace_draft(self, area_id: str, result_id: str, updated: Draft) -> Answers:
        result = self.result(area_id, result_id)
        assert result is not None and result.drafts is not None
        drafts = tuple(updated if d.id == updated.id else d for d in result.drafts)
        return self.replace_result(area_id, dataclasses.replace(result, drafts=drafts))

    def result(self, area_id: str, result_id: str) -> ResultDraft | None:
        if self.goal is not None and result_id == self.goal.id:
            return self.goal
        area = self.area(area_id)
        return next((r for r in area.all_results() if r.id == result_id), None) if area else None

    def drafts(self) -> tuple[tuple[AreaDraft, ResultDraft, Draft], ...]:
        areas = {a.area: a for a in self.areas or ()}
        return tuple((areas[a], r, d) for a, r in self.results() for d in r.drafts or ())

    def used_ids(self) -> set[str]:
        ids = {d.id for _, _, d in self.drafts()}
        ids |= {r.id for _, r in self.results()}
        return ids

    def used_kb_ids(self) -> set[str]:
        """Knowledge indicators already in the plan (never offered again)."""
        return {d.indicator.kb_id for _, _, d in self.drafts() if d.indicator.kb_id}

    def pillar(self, area_id: str) -> str | None:
        return dict(self.pillars).get(area_id)


def build_plan(answers: Answers, codes: dict[str, str]) -> Plan | None:
    """The plan the answers make so far; None until the profile is complete."""
    if not (answers.title and answers.organisation and answers.countries and answers.period):
        return None
    start, end = answers.period
    profile = Profile(
        title=answers.title,
        organisation=answers.organisation,
        countries=answers.countries,
        start_date=start,
        end_date=end,
        regions=answers.regions,
        target_groups=answers.target_groups or (),
        donor=answers.donor or None,
        summary=answers.description or None,
        problem=answers.problem or None,
    )
    chains = tuple(a.chain(f"{codes.get(a.area, a.area.upper()[:3])}-OBJ") for a in answers.areas or ())
    indicators = tuple(_filed_under(d.indicator, a) for a, _, d in answers.drafts())
    goal = answers.goal.as_statement() if answers.goal is not None and chains else None
    return Plan(profile=profile, results_chain=chains, indicators=indicators, goal=goal)


def _filed_under(indicator: Indicator, area: AreaDraft) -> Indicator:
    """The goal's indicators belong to the plan's first area (and its pillar), which change when the areas are edited."""
    if (indicator.area, indicator.pillar) == (area.area, area.pillar):
        return indicator
    return dataclasses.replace(indicator, area=area.area, pillar=area.pillar)
