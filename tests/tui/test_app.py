"""Pilot tests: the Textual shell shows the engine's turns, saves, resumes, exports, and never breaks."""

import asyncio
import json

import pytest
from textual.widgets import Markdown, Static

from ctguide.plan import load_plan
from ctguide.sessions import FLOW, list_sessions
from ctguide.tui import CtGuideApp
from ctguide.tui.screens import ExportScreen, HelpScreen, ResumeScreen
from ctguide.tui.widgets import QuickReplies, pack, prompt_hint
from ctguide.yamlio import load_yaml
from tests.conftest import DATA
from tests.tui.conftest import KB, run, say

MIDFLOW_TO_AREAS = ["Safe Return Moldova", "La Strada Moldova", "Moldova", "2027-01 to 2028-12", "skip", "skip", "skip",
                    "we run a shelter for women survivors and give psychological counselling"]  # fmt: skip
SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]


def _user_texts(app):
    return [str(w.render()) for w in app.query(".bubble.user").results(Static)]


def test_a_full_conversation_writes_a_valid_plan(tmp_path):
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        assert app.turn.session.done
        assert isinstance(app.screen, ExportScreen)
        app.screen.query_one("#path").value = str(tmp_path / "plan.yaml")
        await pilot.click("#write")
        await pilot.pause()
        assert app.written == tmp_path / "plan.yaml"

    run(scenario)
    plan = load_plan(tmp_path / "plan.yaml")
    assert (
        plan.profile.title == "Safe Return Moldova" and len(plan.indicators) == 6
    )  # goal, 4 shelter, 1 psychosocial


def test_back_and_ctrl_z_undo(tmp_path):
    async def scenario(app, pilot):
        await say(app, pilot, "Safe Return Moldova", "La Strada")
        assert app.turn.session.key == "profile.countries"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.turn.session.key == "profile.organisation"
        await say(app, pilot, "back")
        assert app.turn.session.key == "profile.title"

    run(scenario)


INJECTIONS = [
    "[bold]x[/]",
    "[/]",
    "[link=https://evil.example]click[/link]",
    "\x1b[31mred\x1b[0m",
    "🙂 emoji ✓",
    "**not bold**",
]


def test_user_text_is_shown_literally_and_never_breaks_the_screen():
    async def scenario(app, pilot):
        for text in INJECTIONS:
            await say(app, pilot, text)
        shown = _user_texts(app)
        assert "[bold]x[/]" in shown and "[/]" in shown and "**not bold**" in shown
        assert "[link=https://evil.example]click[/link]" in shown

    run(scenario)


def test_bad_input_is_reprompted_and_the_session_unchanged():
    async def scenario(app, pilot):
        await say(app, pilot, "T", "", "x" * 5000)
        assert app.turn.session.key == "profile.title"
        problems = app.query(".bubble.problem")
        assert len(problems) >= 3

    run(scenario)


def test_quick_replies_by_keyboard_and_mouse():
    async def scenario(app, pilot):
        await say(app, pilot, "Title", "Org", "Nepal", "2027-01 to 2028-12")
        assert app.turn.session.key == "profile.groups"
        replies = app.query_one("#replies")
        assert replies.replies == ["skip"]  # help, why, back and show are always there: not listed
        await pilot.press("tab")  # from the prompt straight into the replies
        assert app.focused is replies
        await pilot.press("a")  # "skip"
        await pilot.pause()
        assert app.turn.session.key == "profile.donor"
        assert app.focused is app.query_one("#prompt")
        await pilot.click("#replies", offset=(4, 0))  # first option: skip
        await pilot.pause()
        assert app.turn.session.key == "profile.problem"

    run(scenario)


