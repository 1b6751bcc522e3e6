"""Every key binding with the prompt focused (where the cursor nearly always is), and the chat commands
that do the same from the prompt, at every stage where they make sense."""

from pathlib import Path

import pytest
from textual import events
from textual.widgets import Markdown
from textual.widgets._toast import Toast

from ctguide.tui import CtGuideApp
from ctguide.tui.app import HIGH_CONTRAST
from ctguide.tui.prefs import load_prefs
from ctguide.tui.screens import ConfirmScreen, ConversationsScreen, ExportScreen, HelpScreen
from tests.tui.conftest import run, say
from tests.tui.test_app import MIDFLOW_TO_AREAS, SCRIPT


def _prompt_focused(app) -> bool:
    return app.focused is app.query_one("#prompt")


def _notes(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def _texts(app, pilot) -> list[str]:
    await pilot.pause(0.05)
    return [str(w.source) for w in app.query(".bubble.assistant").results(Markdown)]


@pytest.mark.parametrize("key", ["f1"])
def test_help_key(key):
    async def scenario(app, pilot):
        await pilot.pause()
        assert _prompt_focused(app)
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press(key)  # the same key closes it
        assert not isinstance(app.screen, HelpScreen)

    run(scenario)


@pytest.mark.parametrize("key", ["ctrl+z"])
def test_back_key(key):
    async def scenario(app, pilot):
        await say(app, pilot, "Safe Return Moldova")
        assert _prompt_focused(app)
        await pilot.press(key)
        await pilot.pause()
        assert app.turn.session.key == "profile.title"

    run(scenario)


def test_save_key():
    async def scenario(app, pilot):
        await say(app, pilot, "Safe Return Moldova")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert any(n.startswith("Saved to") for n in _notes(app))

    run(scenario)


@pytest.mark.parametrize("key", ["f2", "ctrl+e"])
def test_write_key_before_the_plan_is_done_explains(key):
    async def scenario(app, pilot):
        app.query_one("#prompt").value = "Safe"
        app.query_one("#prompt").cursor_position = 0
        await pilot.press(key)  # Ctrl+E is also the Input's "end": ours wins while the prompt has focus
        await pilot.pause()
        assert any("no plan to write yet" in t for t in await _texts(app, pilot))
        assert app.query_one("#prompt").cursor_position == 0 and len(app.screen_stack) == 1

    run(scenario)


@pytest.mark.parametrize("key", ["f3", "ctrl+b"])
def test_panel_key_wide_hides_and_shows(key):
    async def scenario(app, pilot):
        await pilot.press(key)
        assert app.screen.has_class("-panel-hidden") and not app.query_one("#panel").display
        await pilot.press(key)
        assert app.query_one("#panel").display
        assert _prompt_focused(app)

    run(scenario, size=(120, 40))


@pytest.mark.parametrize("key", ["f3", "ctrl+b"])
def test_panel_key_at_80x24_shows_the_plan_full_screen(key):
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2")
        assert not app.query_one("#panel").display
        await pilot.press(key)
        await pilot.pause()
        assert app.query_one("#panel").display and not app.query_one("#chat").display
        assert app.focused is app.query_one("#tree")
        await pilot.press("escape")
        await pilot.pause()
        assert app.query_one("#chat").display and not app.query_one("#panel").display
        assert _prompt_focused(app)
        await pilot.press(key)
        await pilot.press("k")  # typing on the plan goes to the prompt, and the chat comes back
        await pilot.pause()
        assert _prompt_focused(app) and app.query_one("#prompt").value == "k"
        assert app.query_one("#chat").display

    run(scenario, size=(80, 24))


@pytest.mark.parametrize("key", ["f4", "ctrl+t"])
def test_contrast_key_is_remembered(key):
    async def scenario(app, pilot):
        await pilot.press(key)
        assert app.theme == HIGH_CONTRAST.name

    run(scenario)
    assert load_prefs().theme == HIGH_CONTRAST.name
    seen = {}

    async def again(app, pilot):
        seen["theme"] = app.theme

    run(again)
    assert seen["theme"] == HIGH_CONTRAST.name


def test_copy_key():
    async def scenario(app, pilot):
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert any("no plan to copy" in n for n in _notes(app))
        await say(app, pilot, "Safe Return", "La Strada", "Moldova", "2027-01 to 2028-12")
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert app.clipboard.startswith("schema_version:") and "title: Safe Return" in app.clipboard
        assert any("Copied the plan (YAML) to the clipboard" in n for n in _notes(app))

    run(scenario)


@pytest.mark.parametrize("page_clipboard", ["0", "1"])
def test_copy_in_a_browser_page_without_a_clipboard_downloads_instead(monkeypatch, page_clipboard):
    monkeypatch.setenv("CTGUIDE_PAGE_CLIPBOARD", page_clipboard)
    monkeypatch.setattr(CtGuideApp, "is_web", property(lambda app: True))
    monkeypatch.setattr("ctguide.tui.lifeline.start_lifeline", lambda *a, **k: None)  # no tab to watch here
    delivered = []
    monkeypatch.setattr(CtGuideApp, "deliver_binary",
                        lambda app, data, **kw: delivered.append((kw["save_filename"], data.read())))  # fmt: skip

    async def scenario(app, pilot):
        await say(app, pilot, "Safe Return", "La Strada", "Moldova", "2027-01 to 2028-12")
        await pilot.press("ctrl+y")
        await pilot.pause()
        if page_clipboard == "0":
            assert delivered[0][0] == "plan.yaml" and b"title: Safe Return" in delivered[0][1]
            assert any("cannot use your clipboard" in n and "plan.yaml" in n for n in _notes(app))
        else:
            assert not delivered and "title: Safe Return" in app.clipboard

    run(scenario)


def test_quit_key():
    async def scenario(app, pilot):
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert not app.is_running

    run(scenario)


def test_quit_key_with_unsent_text_asks_first_and_no_keeps_the_text():
    async def scenario(app, pilot):
        app.query_one("#prompt").value = "Safe Return Mol"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "“Safe Return Mol”" in app.screen.question
        await pilot.press("ctrl+q", "enter")  # a second Ctrl+Q, then Enter by habit: No has the focus
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, ConfirmScreen)
        assert app.query_one("#prompt").value == "Safe Return Mol"
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert not app.is_running

    run(scenario)


