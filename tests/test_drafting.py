"""Starter plans: a goal with an impact indicator, an objective indicator per area, assumptions per
result, the best-fitting indicator per result (INC and AMB last; INC monitor-only)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from ctguide.drafting import (
    GOAL_ID,
    best_indicators,
    fit_rank,
    place_assumptions,
    starter_plan,
)
from ctguide.knowledge import KnowledgeBase, load_knowledge
from ctguide.plan import MONITOR, Statement, plan_to_data, validate_plan
from ctguide.smart import review_plan

PERIOD = (dt.date(2027, 1, 1), dt.date(2028, 12, 31))
COMBINATIONS = [
    ["shelter"],
    ["shelter", "victim_identification"],
    ["awareness_raising", "prosecution_judiciary", "coordination_bodies"],
    ["ethical_recruitment", "labour_inspection", "business_supply_chains", "return_reintegration"],
    ["online_safety", "financial_investigation"],
]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_knowledge()


@pytest.mark.parametrize("areas", COMBINATIONS, ids=lambda a: "+".join(a))
def test_starter_has_goal_objective_indicators_and_assumptions(kb, areas):
    plan = starter_plan(kb, areas, period=PERIOD)
    assert validate_plan(plan_to_data(plan)) == []
    assert plan.goal is not None and plan.goal.id == GOAL_ID and plan.goal.assumptions
    goal_indicators = [i for i in plan.indicators if i.result == GOAL_ID]
    assert len(goal_indicators) == 1 and goal_indicators[0].level == "impact"
    assert not goal_indicators[0].attributable  # a national or SDG measure the project contributes to
    assert plan.indicators[0] is goal_indicators[0]
    for block in plan.results_chain:
        assert any(i.result == block.objective.id for i in plan.indicators), block.area
        for _, statement in block.results():
            assert statement.assumptions, (block.area, statement.id)
    about_goal_and_objectives = [
        f for f in review_plan(plan)
        if f.criterion == "coverage" and (f.path.startswith("$.goal") or f.path == "$" or ".objective" in f.path
                                          or "assumptions" in f.message)
    ]  # fmt: skip
    assert about_goal_and_objectives == []
    assert all(block.sector for block in plan.results_chain)


def test_every_single_area_starter_is_covered_from_the_goal_down(kb):
    for area in kb.areas:
        plan = starter_plan(kb, [area.id], period=PERIOD)
        results = {i.result for i in plan.indicators}
        assert GOAL_ID in results and area.objective_id in results, area.id
        assert not [f for f in review_plan(plan, kb) if f.criterion == "coverage"], area.id


def test_the_goal_takes_the_sdg_16_2_2_measure_unless_an_objective_uses_it(kb):
    plan = starter_plan(kb, ["shelter"], period=PERIOD)
    top = plan.indicators[0]
    assert top.kb_id == "VID-10" and top.area == "shelter" and top.pillar == "protection"
    assert (
        [r.code for r in top.external_refs] == ["16.2.2"] and top.direction == MONITOR and top.targets == ()
    )
    plan = starter_plan(kb, ["victim_identification"], period=PERIOD)
    assert plan.indicators[0].id == "VID-10" and plan.indicators[0].result == GOAL_ID
    assert next(i for i in plan.indicators if i.result == "VID-OBJ").id != "VID-10"
    vid = kb.area_by_id["victim_identification"]
    only = dataclasses.replace(
        vid, indicators=tuple(i for i in vid.indicators if i.result != "VID-OBJ" or i.id == "VID-10")
    )
    narrow = dataclasses.replace(kb, areas=tuple(only if a.id == vid.id else a for a in kb.areas))
    plan = starter_plan(narrow, ["victim_identification"], period=PERIOD)
    assert next(i.id for i in plan.indicators if i.result == "VID-OBJ") == "VID-10"  # the objective keeps it
    assert plan.indicators[0].result == GOAL_ID and plan.indicators[0].id != "VID-10"


def test_the_goal_statement_follows_the_pillars_and_countries(kb):
    plan = starter_plan(kb, ["awareness_raising", "shelter"], period=PERIOD, countries=["Moldova"])
    assert plan.goal.statement == (
        "Contribute to ending trafficking in persons in Moldova: fewer people are trafficked and victims "
        "are protected and recover their rights."
    )


def test_review_flags_a_missing_goal_indicator_and_objective_indicator(kb):
    plan = starter_plan(kb, ["shelter"], period=PERIOD)
    bare = dataclasses.replace(
        plan, indicators=tuple(i for i in plan.indicators if i.result not in (GOAL_ID, "SHL-OBJ"))
    )
    coverage = {(f.rule, f.severity, f.path) for f in review_plan(bare)}
    assert ("C1", "warning", "$.goal") in coverage
    assert ("C1", "warning", "$.results_chain[0].objective") in coverage
    goalless = dataclasses.replace(bare, goal=None)
    assert ("C1", "warning", "$") in {(f.rule, f.severity, f.path) for f in review_plan(goalless)}
    no_assumptions = dataclasses.replace(
        bare,
        results_chain=tuple(
            dataclasses.replace(
                b,
                objective=dataclasses.replace(b.objective, assumptions=()),
                outcomes=tuple(dataclasses.replace(s, assumptions=()) for s in b.outcomes),
            )
            for b in bare.results_chain
        ),
    )
    messages = [f.message for f in review_plan(no_assumptions) if f.rule == "C1" and f.severity == "info"]
    assert any("no assumptions for SHL-OBJ, SHL-OC1, SHL-OC2" in m for m in messages)


def test_target_prone_and_ambiguous_indicators_come_last(kb):
    for area in kb.areas:
        for result in area.results:
            candidates = area.indicators_for(result.id)
            best = best_indicators(area, result.id, 1)
            clean = [i for i in candidates if not {"INC", "AMB"} & set(i.pitfalls)]
            if clean:
                assert not {"INC", "AMB"} & set(best[0].pitfalls), (result.id, best[0].id)
            if any(i.unit in ("percent", "rate", "ratio", "score", "mean", "median") for i in clean):
                assert best[0].unit in ("percent", "rate", "ratio", "score", "mean", "median"), result.id


def test_fit_rank_orders_quality_before_milestones_before_counts(kb):
    shelter = kb.area_by_id["shelter"]
    base = shelter.indicators[0]
    share = dataclasses.replace(base, unit="percent", pitfalls=())
    stage = dataclasses.replace(base, unit="stage", pitfalls=())
    count = dataclasses.replace(base, unit="number", pitfalls=())
    harmful_share = dataclasses.replace(base, unit="percent", pitfalls=("INC",))
    ranked = sorted([harmful_share, count, stage, share], key=fit_rank)
    assert ranked == [share, stage, count, harmful_share]


def test_an_included_target_prone_count_is_monitor_only(kb):
    shelter = kb.area_by_id["shelter"]
    only_inc = dataclasses.replace(
        shelter,
        indicators=tuple(
            dataclasses.replace(i, pitfalls=(*i.pitfalls, "INC")) if i.result == "SHL-OP1" else i
            for i in shelter.indicators
        ),
    )
    small = dataclasses.replace(kb, areas=tuple(only_inc if a.id == "shelter" else a for a in kb.areas))
    plan = starter_plan(small, ["shelter"], period=PERIOD)
    counted = next(i for i in plan.indicators if i.result == "SHL-OP1")
    assert counted.direction == MONITOR and counted.targets == ()
    assert validate_plan(plan_to_data(plan)) == []


def test_assumptions_go_to_the_statement_they_speak_about():
    statements = (
        Statement("X-OBJ", "Survivors live safely"),
        Statement("X-OC1", "Residents leave the shelter to stable housing"),
        Statement("X-OP1", "Staff are trained on minimum standards"),
    )
    placed = place_assumptions(
        statements,
        ("Affordable housing exists to move on to", "Trained staff stay in post", "Funding continues"),
    )
    assert placed[1].assumptions == ("Affordable housing exists to move on to",)
    assert placed[2].assumptions == ("Trained staff stay in post",)
    assert placed[0].assumptions == ("Funding continues",)  # no shared word: the objective takes it
    assert place_assumptions(statements, ()) == statements


def test_starter_takes_who_and_where_from_the_profile_and_leaves_the_rest(kb):
    plan = starter_plan(kb, ["awareness_raising", "shelter"], period=PERIOD, countries=["Nepal"],
                        regions=["Sindhupalchok"], target_groups=["young women"], per_result=3)  # fmt: skip
    statements = " ".join(i.statement for i in plan.indicators)
    for placeholder in ("[country]", "[district]", "[the project area]", "[target group]", "[period]"):
        assert placeholder not in statements
    assert "Nepal" in statements and "Sindhupalchok" in statements and "young women" in statements
    assert plan.profile.target_groups == ("young women",) and plan.profile.regions == ("Sindhupalchok",)
    unknown = {f.indicator for f in review_plan(plan) if f.rule == "P1"}
    by_id = {i.id: i for i in plan.indicators}
    assert unknown and all("[" in by_id[i].statement for i in unknown)


def test_starter_without_a_country_leaves_the_country_to_fill_in(kb):
    plan = starter_plan(kb, ["shelter"], period=PERIOD)
    national = {i.id for i in plan.indicators if "[country]" in i.statement}
    assert national and national <= {f.indicator for f in review_plan(plan) if f.rule == "P1"}


def test_a_plan_handed_over_keeps_each_stand_in_but_not_the_projects_own_values(kb):
    from ctguide.drafting import without_placeholders

    plan = starter_plan(kb, ["economic_empowerment", "awareness_raising"], period=PERIOD, per_result=3)
    handed, put = without_placeholders(kb, plan)
    assert validate_plan(plan_to_data(handed)) == []
    kept = {w for i in handed.indicators for w in i.stand_ins}
    assert {"the programme area", "the project districts", "the target group"} <= kept
    own = [p for p in put if p.own]
    assert {(p.placeholder, p.wording) for p in own} == {("[12 months]", "12 months")}
    by_id = {i.id: i for i in handed.indicators}
    assert not [p for p in own if p.wording in by_id[p.indicator].stand_ins]
    assert all(w.lower() in i.statement.lower() for i in handed.indicators for w in i.stand_ins)
    named = {f.indicator for f in review_plan(handed) if f.rule == "P1"}
    assert named == {i.id for i in handed.indicators if i.stand_ins}


@pytest.mark.parametrize("per_result", [1, 2, 3])
def test_each_objective_is_measured_by_what_the_project_can_claim(kb, per_result):
    for area in kb.areas:
        plan = starter_plan(kb, [area.id], period=PERIOD, per_result=per_result)
        first = next(i for i in plan.indicators if i.result == area.objective_id)
        if any(i.attributable for i in area.objective_indicators):
            assert first.attributable, (area.id, first.id)
        for indicator in plan.indicators:
            if not indicator.attributable:  # context: monitored, never a target to reach
                assert indicator.direction == MONITOR and indicator.targets == (), (area.id, indicator.id)
                assert not [
                    f for f in review_plan(plan) if f.indicator == indicator.id and f.rule in ("T1", "T5")
                ]
        assert validate_plan(plan_to_data(plan)) == []


def test_an_objective_with_only_a_context_indicator_keeps_it_as_monitor_only(kb):
    shelter = kb.area_by_id["shelter"]
    context_only = dataclasses.replace(
        shelter, indicators=tuple(i for i in shelter.indicators if i.result != "SHL-OBJ" or i.is_context)
    )
    narrow = dataclasses.replace(kb, areas=tuple(context_only if a.id == "shelter" else a for a in kb.areas))
    plan = starter_plan(narrow, ["shelter"], period=PERIOD)
    kept = next(i for i in plan.indicators if i.result == "SHL-OBJ")
    assert kept.kb_id == "SHL-10" and not kept.attributable
    assert kept.direction == MONITOR and kept.targets == ()


def test_fit_rank_puts_what_the_project_can_claim_before_context(kb):
    base = kb.area_by_id["shelter"].indicators[0]
    claimed = dataclasses.replace(base, unit="number", pitfalls=(), attributable=True)
    context = dataclasses.replace(base, unit="percent", pitfalls=(), attributable=False)
    ambiguous = dataclasses.replace(base, unit="percent", pitfalls=("AMB",), attributable=True)
    assert sorted([ambiguous, context, claimed], key=fit_rank) == [claimed, context, ambiguous]


def test_an_objective_whose_best_fit_is_context_is_also_measured_by_what_the_project_can_claim(kb):
    law = kb.area_by_id["legislation_policy"]
    picked = best_indicators(law, law.objective_id, 1)  # LAW-09 (context) is clean, LAW-10 ambiguous
    assert [i.is_context for i in picked] == [False, True]
    assert [i.id for i in best_indicators(kb.area_by_id["shelter"], "SHL-OBJ", 1)] == ["SHL-11"]