def test_replies_that_are_numbers_are_shown_once_and_picked_by_their_digit():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS)
        replies = app.query_one("#replies")
        assert replies.replies[:3] == ["all", "1", "2"]
        assert replies.keys[:3] == ["a", "1", "2"]
        labels = [str(label) for label in replies.labels()[:3]]
        assert labels == ["a all", "1", "2"]
        await pilot.press("tab", "2")
        await pilot.pause()
        assert app.turn.session.stage == "goal"
        assert [b.area for b in app.turn.session.plan.results_chain] == ["psychosocial_support"]

    run(scenario)


def test_choices_from_the_project_are_numbered_in_the_replies_as_in_the_question():
    """One convention: a numbered list in the question, its replies picked by the same numbers."""

    async def scenario(app, pilot):
        await say(app, pilot, "Title", "Org", "Nepal, India", "2027-01 to 2028-12", "skip", "skip", "skip",
                  "we run a shelter for women survivors", "1", "keep", "skip", "keep", "2")  # fmt: skip
        assert app.turn.session.key.endswith(".fill")
        assert "1. Nepal and India; 2. Nepal; 3. India" in app.turn.say[-1]
        replies = app.query_one("#replies")
        assert replies.keys[:3] == ["1", "2", "3"]
        assert [str(label) for label in replies.labels()[:3]] == ["1 Nepal and India", "2 Nepal", "3 India"]
        await pilot.press("tab", "2")
        await pilot.pause()
        assert "Nepal" in app.turn.session.answers.fill(
            "[country]"
        ) and "India" not in app.turn.session.answers.fill("[country]")

    run(scenario)


def test_prompt_history_with_up_and_down():
    async def scenario(app, pilot):
        await say(app, pilot, "First title", "An org")
        prompt = app.query_one("#prompt")
        prompt.focus()
        await pilot.press("up")
        assert prompt.value == "An org"
        await pilot.press("up")
        assert prompt.value == "First title"
        await pilot.press("down", "down")
        assert prompt.value == ""

    run(scenario)


def test_sessions_are_saved_after_each_answer_and_resume(data_dir):
    async def first(app, pilot):
        await say(app, pilot, "Safe Return Moldova", "La Strada", "Moldova")

    run(first)
    (record,) = list_sessions().sessions
    assert record.name == "safe-return-moldova" and len(record.replies) == 3

    async def resumed(app, pilot):
        assert app.turn.session.key == "profile.dates"
        assert _user_texts(app) == [
            "Safe Return Moldova",
            "La Strada",
            "Moldova",
        ]  # the conversation, not only its state
        texts: list[str] = []
        for _ in range(100):  # Markdown bubbles take their text asynchronously
            texts = [str(w.source) for w in app.query(".bubble.assistant").results(Markdown)]
            if any("Welcome back" in t for t in texts):
                break
            await pilot.pause(0.02)
        assert any("Welcome back" in t for t in texts)

    run(resumed, resume="safe-return-moldova")


def test_a_saved_session_is_offered_at_start(data_dir):
    run(lambda app, pilot: say(app, pilot, "Safe Return Moldova"))
    app = CtGuideApp(kb=KB, offer_resume=True)

    async def main():
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(100):
                await pilot.pause(0.02)
                if isinstance(app.screen, ResumeScreen):
                    break
            assert isinstance(app.screen, ResumeScreen)
            await pilot.press("enter")
            for _ in range(100):  # the offer can be answered before the engine is there
                await pilot.pause(0.02)
                if app.turn is not None:
                    break
            assert app.turn.session.key == "profile.organisation"

    asyncio.run(main())


def test_help_screen_and_save_binding():
    async def scenario(app, pilot):
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await say(app, pilot, "Safe Return Moldova")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any("Saved to" in str(n.message) for n in app._notifications)

    run(scenario)


