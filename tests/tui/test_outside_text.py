"""Outside text (file names, titles, problems) is shown literally in notifications and Markdown, rendered in
a real app; and the app's exit code says when it died."""

import asyncio
import html
import re
import sys

from textual.widgets import Markdown
from textual.widgets._markdown import MarkdownBlock
from textual.widgets._toast import Toast

from ctguide.cli import EXIT_CRASH, main
from ctguide.tui import CtGuideApp
from ctguide.tui.screens import ExportScreen
from ctguide.yamlio import load_yaml
from tests.conftest import DATA
from tests.tui.conftest import KB, ready, say

SCRIPT = [str(a) for a in load_yaml((DATA / "answers" / "shelter.yaml").read_text())["answers"]]
HOSTILE = [
    "plan [draft].yaml",
    "[/]",
    "[@click=app.quit]quit[/]",
    "[bold]x[/bold] \x1b[31mred",
    "a [link=x]b[/link]",
]


def run(scenario, *, size=(140, 50)):
    """Like tests.tui.conftest.run, with notifications on (run_test turns them off by default)."""
    app = CtGuideApp(kb=KB, offer_resume=False)

    async def main():
        async with app.run_test(size=size, notifications=True) as pilot:
            await ready(app, pilot)
            await scenario(app, pilot)

    asyncio.run(main())
    return app


def _toasts(app):
    return [str(toast.render()) for toast in app.screen.query(Toast)]


def _screen_text(app):
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg)).replace("\xa0", " ")


def test_notifications_show_outside_text_literally_and_never_act_on_it():
    async def scenario(app, pilot):
        for text in HOSTILE:
            app.notify(f"Wrote {text}", timeout=30)
        await pilot.pause(0.2)
        shown = "\n".join(_toasts(app))
        for literal in [
            "plan [draft].yaml",
            "[/]",
            "[@click=app.quit]quit[/]",
            "[bold]x[/bold] red",
            "a [link=x]b[/link]",
        ]:
            assert f"Wrote {literal}" in shown
        assert "\x1b" not in shown
        screen = _screen_text(app)
        assert "Wrote plan [draft].yaml" in screen and "[@click=app.quit]quit[/]" in screen
        for toast in app.screen.query(Toast):
            await pilot.click(toast)
        await pilot.pause()
        assert app.is_running and app.return_code is None

    run(scenario, size=(140, 50))


def test_export_paths_with_markup_are_reported_literally(tmp_path):
    missing = tmp_path / "plan [/] [draft].yaml"  # '/' makes "plan [" a folder that does not exist
    target = tmp_path / "plan [draft] [@click=app.quit].yaml"

    async def scenario(app, pilot):
        await say(app, pilot, *SCRIPT)
        for path in (missing, target):
            assert isinstance(app.screen, ExportScreen)
            app.screen.query_one("#path").value = str(path)
            await pilot.click("#write")
            await pilot.pause(0.2)
            if path == missing:
                assert any(f"{missing}: the folder" in text for text in _toasts(app))
                assert app.is_running and app.written is None
                app.action_export()
                await pilot.pause()
        assert app.written == target
        assert not any("Wrote" in text for text in _toasts(app))  # the chat says it; a toast would cover it
        bubble = list(app.query(".bubble.assistant").results(Markdown))[-1]
        assert "plan [draft] [@click=app.quit].yaml" in bubble.source.replace("\\", "")

    run(scenario)
    assert target.exists()


def _rendered_blocks(bubble):
    return [str(block.render()) for block in bubble.query(MarkdownBlock)]


def test_a_title_typed_by_the_user_comes_back_as_typed_in_show_and_the_details():
    title = "**Safe** _Return_ [x](y) <b> &copy;"

    async def scenario(app, pilot):
        await say(app, pilot, title, "La Strada", "Moldova", "2027-01 to 2028-12", "show")
        await pilot.pause(0.2)
        bubble = app.query_one(".bubble.assistant.-answer", Markdown)  # the question, asked again, follows it
        assert _rendered_blocks(bubble)[0].startswith(f"{title} — ")

    run(scenario)


class _Broken(CtGuideApp):
    def on_mount(self) -> None:
        raise RuntimeError("a bug")

    def run(self, **kwargs):  # noqa: ANN003
        return super().run(headless=True, **kwargs)


def test_the_exit_code_is_non_zero_when_the_app_dies(monkeypatch, capsys):
    monkeypatch.setattr("ctguide.tui.CtGuideApp", _Broken)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert main(["--new"]) == EXIT_CRASH
    assert "internal error" in capsys.readouterr().err
