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


def test_an_assumption_already_chosen_is_marked_and_left_out_of_the_quick_replies():
    turn = replay(KB, SCRIPT[:29])
    assert turn.session.key == "assumptions.SHL-OC1"
    offered = KB.area_by_id["shelter"].assumptions
    said = "\n".join(turn.say)
    assert f"1. {offered[0]} (already chosen for SHL-OBJ)" in said
    assert f"3. {offered[2]} (already chosen for SHL-OBJ)" in said
    assert f"2. {offered[1]}\n" in f"{said}\n"
    assert "2" in turn.options and not {"1", "3"} & set(turn.options)
    assert "Pick by number (`2`)" in said
    first = replay(KB, SCRIPT[:16])
    assert first.session.key == "assumptions.SHL-OBJ" and "already chosen" not in "\n".join(first.say)
    assert {"1", "2", "3"} <= set(first.options)


def test_the_results_list_offers_every_result_as_a_quick_reply():
    turn = replay(KB, SCRIPT[:17])
    assert turn.session.key == "results.shelter"
    assert {"all", "1", "2", "3", "4"} <= set(turn.options)