def test_export_errors_are_notifications_not_tracebacks(tmp_path):
    (tmp_path / "taken.yaml").write_text("mine")

    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        app.screen.query_one("#path").value = str(tmp_path / "taken.yaml")
        await pilot.click("#write")
        await pilot.pause()
        assert any("already exists" in str(n.message) for n in app._notifications)
        app.action_export()
        await pilot.pause()
        app.screen.query_one("#path").value = str(tmp_path / "no" / "such" / "folder" / "p.yaml")
        await pilot.click("#write")
        await pilot.pause()
        assert any("does not exist" in str(n.message) for n in app._notifications)
        assert app.written is None

    run(scenario)
    assert (tmp_path / "taken.yaml").read_text() == "mine"


def test_an_invalid_knowledge_folder_is_shown_as_a_message(tmp_path):
    app = CtGuideApp(kb_dir=DATA / "knowledge" / "broken" / "unknown_code", offer_resume=False)

    async def main():
        async with app.run_test(size=(100, 30)) as pilot:
            texts: list[str] = []
            for _ in range(250):  # the knowledge loads in a thread; the message is rendered after it
                await pilot.pause(0.02)
                texts = [str(w.source) for w in app.query(".bubble.problem").results(Markdown)]
                if texts and "SEXX" in texts[0]:
                    break
            assert texts and "SEXX" in texts[0]
            assert app.turn is None

    asyncio.run(main())


def test_narrow_terminals_fold_the_panel():
    async def scenario(app, pilot):
        assert not app.query_one("#panel").display or app.screen.has_class("-narrow")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        assert not app.screen.has_class("-narrow")
        await pilot.press("ctrl+b")
        assert app.screen.has_class("-panel-hidden")

    run(scenario, size=(80, 24))


def test_selecting_an_indicator_shows_its_details():
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT[:19])
        tree = app.query_one("#tree")
        node = next(n for n in _walk(tree.root) if (n.data or "").startswith("indicator:"))
        tree.select_node(node)
        await pilot.pause()
        assert (
            "Findings" in app.query_one("#details").source
            or "No findings" in app.query_one("#details").source
        )

    run(scenario)


def _walk(node):
    yield node
    for child in node.children:
        yield from _walk(child)


def test_the_plan_panel_shows_the_goal_the_objectives_and_every_indicator():
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        plan = app.turn.session.plan
        nodes = list(_walk(app.query_one("#tree").root))
        labels = [str(n.label) for n in nodes]
        assert labels[1] == f"Goal {plan.goal.statement}"
        for block in plan.results_chain:
            assert f"Objective {block.objective.statement}" in labels
        shown = {n.data.split(":", 1)[1] for n in nodes if (n.data or "").startswith("indicator:")}
        assert shown == {i.id for i in plan.indicators}
        assert any(i.result == plan.goal.id for i in plan.indicators)

    run(scenario)


def test_a_refused_answer_says_why_without_repeating_the_question_at_80x24():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2", "keep")
        assert app.turn.session.key == "indicators.GOAL"
        await say(app, pilot, "improve the situation a lot soon")
        await pilot.pause()
        assert app.turn.problem and app.turn.session.key == "indicators.GOAL"
        bubbles = list(app.query(".bubble.assistant").results(Markdown))
        last, question = bubbles[-1].source, bubbles[-2].source
        assert "who or what is counted" in last and "Suggested indicators" not in last
        assert "Suggested indicators" in question
        assert bubbles[-1].region.bottom <= app.query_one("#transcript").region.bottom  # in view

    run(scenario, size=(80, 24))


def test_not_repeated_keeps_what_is_new():
    from ctguide.tui.app import not_repeated

    assert not_repeated(["why", "e.g. 1", "Q1", "Q2"], ["ok", "Q1", "Q2"]) == ["why", "e.g. 1"]
    assert not_repeated(["Q1", "Q2"], ["Q1", "Q2"]) == ["Q1", "Q2"]  # nothing new: say it all again
    assert not_repeated(["why", "Q"], []) == ["why", "Q"]


