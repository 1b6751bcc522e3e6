import asyncio

import pytest

from ctguide.knowledge import load_knowledge
from ctguide.tui import CtGuideApp

KB = load_knowledge()


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(folder))
    monkeypatch.chdir(tmp_path)
    return folder


async def ready(app, pilot):
    """Wait until the knowledge is loaded and the first question is shown."""
    for _ in range(200):
        await pilot.pause(0.02)
        if app.turn is not None:
            app.query_one("#prompt").cursor_blink = False
            return
    raise AssertionError("the app never became ready")


async def say(app, pilot, *replies):
    for text in replies:
        app.query_one("#prompt").value = text
        await pilot.press("enter")
        await pilot.pause()


def run(scenario, *, size=(120, 40), **kwargs):
    """Run `scenario(app, pilot)` inside a headless app (no pytest-asyncio needed)."""
    app = CtGuideApp(kb=kwargs.pop("kb", KB), offer_resume=kwargs.pop("offer_resume", False), **kwargs)

    async def main():
        async with app.run_test(size=size) as pilot:
            await ready(app, pilot)
            await scenario(app, pilot)

    asyncio.run(main())
    return app
