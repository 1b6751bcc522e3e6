"""What the indicator lists offer: for the goal only what fits the plan's areas and pillars; the knowledge's
pitfall tags as advice, and only where they apply."""

import dataclasses

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.indicators import PITFALL_TIPS, pitfall_tips, suggestions_for
from ctguide.dialog.state import AreaDraft, ResultDraft
from ctguide.drafting import GOAL_ID, GOAL_SDGS
from ctguide.knowledge import load_knowledge
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
AT_GOAL = replay(KB, SCRIPT[:10])
GOAL = ResultDraft(GOAL_ID, "impact", "Contribute to ending trafficking in persons")


def _goal_list(*areas: str):
    drafts = tuple(AreaDraft(a, KB.area_by_id[a].pillar) for a in areas)
    answers = dataclasses.replace(AT_GOAL.session.answers, areas=drafts)
    return suggestions_for(KB, answers, KB.area_by_id[areas[0]], GOAL)


PROJECTS = [
    # the report's three projects, and one of each other pillar
    ("shelter", "psychosocial_support"),
    ("prosecution_judiciary", "law_enforcement_training"),
    ("safe_migration", "ethical_recruitment"),
    ("awareness_raising",),
    ("coordination_bodies",),
]


@pytest.mark.parametrize("areas", PROJECTS, ids="+".join)
def test_the_goal_list_offers_only_what_fits_the_plans_areas_and_pillars(areas):
    pillars = {KB.area_by_id[a].pillar for a in areas}
    offered = _goal_list(*areas)
    assert offered, areas
    for suggestion in offered:
        indicator = suggestion.indicator
        sdg = {r.code for r in indicator.external_refs if r.vocabulary == "sdg"} & set(GOAL_SDGS)
        assert indicator.area in areas or (sdg and pillars & set(KB.area_by_id[indicator.area].pillars)), (
            indicator.id
        )
    mine = [s.indicator.area for s in offered if s.indicator.area in areas]
    assert mine == sorted(mine, key=areas.index) and offered[0].indicator.area in areas


def test_a_shelter_goal_list_has_no_other_areas_national_pictures():
    said = "\n".join(AT_GOAL.say)
    for unrelated in ("US Department of Labor list", "detected at the borders", "deceive them about pay"):
        assert unrelated not in said
    assert "formally identified in [country] in the calendar year who were offered safe accommodation" in said
    before = {s.indicator.id for s in _goal_list("shelter", "psychosocial_support")}
    assert {"SHL-10", "PSS-10", "VID-10"} <= before


TIPS = [
    # pitfalls, the level the list is for -> the tips shown
    (("ACT",), "output", ()),
    (("ACT",), "outcome", (PITFALL_TIPS["ACT"],)),
    (("ACT",), "objective", (PITFALL_TIPS["ACT"],)),
    (("AMB", "DEF"), "output", (PITFALL_TIPS["AMB"],)),
    (("INC", "AMB"), "impact", (PITFALL_TIPS["INC"], PITFALL_TIPS["AMB"])),
    (("DEF", "LAG"), "outcome", ()),
]


@pytest.mark.parametrize(("pitfalls", "level", "tips"), TIPS)
def test_pitfall_tags_are_advice_where_they_apply(pitfalls, level, tips):
    indicator = dataclasses.replace(KB.indicators[0], pitfalls=pitfalls)
    assert pitfall_tips(indicator, level) == tips


def test_a_suggestion_list_words_pitfalls_as_advice_never_as_warnings():
    outcome_list = replay(KB, SCRIPT[:18])
    assert outcome_list.session.key == "indicators.SHL-OC1"
    complaints = next(line for line in outcome_list.say if "resident complaints" in line)
    assert "⚠" not in complaints and f"(tip: {PITFALL_TIPS['AMB']})" in complaints
    output_list = replay(KB, SCRIPT[:30])
    assert output_list.session.key == "indicators.SHL-OP1"
    trained = next(line for line in output_list.say if "completed [the core training]" in line)
    assert "⚠" not in trained and "tip" not in trained  # a delivery measure is right for an output
    counted = next(line for line in output_list.say if "Number of victims accommodated" in line)
    assert PITFALL_TIPS["INC"] in counted


def test_a_knowledge_wording_taken_for_a_broken_own_indicator_brings_its_unit_and_its_context():
    from tests.dialog.test_editing import _at_review

    turn = reply(KB, _at_review().session, "edit GOAL-X1 wording")
    offered = {s.indicator.statement: s.indicator for s in _goal_list("shelter", "economic_empowerment")}
    assert turn.example in offered  # no knowledge wording counts in the guessed unit: one of another unit
    source = offered[turn.example]
    turn = reply(KB, turn.session, turn.example)
    (draft,) = [d for _, r, d in turn.session.answers.drafts() if d.id == "GOAL-X1"]
    assert (draft.indicator.unit, draft.indicator.attributable) == (source.unit, source.attributable)
    if source.is_context:
        assert draft.indicator.direction == "monitor" and draft.indicator.targets == ()


def _objective_list(area_id: str, donor: str | None = None):
    area = KB.area_by_id[area_id]
    objective = ResultDraft(area.objective_id, "objective", area.objective, kb_id=area.objective_id)
    answers = dataclasses.replace(
        AT_GOAL.session.answers, areas=(AreaDraft(area_id, area.pillar),), donor=donor
    )
    return suggestions_for(KB, answers, area, objective)


WITH_CONTEXT = sorted(
    {i.area for i in KB.indicators if i.result.endswith("-OBJ") and not i.attributable}
    & {i.area for i in KB.indicators if i.result.endswith("-OBJ") and i.attributable}
)


@pytest.mark.parametrize("donor", [None, "USAID"])
@pytest.mark.parametrize("area_id", WITH_CONTEXT)
def test_an_objective_is_offered_what_the_project_can_claim_first_and_context_last_and_marked(area_id, donor):
    offered = _objective_list(area_id, donor)
    claimable = [s.indicator.attributable for s in offered]
    assert claimable[0] and claimable == sorted(claimable, reverse=True), [s.indicator.id for s in offered]
    for suggestion in offered:
        assert ("not attributable" in suggestion.note) == (not suggestion.indicator.attributable)


def test_the_areas_the_product_test_saw_are_among_those_checked():
    assert {"economic_empowerment", "return_reintegration", "victim_identification"} <= set(WITH_CONTEXT)
