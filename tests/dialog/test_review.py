"""The conversation's last word: never 'passed' while a harm, ethics or fit warning stands."""

import dataclasses
import datetime as dt

from ctguide.dialog import replay, reply
from ctguide.dialog.review import closing, finished
from ctguide.knowledge import load_knowledge
from ctguide.plan import Target
from ctguide.yamlio import load_yaml
from tests.conftest import DATA

KB = load_knowledge()
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
FINISHED = replay(KB, SCRIPT)


def test_the_shelter_script_ends_with_an_honest_verdict():
    assert FINISHED.session.done
    said = FINISHED.say[-1]
    assert said.startswith("The plan is complete. No error, harm, ethics or fit problem left; still open: ")
    assert "Passed" not in said  # points to improve and targets to set are still open


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


def test_after_the_last_answer_complete_is_said_only_while_nothing_blocks():
    plan = FINISHED.session.plan
    victims = next(i for i in plan.indicators if i.kb_id == "SHL-06")
    harmful = dataclasses.replace(victims, direction="increase", projections=(),
                                  targets=(Target(date=dt.date(2028, 12, 31), value=40),))  # fmt: skip
    blocked = dataclasses.replace(
        plan, indicators=tuple(harmful if i is victims else i for i in plan.indicators)
    )
    assert finished(KB, plan) == "The plan is complete."
    assert "complete" not in finished(KB, blocked) and "not ready" in finished(KB, blocked)
    assert reply(KB, FINISHED.session, "hello").say[0].startswith("The plan is complete.")