def test_quit_key_in_a_browser_always_asks(monkeypatch):
    monkeypatch.setattr(CtGuideApp, "is_web", property(lambda app: True))
    monkeypatch.setattr("ctguide.tui.lifeline.start_lifeline", lambda *a, **k: None)  # no tab to watch here

    async def scenario(app, pilot):
        await say(app, pilot, "Safe Return Moldova")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "reload the page" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running and app.turn.session.replies == ("Safe Return Moldova",)

    run(scenario)


def test_quit_key_after_a_failed_save_asks(monkeypatch):
    async def scenario(app, pilot):
        monkeypatch.setattr(app.keeper, "save", lambda session: (_ for _ in ()).throw(OSError("disk full")))
        await say(app, pilot, "Safe Return Moldova")
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "could not be saved" in app.screen.question

    run(scenario)


def test_keys_of_the_chat_stay_out_of_a_dialog():
    async def scenario(app, pilot):
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("ctrl+z", "f3")
        assert isinstance(app.screen, HelpScreen) and app.turn.session.key == "profile.title"

    run(scenario)


def test_chat_commands_for_the_screen_at_any_stage():
    async def scenario(app, pilot):
        await say(app, pilot, "contrast")
        assert app.theme == HIGH_CONTRAST.name
        await say(app, pilot, "panel")
        assert app.screen.has_class("-panel-hidden")
        await say(app, pilot, "write")
        assert app.turn.session.key == "profile.title" and app.turn.session.replies == ()
        assert any("no plan to write yet" in t for t in await _texts(app, pilot))
        await say(app, pilot, "export pdf")
        assert any("not as “pdf”" in t for t in await _texts(app, pilot))
        await say(app, pilot, "conversations")
        assert isinstance(app.screen, ConversationsScreen)
        await pilot.press("escape")
        assert app.turn.session.replies == ()  # none of these reached the conversation

    run(scenario)