def test_selecting_a_result_shows_its_full_wording_and_assumptions():
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        plan = app.turn.session.plan
        await pilot.press("escape")  # the write dialog
        tree = app.query_one("#tree")
        objective = plan.results_chain[0].objective
        node = next(n for n in _walk(tree.root) if n.data == f"result:{objective.id}")
        tree.select_node(node)
        await pilot.pause()
        details = app.query_one("#details").source
        assert f"**Objective** {objective.id}: {objective.statement}" in details
        assert all(f"assumption: {a}" in details for a in objective.assumptions) and objective.assumptions

    run(scenario)


def test_the_plan_panel_says_in_words_what_is_not_written_yet():
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT[: SCRIPT.index("1 2") + 1])  # the areas chosen, no objective yet
        labels = [str(n.label) for n in _walk(app.query_one("#tree").root)]
        assert "Objective not written yet" in labels and "Shelter and safe accommodation" in labels
        assert not any("(to be set)" in label or "-OBJ" in label for label in labels)
        await say(app, pilot, "show")
        shown = app.query(".bubble.assistant.-answer").last().source  # the question, asked again, follows it
        assert "(objective) *not written yet*" in shown and "(to be set)" not in shown

    run(scenario)


def test_a_session_saved_under_the_old_order_of_questions_comes_back_whole(data_dir):
    saved = DATA / "sessions" / "flow1-safe-return-moldova.json"
    (data_dir / "sessions").mkdir(parents=True)
    (data_dir / "sessions" / saved.name).write_text(saved.read_text())
    replies = json.loads(saved.read_text())["replies"]

    async def resumed(app, pilot):
        assert app.turn.session.done  # replayed as saved, its answers would slide onto other questions
        shown = _user_texts(app)
        assert [t for t in shown if t != "skip"] == [t for t in replies if t != "skip"]
        assert shown.count("skip") == replies.count("skip") + 2  # the two objectives' new question
        for _ in range(100):  # notifications arrive as messages
            notes = [str(n.message) for n in app._notifications]
            if any("all its answers were kept" in n for n in notes):
                break
            await pilot.pause(0.02)
        assert any("all its answers were kept" in n and "edit assumptions SHL-OBJ" in n for n in notes)
        await say(app, pilot, "edit assumptions SHL-OBJ", "1 3")
        assert app.turn.session.plan.results_chain[0].objective.assumptions

    run(resumed, resume="flow1-safe-return-moldova")
    (record,) = list_sessions().sessions  # saved again, in today's order, nothing lost
    assert record.name == "flow1-safe-return-moldova" and record.flow == FLOW
    assert (
        record.replies[-2:] == ("edit assumptions SHL-OBJ", "1 3")
        and record.replies.count("skip") == replies.count("skip") + 2
    )


def test_at_80x24_every_quick_reply_is_in_view_and_each_can_be_clicked():
    described = "we run a shelter for women survivors and give psychological counselling, and help them go home and find work after"

    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS[:-1], described)  # four areas: all, 1 to 4
        replies = app.query_one("#replies")
        assert replies.replies[:6] == ["all", "1", "2", "3", "4", "skip"] or replies.replies[:5] == [
            "all",
            "1",
            "2",
            "3",
            "4",
        ]
        lines = pack([label.cell_len for label in replies.labels()], replies.size.width)
        assert replies.size.height == len(lines) == 1  # side by side, not one a line
        assert replies.render().plain.split() == " ".join(str(label) for label in replies.labels()).split()
        second = replies.labels()[0].cell_len + QuickReplies.GAP
        assert replies.reply_at(second, 0) == 1 and replies.reply_at(second - 1, 0) is None
        await pilot.click("#replies", offset=(1 + second, 0))  # 1: the border on the left
        await pilot.pause()
        assert app.turn.session.stage == "goal" and len(app.turn.session.plan.results_chain) == 1

    run(scenario, size=(80, 24))


@pytest.mark.parametrize(
    ("widths", "width", "lines"),
    [([5, 1, 1, 1], 80, [[0, 1, 2, 3]]), ([30, 30, 30], 64, [[0, 1], [2]]), ([90, 3], 80, [[0], [1]]),
     ([3, 90, 3], 80, [[0], [1], [2]]), ([], 80, [])],
)  # fmt: skip
def test_replies_are_packed_as_many_to_a_line_as_fit(widths, width, lines):
    assert pack(widths, width) == lines


