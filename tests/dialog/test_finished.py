"""After the plan is written: every edit reopens it, `back` returns to it, and `done` always means a sound plan."""

import pytest

from ctguide.dialog import replay, reply
from ctguide.knowledge import load_knowledge
from ctguide.plan import plan_to_data, validate_plan
from ctguide.smart import has_errors, review_plan

KB = load_knowledge()
OPENING = ["Project", "Org", "Moldova", "2027-01 to 2028-12", "skip", "skip",
           "we run a shelter for women survivors and give psychological counselling", "all"]  # fmt: skip


def _finished():
    turn = replay(KB, OPENING)
    for _ in range(400):
        if turn.session.done:
            return turn
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    raise AssertionError("the examples did not finish the plan")


FINISHED = _finished()
FIRST = FINISHED.session.plan.indicators[0].id
AREA = FINISHED.session.plan.results_chain[0].area
EDITS = ["edit title", "edit dates", "edit countries", "edit donor", "edit description", "edit areas",
         f"edit objective {AREA}", f"edit results {AREA}", f"edit {FIRST}", f"edit {FIRST} target",
         f"edit {FIRST} wording", f"edit {FIRST} baseline"]  # fmt: skip


def _sound(turn):
    assert turn.session.plan is not None
    assert validate_plan(plan_to_data(turn.session.plan)) == []
    assert not has_errors(review_plan(turn.session.plan))


@pytest.mark.parametrize("edit", EDITS)
def test_an_edit_reopens_the_finished_plan_and_back_returns_to_it(edit):
    edited = reply(KB, FINISHED.session, edit)
    assert edited.problem is None
    assert not edited.session.done, f"{edit!r} left the plan marked done"
    assert edited.session.key != "done"
    restored = reply(KB, edited.session, "back")
    assert restored.problem is None
    assert restored.session == FINISHED.session and restored.session.done
    _sound(restored)
    assert replay(KB, restored.session.replies).session == restored.session


@pytest.mark.parametrize("command", ["back", "undo"])
def test_back_and_undo_on_a_finished_plan_reopen_the_review(command):
    turn = reply(KB, FINISHED.session, command)
    assert turn.problem is None and not turn.session.done
    assert turn.session.key == "review"


@pytest.mark.parametrize("at_the_end", [True, False])
def test_restart_starts_a_new_conversation_for_the_shell_to_save_apart(at_the_end):
    session = FINISHED.session if at_the_end else replay(KB, FINISHED.session.replies[:5]).session
    turn = reply(KB, session, "restart")
    assert turn.action == "restart" and "Starting a new conversation" in turn.say[0]
    assert not turn.session.done and turn.session.key == "profile.title" and turn.session.replies == ()
    assert reply(KB, turn.session, "back").problem  # nothing to undo: the one before is its own saved session


def test_a_session_saved_after_an_edit_of_a_finished_plan_replays():
    turn = reply(KB, FINISHED.session, "edit title")
    turn = reply(KB, turn.session, "A new title")
    replayed = replay(KB, turn.session.replies)
    assert replayed.session == turn.session
    for _ in range(50):
        if turn.session.done:
            break
        turn = reply(KB, turn.session, turn.example or turn.options[0])
    assert turn.session.done and turn.session.plan.profile.title == "A new title"
    _sound(turn)
