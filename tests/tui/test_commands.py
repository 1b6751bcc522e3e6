"""What the shell decides without a screen: whether quitting needs a confirmation, and what it says."""

import pytest

from ctguide.tui.commands import quit_hint, quit_question


def test_nothing_at_stake_in_a_terminal_quits_without_a_question():
    assert quit_question(in_browser=False, draft="  ", unsaved=False, unwritten=False) is None


@pytest.mark.parametrize(
    ("state", "says"),
    [({"draft": "we run a shelter"}, "What you typed is not sent yet: “we run a shelter”."),
     ({"unwritten": True}, "The plan is not written to a file yet (F2 writes it)."),
     ({"unsaved": True}, "Your last answers could not be saved"),
     ({"draft": "x" * 200}, "“" + "x" * 59 + "…”")],
)  # fmt: skip
def test_in_a_terminal_it_asks_when_something_would_be_lost_and_says_what(state, says):
    question = quit_question(
        **{"in_browser": False, "draft": "", "unsaved": False, "unwritten": False, **state}
    )
    assert says in question and question.endswith("Quit anyway?")
    assert ("Your conversation is saved." in question) is not state.get("unsaved", False)


@pytest.mark.parametrize("unwritten", [False, True])
def test_in_a_browser_it_always_asks_and_says_how_to_come_back(unwritten):
    question = quit_question(in_browser=True, draft="", unsaved=False, unwritten=unwritten)
    assert "This ends ctguide in this tab." in question and "reload the page to come back" in question
    assert ("The plan is not downloaded yet" in question) is unwritten and question.endswith(
        "Close it anyway?"
    )


def test_in_a_browser_a_failed_save_is_not_called_saved():
    question = quit_question(in_browser=True, draft="", unsaved=True, unwritten=False)
    assert "could not be saved" in question and "conversation is saved" not in question


@pytest.mark.parametrize(("unsaved", "said"), [(False, "everything is saved"), (True, "could not be saved")])
def test_the_ctrl_c_hint_names_ctrl_q_and_whether_everything_is_saved(unsaved, said):
    hint = quit_hint(unsaved=unsaved)
    assert hint.startswith("Press Ctrl+Q to quit") and said in hint