@pytest.mark.parametrize(
    ("example", "width", "hint", "cut"),
    [
        (None, 70, "Type a reply, or help", False),
        ("keep", 70, "e.g. keep", False),
        ("keep", 0, "e.g. keep", False),  # not laid out yet: nothing to cut against
        ("In Moldova, women survivors face trafficking", 30, "e.g. In Moldova, women…", True),
        ("a" * 40, 20, "e.g.…", True),
    ],
)
def test_an_example_wider_than_the_prompt_is_cut_after_a_word(example, width, hint, cut):
    assert prompt_hint(example, width) == (hint, cut)
    assert len(prompt_hint(example, width)[0]) <= max(width, len(hint))


def test_at_80x24_a_long_example_is_shown_whole_in_the_chat_and_cut_after_a_word_in_the_prompt():
    async def scenario(app, pilot):
        await say(
            app,
            pilot,
            "Title",
            "Org",
            "Moldova",
            "2027-01 to 2028-12",
            "women survivors of trafficking",
            "skip",
        )
        assert app.turn.session.key == "profile.problem" and len(f"e.g. {app.turn.example}") > 74
        prompt = app.query_one("#prompt")
        assert prompt.placeholder.endswith("…") and len(prompt.placeholder) <= prompt.content_size.width
        last = list(app.query(".bubble.assistant").results(Markdown))[-1]
        assert f"For example: {app.turn.example}" in last.source
        await say(app, pilot, "skip")  # a short example fits: said once, in the prompt only
        assert not prompt.placeholder.endswith("…")
        last = list(app.query(".bubble.assistant").results(Markdown))[-1]
        assert "For example:" not in last.source

    run(scenario, size=(80, 24))


def _shown(bubble):
    from textual.widgets._markdown import MarkdownBlock

    return " ".join(str(block.render()) for block in bubble.query(MarkdownBlock))


def test_placeholders_in_angle_brackets_are_shown_not_swallowed_as_html():
    async def scenario(app, pilot):
        await say(app, pilot, "edit")
        shown = _shown(list(app.query(".bubble.assistant").results(Markdown))[-1])
        assert "objective <area>" in shown and "results <area>" in shown
        assert "Safe Journeys" not in shown  # the title's example is no answer to `edit`
        await pilot.press("f1")
        await pilot.pause()
        help_text = _shown(app.screen.query_one(Markdown))
        assert "edit <part>" in help_text and "why why" not in help_text
        await pilot.press("escape")
        await say(app, pilot, "help")  # typed: the flow one step a line, where we are marked
        bubble = app.query_one(".bubble.assistant.-answer", Markdown)  # the question, asked again, follows it
        from textual.widgets._markdown import MarkdownBlock

        blocks = [str(block.render()).strip() for block in bubble.query(MarkdownBlock)]
        steps = [b for b in blocks if b.startswith(("profile:", "describe:", "review:"))]
        assert len(steps) == 3 and "we are here" in steps[0] and "we are here" not in steps[1]

    run(scenario, size=(80, 24))


@pytest.mark.parametrize("selected", [False, True], ids=["nothing-selected", "text-selected"])
def test_ctrl_c_says_how_to_quit_unless_it_copies_a_selection(selected):
    async def scenario(app, pilot):
        prompt = app.query_one("Prompt")
        prompt.value = "Safe Return"
        if selected:
            prompt.select_all()
        await pilot.press("ctrl+c")
        await pilot.pause()
        hints = [n for n in app._notifications if "Press Ctrl+Q to quit" in str(n.message)]
        assert app.is_running
        assert bool(hints) is not selected
        if hints:
            assert "everything is saved" in str(hints[0].message)

    run(scenario)
