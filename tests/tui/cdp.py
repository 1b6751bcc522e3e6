"""A small Chrome DevTools Protocol client (aiohttp websockets): enough to drive headless Chromium.

async with Chromium.launch(tmp_path) as browser:
    page = await browser.new_page()
    await page.goto("http://127.0.0.1:8000/")
    await page.type_text("Safe Return Moldova\\r")
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import aiohttp

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--remote-debugging-port=0"]  # fmt: skip


def chromium_binary() -> str | None:
    return next(
        (
            found
            for name in ("chromium", "chromium-browser", "google-chrome")
            if (found := shutil.which(name))
        ),
        None,
    )


class Chromium:
    def __init__(
        self, process: subprocess.Popen, session: aiohttp.ClientSession, ws, downloads: Path
    ) -> None:  # noqa: ANN001
        self.process = process
        self.session = session
        self.ws = ws
        self.downloads = downloads
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future] = {}
        self.events: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.reader = asyncio.create_task(self._read())

    @classmethod
    @contextlib.asynccontextmanager
    async def launch(cls, folder: Path, size: tuple[int, int] = (1100, 700)):
        binary = chromium_binary()
        assert binary, "chromium is not installed"
        profile, downloads = folder / "profile", folder / "downloads"
        downloads.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", f"--window-size={size[0]},{size[1]}",
                                    "about:blank"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   start_new_session=True)  # fmt: skip
        try:
            url = await asyncio.wait_for(asyncio.to_thread(_devtools_url, process), 60)
            session = aiohttp.ClientSession()
            ws = await session.ws_connect(url, max_msg_size=0)
            browser = cls(process, session, ws, downloads)
            try:
                await browser.call("Browser.setDownloadBehavior", behavior="allow", downloadPath=str(downloads),
                                   eventsEnabled=True)  # fmt: skip
                yield browser
            finally:
                browser.reader.cancel()
                await ws.close()
                await session.close()
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data and data["id"] in self.pending:
                self.pending.pop(data["id"]).set_result(data)
            else:
                await self.events.put(data)

    async def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        number = next(self.ids)
        future = asyncio.get_running_loop().create_future()
        self.pending[number] = future
        message: dict[str, Any] = {"id": number, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        await self.ws.send_str(json.dumps(message))
        answer = await asyncio.wait_for(future, 30)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result", {})

    async def wait_event(self, method: str, timeout: float = 30, **match: Any) -> dict[str, Any]:
        async def find() -> dict[str, Any]:
            while True:
                event = await self.events.get()
                params = event.get("params", {})
                if event.get("method") == method and all(params.get(k) == v for k, v in match.items()):
                    return params

        return await asyncio.wait_for(find(), timeout)

    async def new_page(self, *, stranger: bool = False) -> Page:
        """A new tab; a stranger's tab has cookies and storage of its own (another visitor)."""
        context = {}
        if stranger:
            context["browserContextId"] = (await self.call("Target.createBrowserContext"))["browserContextId"]
        target = (await self.call("Target.createTarget", url="about:blank", **context))["targetId"]
        session = (await self.call("Target.attachToTarget", targetId=target, flatten=True))["sessionId"]
        page = Page(self, target, session)
        await page.call("Page.enable")
        await page.call("Runtime.enable")
        return page


class Page:
    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    async def call(self, method: str, **params: Any) -> dict[str, Any]:
        return await self.browser.call(method, self.session, **params)

    async def goto(self, url: str) -> None:
        await self.call("Page.navigate", url=url)

    async def evaluate(self, expression: str) -> Any:
        result = await self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    async def record_terminal(self) -> None:
        """Keep what the page's terminal receives (xterm.js draws on a canvas; its text is not in the DOM)."""
        await self.call("Page.addScriptToEvaluateOnNewDocument", source=RECORDER)

    async def received(self) -> str:
        """Everything the terminal was sent so far, escape sequences removed."""
        raw = await self.evaluate("window.__ctguideReceived || ''") or ""
        return re.sub(
            r"\x1b(\[[0-9;?<>=]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[()][0-9A-Za-z]|.)", "", raw
        )

    async def wait_for_text(self, pattern: str, timeout: float = 60, after: int = 0) -> str:
        deadline = asyncio.get_running_loop().time() + timeout
        text = ""
        while asyncio.get_running_loop().time() < deadline:
            text = await self.received()
            if re.search(pattern, text[after:]):
                return text
            await asyncio.sleep(0.3)
        raise AssertionError(f"{pattern!r} never appeared; the terminal received:\n{text[after:][-3000:]}")

    async def type_text(self, text: str) -> None:
        await self.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        for character in text:
            if character == "\r":
                await self.key("Enter", "Enter", 13, "\r")
            else:
                await self.call(
                    "Input.dispatchKeyEvent", type="keyDown", text=character, unmodifiedText=character
                )
                await self.call("Input.dispatchKeyEvent", type="keyUp")

    async def key(self, key: str, code: str, key_code: int, text: str = "", modifiers: int = 0) -> None:
        """`modifiers`: CDP's bit mask (1 Alt, 2 Ctrl, 4 Meta, 8 Shift)."""
        await self.evaluate("document.querySelector('.xterm-helper-textarea').focus()")
        common = {
            "key": key,
            "code": code,
            "windowsVirtualKeyCode": key_code,
            "nativeVirtualKeyCode": key_code,
            "modifiers": modifiers,
        }
        await self.call(
            "Input.dispatchKeyEvent", type="rawKeyDown" if not text else "keyDown", text=text, **common
        )
        await self.call("Input.dispatchKeyEvent", type="keyUp", **common)

    async def screenshot(self, path: Path) -> None:
        data = (await self.call("Page.captureScreenshot", format="png"))["data"]
        path.write_bytes(base64.b64decode(data))

    async def close(self) -> None:
        await self.browser.call("Target.closeTarget", targetId=self.target)


RECORDER = """
(() => {
  const Native = window.WebSocket;
  const decoder = new TextDecoder();
  window.__ctguideReceived = "";
  function Recording(url, protocols) {
    const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    socket.addEventListener("message", (event) => {
      if (typeof event.data !== "string") {
        const text = decoder.decode(new Uint8Array(event.data), {stream: true});
        window.__ctguideReceived += text;
      }
    });
    return socket;
  }
  Recording.prototype = Native.prototype;
  Object.assign(Recording, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
  window.WebSocket = Recording;
})();
"""


def _devtools_url(process: subprocess.Popen) -> str:
    assert process.stderr is not None
    for raw in process.stderr:
        line = raw.decode(errors="replace")
        if match := re.search(r"DevTools listening on (ws://\S+)", line):
            threading_drain(process)
            return match.group(1)
    raise AssertionError("chromium exited before opening its DevTools port")


def threading_drain(process: subprocess.Popen) -> None:
    """Keep reading chromium's stderr so that it never blocks on a full pipe."""
    import threading

    def drain() -> None:
        assert process.stderr is not None
        for _ in process.stderr:
            pass

    threading.Thread(target=drain, daemon=True).start()
