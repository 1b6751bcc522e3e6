"""`ctguide serve`: a browser tab gets an app process, and closing the tab ends it, even a tab that
connects and closes at once (a known textual-serve failure mode)."""

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

aiohttp = pytest.importorskip(
    "aiohttp", reason="the serve extra (textual-serve, aiohttp) is installed with the test extra"
)
pytest.importorskip("textual_serve", reason="the serve extra is installed with the test extra")
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _app_processes(marker: str) -> list[int]:
    """ctguide app processes started by this test's server (found by their data folder)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            environ = (entry / "environ").read_bytes().decode(errors="replace")
        except OSError:
            continue
        if "-m ctguide --new" in command and marker in environ:
            found.append(int(entry.name))
    return found


async def _tab(port: int, *, stay: float) -> bytes:
    url = f"http://127.0.0.1:{port}/ws?width=80&height=24"
    async with aiohttp.ClientSession() as session, session.ws_connect(url) as ws:
        await ws.send_str(json.dumps(["resize", {"width": 80, "height": 24}]))
        received = b""
        deadline = time.monotonic() + stay
        while time.monotonic() < deadline:
            try:
                message = await ws.receive(timeout=max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                break
            if message.type == aiohttp.WSMsgType.BINARY:
                received += message.data
            elif message.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                break
        return received


def _wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


@pytest.fixture
def server(tmp_path):
    port = _free_port()
    marker = str(tmp_path / "data")
    env = {**os.environ, "CTGUIDE_DATA_DIR": marker}
    process = subprocess.Popen([sys.executable, "-m", "ctguide", "serve", "--port", str(port)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip

    def listening() -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", port)) == 0

    assert _wait_until(listening, 20), "the server did not start"
    yield port, marker
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
    for pid in _app_processes(marker):
        os.kill(pid, signal.SIGKILL)


def test_a_tab_runs_the_app_and_closing_it_ends_the_process(server):
    port, marker = server
    received = asyncio.run(_tab(port, stay=4.0))
    assert b"ctguide" in received or len(received) > 1000
    assert _wait_until(lambda: not _app_processes(marker), 15), "the app process outlived its tab"


def test_a_tab_that_closes_at_once_leaves_no_process_behind(server):
    port, marker = server
    for _ in range(3):
        asyncio.run(_tab(port, stay=0.05))
    assert _wait_until(lambda: not _app_processes(marker), 20), "an app process was left running"


def test_serve_index_page(server):
    port, _ = server

    async def fetch() -> str:
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/") as response:
            return await response.text()

    assert "ctguide" in asyncio.run(fetch())
