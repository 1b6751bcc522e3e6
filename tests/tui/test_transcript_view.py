"""ux23 #7: at 80×24 the answer to `help`/`show` and the newest question stay in view."""

import pytest
from textual.widgets import Markdown, Static

from ctguide.tui.app import asked_again
from ctguide.tui.widgets import MORE_OF_IT, AskedAgain
from tests.tui.conftest import run, say
from tests.tui.test_app import MIDFLOW_TO_AREAS

TO_GOAL_LIST = [*MIDFLOW_TO_AREAS, "1 2", "keep"]


@pytest.mark.parametrize(
    ("say_now", "said_before", "answer", "again"),
    [
        (["plan", "Q1", "Q2"], ["Noted.", "Q1", "Q2"], ["plan"], ["Q1", "Q2"]),
        (["help", "list", "Q"], ["Q"], ["help", "list"], ["Q"]),
        (["Q1", "Q2"], ["Q1", "Q2"], ["Q1", "Q2"], []),  # nothing but the question: no answer to set apart
        (["new question"], ["old question"], ["new question"], []),
        (["plan"], [], ["plan"], []),
    ],
)
def test_asked_again_sets_the_answer_apart_from_the_question(say_now, said_before, answer, again):
    assert asked_again(say_now, said_before) == (answer, again)


def _in_view(app, widget, *, whole=True):
    view = app.query_one("#transcript").region
    region = widget.region
    if whole:
        return view.y <= region.y and region.bottom <= view.bottom
    return view.y <= region.y < view.bottom


@pytest.mark.parametrize("command", ["show", "help", "why"])
def test_a_command_answer_and_the_open_question_are_both_in_view_at_80x24(command):
    async def scenario(app, pilot):
        await say(app, pilot, *TO_GOAL_LIST)
        assert app.turn.session.key == "indicators.GOAL"
        await say(app, pilot, command)
        await pilot.pause(0.1)
        typed = list(app.query(".bubble.user").results(Static))[-1]
        answer = app.query_one(".-answer", Markdown)
        again = app.query_one(AskedAgain)
        assert str(typed.render()) == command and _in_view(app, typed)
        assert _in_view(app, answer)  # long answers scroll inside their own box
        assert _in_view(app, again) and "Pick one or more by number" in again.source
        assert "Suggested indicators" not in again.source and MORE_OF_IT in again.source

    run(scenario, size=(80, 24))


def test_more_shows_the_whole_question_again_and_the_next_answer_unholds_the_last():
    async def scenario(app, pilot):
        await say(app, pilot, *TO_GOAL_LIST, "help", "more")
        await pilot.pause(0.2)
        again = app.query_one(AskedAgain)
        assert "Suggested indicators" in again.source and MORE_OF_IT not in again.source
        assert again.region.y == app.query_one("#transcript").region.y  # read from its start
        await say(app, pilot, "show")
        await pilot.pause(0.1)
        assert len(app.query(".-answer")) == 1  # only the newest answer is held to part of the screen
        assert _in_view(app, list(app.query(AskedAgain))[-1])  # the next message holds the view again

    run(scenario, size=(80, 24))


def test_the_newest_question_is_in_view_after_each_answer_at_80x24():
    async def scenario(app, pilot):
        await say(app, pilot, *TO_GOAL_LIST, "show")
        for text in ["Number of prosecutions of traffickers in the reporting year", "number"]:
            await say(app, pilot, text)
            await pilot.pause(0.1)
            newest = list(app.query(".bubble.assistant").results(Markdown))[-1]
            assert newest.source.endswith(app.turn.say[-1])
            assert newest.region.bottom <= app.query_one("#transcript").region.bottom

    run(scenario, size=(80, 24))
