"""Start-up: a new conversation opens with the engine's first words and a prompt that takes the answer
before the engine has loaded; what is sent meanwhile is answered once it is there, never lost."""

import asyncio
import threading

import pytest
from textual.widgets import Markdown, Static

from ctguide.dialog import start
from ctguide.guidetext import OPENING, TITLE_EXAMPLE, TITLE_QUESTION
from ctguide.tui import CtGuideApp
from ctguide.tui.screens import HelpScreen, ResumeScreen
from tests.conftest import DATA
from tests.tui.conftest import KB, run, say


def test_the_opening_is_the_engines_first_turn():
    first = start(KB)
    assert first.say == list(OPENING) and TITLE_QUESTION in first.say
    assert first.example == TITLE_EXAMPLE


class HeldApp(CtGuideApp):
    """The engine arrives only when the test lets it."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**{"offer_resume": False, **kwargs})
        self.engine_may_come = threading.Event()

    def _prepare(self):
        assert self.engine_may_come.wait(20)
        return super()._prepare()


def _texts(app, selector):
    return [str(w.render()) for w in app.query(selector).results(Static)]


async def _until(pilot, condition, what):
    for _ in range(300):
        await pilot.pause(0.02)
        if condition():
            return
    raise AssertionError(f"never happened: {what}")


def _play(scenario, app_class=HeldApp, **kwargs):
    app = app_class(**kwargs)

    async def main():
        async with app.run_test(size=(80, 24)) as pilot:
            try:
                await scenario(app, pilot)
            finally:
                app.engine_may_come.set()

    asyncio.run(main())
    return app


def _opening(app):
    return [w.source for w in app.query(".bubble.assistant").results(Markdown)]


def test_the_first_question_takes_an_answer_before_the_engine_is_there():
    async def scenario(app, pilot):
        prompt = app.query_one("#prompt")
        await _until(pilot, lambda: _opening(app) == ["\n\n".join(OPENING)], "the opening shown")
        assert app.turn is None and not prompt.disabled and app.focused is prompt
        assert prompt.placeholder == f"e.g. {TITLE_EXAMPLE}"
        await pilot.press(*"Safe", "space", *"Return", "enter")
        await pilot.pause()
        assert app.turn is None
        assert _texts(app, ".bubble.user") == ["Safe Return"]  # shown at once, not swallowed
        app.engine_may_come.set()
        await _until(
            pilot, lambda: app.turn is not None and app.turn.session.answers.title, "the answer taken"
        )
        assert app.turn.session.answers.title == "Safe Return"
        assert app.turn.session.key == "profile.organisation"
        assert _texts(app, ".bubble.user") == ["Safe Return"]
        assert len(_opening(app)) == 2 and _opening(app)[0] == "\n\n".join(OPENING)  # said once
        assert app.focused is prompt and prompt.value == ""

    _play(scenario)


def test_typing_while_the_engine_arrives_keeps_the_text_and_the_focus():
    async def scenario(app, pilot):
        prompt = app.query_one("#prompt")
        await _until(pilot, lambda: app.focused is prompt, "the prompt focused")
        await pilot.press(*"Safe")
        app.engine_may_come.set()
        await _until(pilot, lambda: app.turn is not None, "the engine there")
        await pilot.press(*"ty")
        assert prompt.value == "Safety" and app.focused is prompt
        assert len(_opening(app)) == 1

    _play(scenario)


class OldWordsApp(HeldApp):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.opening = "Old words."


def test_the_engines_own_words_replace_an_opening_that_differs():
    async def scenario(app, pilot):
        await _until(pilot, lambda: _opening(app) == ["Old words."], "the old opening shown")
        app.engine_may_come.set()
        await _until(pilot, lambda: _opening(app) == ["\n\n".join(OPENING)], "the engine's words shown")
        assert app.turn is not None

    _play(scenario, app_class=OldWordsApp)


def test_a_dialog_open_when_the_engine_arrives_stays_and_the_chat_works_after():
    async def scenario(app, pilot):
        await _until(pilot, lambda: app.focused is app.query_one("#prompt"), "the prompt focused")
        await pilot.press(*"Moldova", "enter", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        app.engine_may_come.set()
        await _until(
            pilot, lambda: app.turn is not None and app.turn.session.answers.title, "the answer taken"
        )
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is app.query_one("#prompt")
        assert app.turn.session.answers.title == "Moldova"

    _play(scenario)


def test_what_was_typed_stays_when_the_knowledge_cannot_load():
    async def scenario(app, pilot):
        await _until(pilot, lambda: app.focused is app.query_one("#prompt"), "the prompt focused")
        await pilot.press(*"Mine", "enter")
        app.engine_may_come.set()
        await _until(pilot, lambda: "SEXX" in "".join(_opening(app)), "the problem shown")
        await pilot.pause(0.1)
        assert _texts(app, ".bubble.user") == ["Mine"]
        assert len(_opening(app)) == 1  # the problem only: the welcome went
        assert app.query_one("#prompt").disabled and app.turn is None

    _play(scenario, kb_dir=DATA / "knowledge" / "broken" / "unknown_code")


def test_the_offer_to_resume_comes_before_the_engine_and_is_carried_out_when_it_arrives(data_dir):
    run(lambda app, pilot: say(app, pilot, "Safe Return Moldova"))

    async def scenario(app, pilot):
        await _until(pilot, lambda: isinstance(app.screen, ResumeScreen), "the offer shown")
        assert not app.ready
        await pilot.press("enter")
        await pilot.pause()
        assert app.turn is None
        app.engine_may_come.set()
        await _until(pilot, lambda: app.turn is not None, "the conversation back")
        assert app.turn.session.answers.title == "Safe Return Moldova"
        assert app.turn.session.key == "profile.organisation"
        await _until(pilot, lambda: app.focused is app.query_one("#prompt"), "the prompt focused")

    _play(scenario, offer_resume=True)


def test_starting_anew_from_the_offer_before_the_engine_arrives():
    run(lambda app, pilot: say(app, pilot, "Safe Return Moldova"))

    async def scenario(app, pilot):
        await _until(pilot, lambda: isinstance(app.screen, ResumeScreen), "the offer shown")
        await pilot.press("escape")
        app.engine_may_come.set()
        await _until(pilot, lambda: app.turn is not None, "a new conversation")
        assert app.turn.session.key == "profile.title"
        await _until(pilot, lambda: _opening(app) == ["\n\n".join(OPENING)], "the engine's first words")
        await _until(pilot, lambda: app.focused is app.query_one("#prompt"), "the prompt focused")

    _play(scenario, offer_resume=True)


class FirstFrameApp(HeldApp):
    """Notes the screen's classes when Textual paints its first frame."""

    first_frame: set[str] | None = None

    def _display(self, screen, renderable):
        if renderable is not None and self.first_frame is None:
            self.first_frame = set(screen.classes)
        super()._display(screen, renderable)


