"""SVG snapshots of the main screens at 80x24 and 120x40.

The stored SVGs live in tests/tui/snapshots/. After an intended change of the look, regenerate
them with CTGUIDE_UPDATE_SNAPSHOTS=1 python -m pytest tests/tui/test_snapshots.py and review the diff
(rsvg-convert turns an SVG into a PNG to look at).
"""

import os
import re
from pathlib import Path

import pytest
from textual.widgets import Input

from tests.tui.conftest import run, say

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("CTGUIDE_UPDATE_SNAPSHOTS") == "1"
MIDFLOW = ["Safe Return Moldova", "La Strada Moldova", "Moldova (Chisinau)", "2027-01 to 2028-12", "skip", "skip", "skip",
           "we run a shelter for women survivors and give psychological counselling", "1 2", "keep", "skip", "keep", "skip", "1",
           "1 3", "1", "the reporting quarter"]  # fmt: skip


def _normalise(svg: str) -> str:
    """Drop what changes from run to run without changing the picture (generated ids)."""
    return re.sub(r"terminal-\d+", "terminal", svg)


def _check(name: str, svg: str) -> None:
    path = SNAPSHOTS / f"{name}.svg"
    if UPDATE or not path.exists():
        if not UPDATE and os.environ.get("CI"):
            pytest.fail(f"snapshot {path.name} is missing; create it with CTGUIDE_UPDATE_SNAPSHOTS=1")
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(svg, encoding="utf-8")
        return
    assert _normalise(path.read_text(encoding="utf-8")) == _normalise(svg), (
        f"{name} looks different; if intended, update with CTGUIDE_UPDATE_SNAPSHOTS=1"
    )


def _shot(size, replies=(), after=None):
    shots = {}

    async def scenario(app, pilot):
        await say(app, pilot, *replies)
        if after:
            await after(app, pilot)
        for field in app.screen.query(Input):  # a blinking cursor is on or off by the clock, not by the look
            field.cursor_blink = False
        await pilot.pause(0.1)
        shots["svg"] = app.export_screenshot(title="ctguide")

    run(scenario, size=size)
    return shots["svg"]


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_welcome(size):
    _check(f"welcome_{size[0]}x{size[1]}", _shot(size))


def test_midflow_with_panel():
    _check("midflow_120x40", _shot((120, 40), MIDFLOW))


def test_midflow_narrow():
    _check("midflow_80x24", _shot((80, 24), MIDFLOW))


def test_area_suggestions_narrow():
    """A list of suggestions at 80x24: one line per item, the question in view."""
    _check("areas_80x24", _shot((80, 24), MIDFLOW[:8]))


def _after(*keys):
    async def after(app, pilot):
        await pilot.press(*keys)
        await pilot.pause(0.1)

    return after


def test_help_screen():
    _check("help_80x24", _shot((80, 24), after=_after("f1")))


def test_plan_full_screen_narrow():
    _check("plan_80x24", _shot((80, 24), MIDFLOW, after=_after("f3")))


def test_high_contrast_narrow():
    _check("contrast_80x24", _shot((80, 24), MIDFLOW[:7], after=_after("f4")))


def test_review_and_export():
    from tests.tui.test_app import SCRIPT

    _check("export_120x40", _shot((120, 40), SCRIPT))


def test_export_dialog_narrow():
    from tests.tui.test_app import SCRIPT

    _check("export_80x24", _shot((80, 24), SCRIPT))


def test_export_dialog_for_iati_narrow():
    from tests.tui.test_app import SCRIPT

    async def iati(app, pilot):
        app.screen.query_one("#format").value = "iati"
        await pilot.pause(0.1)

    _check("export_iati_80x24", _shot((80, 24), SCRIPT, after=iati))


def test_quit_confirmation_narrow():
    from tests.tui.test_app import SCRIPT

    _check("quit_80x24", _shot((80, 24), SCRIPT, after=_after("escape", "ctrl+q")))


def test_conversations_narrow(monkeypatch):
    from ctguide import sessions

    monkeypatch.setattr(sessions, "now_iso", lambda now=None: "2027-03-01T10:00:00+00:00")
    _check("conversations_80x24", _shot((80, 24), [*MIDFLOW[:3], "conversations"]))
