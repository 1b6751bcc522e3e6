"""Assumptions are asked for every level of the logframe: the objective's too (what must hold for it to
serve the goal), and `edit assumptions <area>` reopens them all."""

from ctguide.dialog import replay, reply
from ctguide.knowledge import load_knowledge
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
FINISHED = replay(KB, SCRIPT)


def test_every_objective_of_the_script_records_the_assumptions_chosen():
    chains = FINISHED.session.plan.results_chain
    assert [len(c.objective.assumptions) for c in chains] == [2, 1]
    area = KB.area_by_id[chains[0].area]
    assert chains[0].objective.assumptions == (area.assumptions[0], area.assumptions[2])


def test_the_objective_question_names_the_goal_and_comes_before_the_results():
    turn = replay(KB, SCRIPT[:16])
    assert turn.session.key == "assumptions.SHL-OBJ"
    said = "\n".join(turn.say)
    assert "lead to the goal?" in said and "SHL-OBJ “" in said
    assert reply(KB, turn.session, "none").session.key == "results.shelter"


def test_edit_assumptions_reopens_the_objective_first():
    turn = reply(KB, FINISHED.session, "edit assumptions shelter")
    assert turn.session.key == "assumptions.SHL-OBJ"
    turn = reply(
        KB, turn.session, "Families accept survivors back without blame or pressure to migrate again."
    )
    assert turn.session.key.startswith("assumptions.SHL-O")
    assert turn.session.answers.areas[0].objective_assumptions == (
        "Families accept survivors back without blame or pressure to migrate again.",
    )
