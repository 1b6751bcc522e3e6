"""A real browser in a workshop room: headless Chromium drives `ctguide serve` through the DevTools protocol.

The first question appears, the answers are typed, the plan is downloaded (YAML and xlsx) and
validates, a reload brings the conversation back, the tab is closed abruptly and no process is
left; a page of another origin and a visitor without the token are refused.
Screenshots are kept in the test's folder (look at them when something changes).
"""

import asyncio
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("aiohttp", reason="the test extra installs aiohttp")
pytest.importorskip("textual_serve", reason="the test extra installs textual-serve")

from ctguide.plan import load_plan  # noqa: E402
from tests.tui.cdp import Chromium, chromium_binary  # noqa: E402
from tests.tui.test_app import SCRIPT  # noqa: E402
from tests.tui.test_serve import _app_processes, _free_port, _wait_until  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        chromium_binary() is None and not os.environ.get("CI"),
        reason="chromium is not installed (.ci/run installs it)",
    ),
]


@pytest.fixture
def room(tmp_path):
    port = _free_port()
    data = tmp_path / "data"
    process = subprocess.Popen([sys.executable, "-m", "ctguide", "serve", "--host", "0.0.0.0", "--port", str(port)],
                               env={**os.environ, "CTGUIDE_DATA_DIR": str(data)}, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)  # fmt: skip
    banner = ""
    while "open http" not in banner:
        line = process.stderr.readline()
        assert line, f"ctguide serve did not start: {banner}"
        banner += line
    token = re.search(r"token=([a-z0-9]+)", banner).group(1)

    def listening() -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", port)) == 0

    assert _wait_until(listening, 20)
    yield port, token, data
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("ctguide serve did not stop within 10 s of SIGTERM")
    finally:
        for pid in _app_processes(str(data)):
            os.kill(pid, signal.SIGKILL)


def _replies_saved(data: Path) -> int:
    counts = []
    for path in data.glob("browsers/*/sessions/*.json"):
        try:
            counts.append(len(json.loads(path.read_text())["replies"]))
        except (OSError, ValueError, KeyError):
            counts.append(0)
    return max(counts, default=0)


async def _answer(page, data: Path, replies: list[str]) -> None:
    for text in replies:
        before = _replies_saved(data)
        await page.type_text(text + "\r")
        deadline = time.monotonic() + 30
        while _replies_saved(data) <= before:
            assert time.monotonic() < deadline, f"the app never took the answer {text!r}"
            await asyncio.sleep(0.1)


async def _keys_go_to_the_terminal(page) -> None:
    """A participant who opens the link and starts typing, without clicking into the page first."""
    focused = ""
    for _ in range(50):
        focused = await page.evaluate("document.activeElement.className")
        if "xterm-helper-textarea" in focused:
            return
        await asyncio.sleep(0.1)
    pytest.fail(f"the page does not give the terminal the keyboard: {focused!r} has it")


async def _download(browser, pattern: str) -> Path:
    begun = await browser.wait_event("Browser.downloadWillBegin", timeout=30)
    assert re.fullmatch(pattern, begun["suggestedFilename"]), begun["suggestedFilename"]
    await browser.wait_event("Browser.downloadProgress", timeout=30, guid=begun["guid"], state="completed")
    return browser.downloads / begun["suggestedFilename"]


def test_a_workshop_in_a_real_browser(room, tmp_path):
    port, token, data = room
    base = f"http://127.0.0.1:{port}"

    async def scenario() -> None:
        async with Chromium.launch(tmp_path / "chromium") as browser:
            page = await browser.new_page()
            await page.record_terminal()
            await page.goto(f"{base}/?token={token}")
            await page.wait_for_text("What is the project called")
            await page.screenshot(tmp_path / "1-first-question.png")
            await _keys_go_to_the_terminal(page)

            await _answer(page, data, SCRIPT[:3])
            await page.call("Page.reload")  # a reload: the same tab, the same conversation
            await page.wait_for_text("Welcome back")
            await page.screenshot(tmp_path / "2-after-reload.png")

            mark = len(await page.received())
            await page.key(
                "F4", "F4", 115
            )  # browser-safe keys: F4 is the projector theme (Ctrl+T opens a tab)
            await asyncio.sleep(1)
            (prefs,) = data.glob("browsers/*/prefs.json")
            assert (
                json.loads(prefs.read_text())["theme"] == "ctguide-high-contrast"
            )  # remembered for this browser
            await page.key("F4", "F4", 115)
            await page.key("F2", "F2", 113)  # F2 writes the plan; before the dates there is none to write
            await page.wait_for_text("no plan to write yet", after=mark)

            await _answer(page, data, SCRIPT[3:])
            await page.wait_for_text("Download the plan")
            await page.screenshot(tmp_path / "3-download-dialog.png")
            await page.type_text("\r")
            plan_file = await _download(browser, r"safe-return-moldova\.yaml")
            plan = load_plan(plan_file)
            assert plan.profile.title == "Safe Return Moldova" and len(plan.indicators) == 6

            mark = len(await page.received())
            await page.type_text("export xlsx\r")
            await page.wait_for_text("Download the plan", after=mark)
            await page.type_text("\r")
            workbook = await _download(browser, r"safe-return-moldova\.xlsx")
            assert workbook.read_bytes()[:2] == b"PK"
            await page.screenshot(tmp_path / "4-downloaded.png")
            assert _app_processes(str(data)), "the tab's app should be running"

            await _refused(browser, port, token)
        # the browser is gone (killed, no goodbye): its app must follow

    asyncio.run(scenario())
    assert _wait_until(lambda: not _app_processes(str(data)), 15), "an app outlived its browser"


def test_ctrl_q_in_a_browser_asks_before_it_ends_the_tab_and_keeps_what_was_typed(room, tmp_path):
    port, token, data = room

    async def scenario() -> None:
        async with Chromium.launch(tmp_path / "chromium") as browser:
            page = await browser.new_page()
            await page.record_terminal()
            await page.goto(f"http://127.0.0.1:{port}/?token={token}")
            await page.wait_for_text("What is the project called")
            await _keys_go_to_the_terminal(page)
            await _answer(page, data, SCRIPT[:1])
            await page.type_text(SCRIPT[1])  # typed, not sent yet
            mark = len(await page.received())
            await page.key("q", "KeyQ", 81, modifiers=2)  # Ctrl+Q, pressed by habit
            await page.wait_for_text("anyway", after=mark)
            await page.screenshot(tmp_path / "quit-question.png")
            await page.type_text("n")
            await _answer(page, data, [""])  # Enter sends what was typed before Ctrl+Q
            assert _replies_saved(data) == 2 and _app_processes(str(data)), "the tab's app should be running"

    asyncio.run(scenario())


async def _refused(browser, port: int, token: str) -> None:
    stranger = await browser.new_page(stranger=True)
    await stranger.goto(f"http://127.0.0.1:{port}/")  # no token
    await asyncio.sleep(1)
    assert "Ask for the room" in (await stranger.evaluate("document.body.innerText"))
    # a page of another origin (localhost is not 127.0.0.1) tries the websocket, token and all
    await stranger.goto(f"http://localhost:{port}/static/css/xterm.css")
    await asyncio.sleep(1)
    outcome = await stranger.call(
        "Runtime.evaluate",
        expression=f"""new Promise(done => {{
            const ws = new WebSocket("ws://127.0.0.1:{port}/ws?token={token}");
            ws.onopen = () => done("open");
            ws.onclose = () => done("refused");
        }})""",
        awaitPromise=True,
        returnByValue=True,
    )
    assert outcome["result"]["value"] == "refused"
    await stranger.close()
