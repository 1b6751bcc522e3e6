"""The conversation's last word: never 'passed' while a harm, ethics or fit warning stands."""

import dataclasses
import datetime as dt

import pytest

from ctguide.dialog import replay, reply
from ctguide.dialog.review import closing
from ctguide.knowledge import load_knowledge
from ctguide.plan import Target
from ctguide.smart import review_plan, verdict
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
FINISHED = replay(KB, SCRIPT)


def test_the_shelter_script_ends_with_an_honest_verdict():
    assert FINISHED.session.done
    said = FINISHED.say[-1]
    assert said.startswith("The plan is ready to share as a draft. No error, harm, ethics or fit problem left; "
                           "still open: ")  # fmt: skip
    assert "not finished" not in said  # said right after `write`: it must not read as if nothing was written
    assert (
        "complete" not in said and "Passed" not in said
    )  # points to improve and targets to set are still open
    assert (
        verdict(review_plan(FINISHED.session.plan, KB)).summary in said
    )  # the review's words, not a second verdict


@pytest.mark.parametrize("text", ["thanks", "save", "quit"])
def test_after_the_plan_is_written_every_reply_says_what_is_still_open(text):
    said = reply(KB, FINISHED.session, text).say
    assert not any("complete" in line for line in said)
    assert any("still open: " in line for line in said)


def test_back_to_the_written_plan_says_what_is_still_open():
    back = reply(KB, reply(KB, FINISHED.session, "back").session, "write")
    assert back.session.done and "still open: " in back.say[-1] and "complete" not in back.say[-1]


def test_complete_only_when_nothing_is_left_open(monkeypatch):
    plan = FINISHED.session.plan
    assert closing(KB, plan).startswith("The plan is ready to share as a draft.")
    monkeypatch.setattr("ctguide.dialog.review.review_plan", lambda plan, kb: [])
    assert closing(KB, plan).startswith("The plan is complete. Passed: no open findings.")


def test_a_target_on_a_count_of_victims_is_never_called_passed():
    plan = FINISHED.session.plan
    victims = next(i for i in plan.indicators if i.kb_id == "SHL-06")
    harmful = dataclasses.replace(victims, direction="increase", projections=(),
                                  targets=(Target(date=dt.date(2028, 12, 31), value=40),))  # fmt: skip
    indicators = tuple(harmful if i is victims else i for i in plan.indicators)
    said = closing(KB, dataclasses.replace(plan, indicators=indicators))
    assert "not ready" in said and "Passed" not in said
    assert "harm" in said


def test_counts_of_victims_in_the_finished_plan_are_monitor_only():
    victims = next(i for i in FINISHED.session.plan.indicators if i.kb_id == "SHL-06")
    assert victims.monitor_only and victims.targets == ()


def test_show_lists_every_indicator_of_the_plan_under_its_result():
    shown = reply(KB, FINISHED.session, "show").say[0]
    plan = FINISHED.session.plan
    assert all(f" {i.id} " in shown for i in plan.indicators)
    assert all(f"{b.objective.id} (objective)" in shown for b in plan.results_chain)


def test_the_review_lists_the_suggestions_its_summary_counts():
    turn = replay(KB, SCRIPT[:-1])
    assert turn.session.key == "review"
    said = "\n".join(turn.say)
    assert "2 suggestions to consider" in said
    notes = [line for line in turn.say if line.startswith("- ℹ ")]
    assert len(notes) == 2 and all("Replace" in n or "Add" in n for n in notes)  # each with its fix


def test_the_review_names_areas_as_the_user_chose_them():
    said = "\n".join(replay(KB, SCRIPT[:-1]).say)
    assert "The objective PSS-OBJ of Psychosocial and mental-health support has no indicator." in said
    assert "area '" not in said.lower() and "psychosocial_support" not in said


def test_the_review_in_the_conversation_names_the_monitor_only_counts():
    said = replay(KB, SCRIPT[:-1]).say
    watched = [i.id for i in FINISHED.session.plan.indicators if i.monitor_only]
    line = next(line for line in said if line.startswith("- Monitor only (no target): "))
    assert (
        watched and all(i in line for i in watched) and "never targeted" not in line
    )  # "no target" said once


def test_a_point_about_the_plan_as_a_whole_is_said_without_a_doubled_subject():
    said = replay(KB, SCRIPT[:-1]).say
    plan_wide = [line for line in said if "The objective PSS-OBJ" in line]
    assert plan_wide == [
        "- ⚠ The objective PSS-OBJ of Psychosocial and mental-health support has no indicator."
    ]
    assert not any("The plan: " in line for line in said)