def test_more_shows_the_details_of_the_last_list():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2", "keep")
        last = list(app.query(".bubble.assistant"))[-1]
        details = last.query("MarkdownOrderedList MarkdownBulletList").first()
        assert not details.display  # the reasons fold away at 80x24
        await say(app, pilot, "more")
        await pilot.pause()
        assert last.has_class("-expanded") and details.display

    run(scenario, size=(80, 24))


def test_the_areas_read_from_the_description_keep_their_reasons_at_80x24():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS)
        await pilot.pause()
        last = list(app.query(".bubble.assistant"))[-1]
        reasons = list(last.query("MarkdownOrderedList MarkdownBulletList"))
        assert app.turn.session.key == "areas" and len(reasons) == 2
        assert all(r.display and r.size.height for r in reasons)

    run(scenario, size=(80, 24))


def test_long_indicator_wordings_are_shown_in_full_at_80_columns():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2", "keep")
        assert app.turn.session.key == "indicators.GOAL"
        last = list(app.query(".bubble.assistant"))[-1]
        await pilot.pause()
        shown = [p for p in last.query("MarkdownOrderedList MarkdownParagraph") if p.size.height]
        assert (
            len(shown) == 3
        )  # the goal list offers the plan areas' impact indicators; their details are folded
        assert all(p.styles.text_wrap == "wrap" for p in shown)
        assert max(p.size.height for p in shown) >= 3 and all(p.size.width < 80 for p in shown)
        assert not any(d.display for d in last.query("MarkdownOrderedList MarkdownBulletList"))

    run(scenario, size=(80, 24))


def test_after_the_plan_is_done_write_and_export_format_open_the_dialog(tmp_path):
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        assert isinstance(app.screen, ExportScreen)
        await pilot.press("ctrl+e")  # inside the dialog Ctrl+E is the input's "end", not a second dialog
        assert len(app.screen_stack) == 2
        await pilot.press("escape")
        await say(app, pilot, "export xlsx")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#format").value == "xlsx"
        assert app.screen.query_one("#path").value.endswith(".xlsx")
        app.screen.query_one("#path").value = str(tmp_path / "plan.xlsx")
        await pilot.press("enter")
        await pilot.pause()
        assert (tmp_path / "plan.xlsx").read_bytes()[:2] == b"PK"
        await pilot.press("f2")
        assert isinstance(app.screen, ExportScreen)

    run(scenario)


def test_an_install_hint_keeps_its_brackets(monkeypatch, tmp_path):
    from ctguide import exporters

    def unavailable(*args, **kwargs):
        raise exporters.ExportUnavailable("the xlsx export needs openpyxl; pip install 'ctguide[xlsx]'")

    monkeypatch.setattr(exporters, "export", unavailable)

    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        app.screen.query_one("#path").value = str(tmp_path / "plan.yaml")
        await pilot.press("enter")
        await pilot.pause()
        (hint,) = [n for n in app._notifications if "pip install" in n.message]
        assert "'ctguide[xlsx]'" in hint.message and not hint.markup

    run(scenario)


def test_in_a_browser_the_plan_is_a_download_and_never_a_server_path(monkeypatch, tmp_path):
    delivered = []
    monkeypatch.setattr(CtGuideApp, "is_web", property(lambda self: True))
    monkeypatch.setattr(CtGuideApp, "deliver_binary",
                        lambda self, data, save_filename, **kw: delivered.append((save_filename, data.read())))  # fmt: skip

    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        screen = app.screen
        assert isinstance(screen, ExportScreen) and screen.browser
        assert not screen.query("#replace")
        screen.query_one("#path").value = str(tmp_path / ".." / "evil dir" / "mine.yaml")
        await pilot.press("enter")
        await pilot.pause()
        app.post_message(events.DeliveryComplete(key="k", name="plan"))
        await pilot.pause()
        chat = [b.source for b in app.query(".bubble.assistant").results(Markdown)]
        assert "Download finished" in chat[-1] and "downloading **mine.yaml**" in chat[-2]
        assert not any("Download finished" in str(toast.render()) for toast in app.screen.query(Toast))

    run(scenario)
    ((name, data),) = delivered
    assert name == "mine.yaml" and b"Safe Return Moldova" in data
    assert not list(Path(tmp_path).rglob("mine.yaml"))