@pytest.mark.parametrize(
    ("size", "layout"), [((80, 24), {"-narrow", "-short"}), ((120, 40), {"-wide", "-tall"})]
)
def test_the_first_frame_has_the_layout_for_the_terminal_size(size, layout):
    app = FirstFrameApp()

    async def main():
        async with app.run_test(size=size) as pilot:
            await _until(pilot, lambda: app.first_frame is not None, "a frame painted")
            app.engine_may_come.set()

    asyncio.run(main())
    assert layout <= app.first_frame


def test_text_typed_while_the_offer_is_open_is_shown_and_goes_to_the_prompt():
    run(lambda app, pilot: say(app, pilot, "Safe Return Moldova"))

    async def scenario(app, pilot):
        await _until(pilot, lambda: isinstance(app.screen, ResumeScreen), "the offer shown")
        await pilot.press(*"Safe Jx", "backspace", "backspace", *"Journeys")
        shown = str(app.screen.query_one("#typed").render())
        assert "Safe Journeys" in shown and app.screen.query_one("#typed").display
        await pilot.press("escape")
        app.engine_may_come.set()
        await _until(pilot, lambda: app.turn is not None, "a new conversation")
        await _until(
            pilot, lambda: app.query_one("#prompt").value == "Safe Journeys", "the text in the prompt"
        )
        assert app.turn.session.key == "profile.title"  # kept, not sent: the user has not pressed Enter on it

    _play(scenario, offer_resume=True)


def test_text_typed_in_the_offer_reaches_a_resumed_conversation_too():
    run(lambda app, pilot: say(app, pilot, "Safe Return Moldova"))

    async def scenario(app, pilot):
        await _until(pilot, lambda: isinstance(app.screen, ResumeScreen), "the offer shown")
        await pilot.press(*"La Strada")
        app.engine_may_come.set()
        await pilot.press("enter")
        await _until(pilot, lambda: app.turn is not None, "the conversation back")
        await _until(pilot, lambda: app.query_one("#prompt").value == "La Strada", "the text in the prompt")
        assert app.turn.session.key == "profile.organisation"

    _play(scenario, offer_resume=True)