def test_a_click_on_the_plan_gives_typing_back_to_the_prompt():
    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2")
        await pilot.click("#tree", offset=(4, 1))
        await pilot.pause()
        assert _prompt_focused(app)
        await pilot.press("o", "k")
        assert app.query_one("#prompt").value == "ok"

    run(scenario, size=(120, 40))


def test_writing_again_offers_the_file_written_before(tmp_path):
    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        app.screen.query_one("#path").value = str(tmp_path / "mine.yaml")
        await pilot.press("enter")
        await pilot.pause()
        await say(app, pilot, "write")
        assert app.screen.query_one("#path").value == str(tmp_path / "mine.yaml")
        await pilot.press("enter")
        await pilot.pause()
        assert any("Replace if it exists" in n for n in _notes(app))

    run(scenario)


def test_the_plan_at_80x24_keeps_its_rows_for_the_plan_and_the_indicator():
    """F3 on a projector: the stages take one line around the current one, and the details of the indicator
    moved to get as many rows as the plan, enough for its wording and its first findings."""

    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT[:16])
        await pilot.press("f3")
        await pilot.pause()
        progress = app.query_one("#progress")
        assert progress.region.height == 1
        shown = str(progress.render())
        assert shown.startswith("…") or shown.endswith("…")
        assert f" {app.turn.session.stage} " in shown
        for _ in range(12):
            await pilot.press("down")
            if app.selected:
                break
        await pilot.pause()
        assert app.selected is not None
        assert app.query_one("#details-box").region.height >= app.query_one("#tree").region.height - 1 >= 9

    run(scenario, size=(80, 24))


@pytest.mark.parametrize("how", ["write", "f2"])
def test_before_the_review_the_plan_so_far_is_written_as_a_marked_draft(tmp_path, how):
    from ctguide.plan import load_plan

    async def scenario(app, pilot):
        await say(app, pilot, *MIDFLOW_TO_AREAS, "1 2")
        key = app.turn.session.key
        if how == "write":
            await say(app, pilot, "write")
        else:
            await pilot.press("f2")
        assert isinstance(app.screen, ExportScreen)
        assert app.screen.query_one("#path").value == "safe-return-moldova-draft.yaml"
        app.screen.query_one("#path").value = str(tmp_path / "mine.yaml")
        await pilot.press("enter")
        await pilot.pause()
        said = (await _texts(app, pilot))[-1]
        assert "Wrote" in said and "**draft**" in said and "the **goal** step" in said
        assert app.turn.session.key == key  # the conversation carries on where it was
        plan = load_plan(tmp_path / "mine.yaml")
        assert plan.notes.startswith("DRAFT, not a finished plan") and "at the goal step" in plan.notes
        assert [c.area for c in plan.results_chain] == ["shelter", "psychosocial_support"]
        (tmp_path / "mine.yaml").write_text("mine")  # the user's own file: never replaced without asking
        await say(app, pilot, "write")
        app.screen.query_one("#path").value = str(tmp_path / "mine.yaml")
        await pilot.press("enter")
        await pilot.pause()
        assert any("Replace if it exists" in n for n in _notes(app))
        assert (tmp_path / "mine.yaml").read_text() == "mine"
        await pilot.press("escape")
        await say(app, pilot, *SCRIPT[len(MIDFLOW_TO_AREAS) + 1 :])
        assert (
            app.screen.query_one("#path").value == "safe-return-moldova.yaml"
        )  # the finished plan's own name

    run(scenario)
