"""`ctguide serve`: a browser tab gets an app process, and closing the tab ends it, even a tab that
connects and closes at once (a known textual-serve failure mode)."""

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
            state = (entry / "stat").read_text().split(") ", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if "-m ctguide" in command and " serve" not in command and marker in environ and state != "Z":
            found.append(int(entry.name))
    return found


async def _tab(port: int, *, stay: float, replies: tuple[str, ...] = (), token: str | None = None,
               origin: str | None = None, tab: str = "") -> bytes:  # fmt: skip
    query = f"?width=80&height=24{f'&token={token}' if token else ''}"
    url = f"http://127.0.0.1:{port}/ws{f'/{tab}' if tab else ''}{query}"
    headers = {"Origin": origin} if origin else {}
    async with aiohttp.ClientSession() as session, session.ws_connect(url, headers=headers) as ws:
        await ws.send_str(json.dumps(["resize", {"width": 80, "height": 24}]))
        received = b""
        deadline = time.monotonic() + stay
        pending = list(replies)
        while time.monotonic() < deadline:
            try:
                message = await ws.receive(timeout=max(0.01, min(0.5, deadline - time.monotonic())))
            except TimeoutError:
                message = None
            if message is not None and message.type == aiohttp.WSMsgType.BINARY:
                received += message.data
            elif message is not None and message.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                break
            if pending and b"What is the project called" in received:
                await ws.send_str(json.dumps(["stdin", pending.pop(0) + "\r"]))
        return received


async def _status(url: str, **headers: str) -> int:
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers):
                return 101
        except aiohttp.WSServerHandshakeError as error:
            return error.status


async def _get(url: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as response:
        return response.status, await response.text()


def _wait_until(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


class Served:
    def __init__(self, tmp_path, *extra: str) -> None:
        self.port = _free_port()
        self.marker = str(tmp_path / "data")
        env = {**os.environ, "CTGUIDE_DATA_DIR": self.marker}
        self.process = subprocess.Popen([sys.executable, "-m", "ctguide", "serve", "--port", str(self.port), *extra],
                                        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)  # fmt: skip
        self.banner = ""
        assert self.process.stderr is not None
        while "open http" not in self.banner:
            line = self.process.stderr.readline()
            assert line, f"the server did not start: {self.banner}"
            self.banner += line
        assert _wait_until(self.listening, 20), "the server did not start"

    def listening(self) -> bool:
        with socket.socket() as s:
            return s.connect_ex(("127.0.0.1", self.port)) == 0

    def apps(self) -> list[int]:
        return _app_processes(self.marker)

    def stop(self, signum: int = signal.SIGTERM) -> float:
        """Signal the server; the seconds it took to exit."""
        started = time.monotonic()
        self.process.send_signal(signum)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return float("inf")
        return time.monotonic() - started

    def cleanup(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        for pid in self.apps():
            os.kill(pid, signal.SIGKILL)


@pytest.fixture
def served(tmp_path):
    started: list[Served] = []

    def start(*extra: str) -> Served:
        started.append(Served(tmp_path, *extra))
        return started[-1]

    yield start
    for server in started:
        server.cleanup()


def test_a_tab_runs_the_app_and_closing_it_ends_the_process(served):
    server = served()
    received = asyncio.run(_tab(server.port, stay=4.0))
    assert b"ctguide" in received or len(received) > 1000
    assert _wait_until(lambda: not server.apps(), 15), "the app process outlived its tab"


def test_a_tab_that_closes_at_once_leaves_no_process_behind(served):
    server = served()
    for _ in range(3):
        asyncio.run(_tab(server.port, stay=0.05))
    assert _wait_until(lambda: not server.apps(), 20), "an app process was left running"


def test_the_index_page_and_a_foreign_origin(served):
    server = served()
    status, page = asyncio.run(_get(f"http://127.0.0.1:{server.port}/"))
    assert status == 200 and "ctguide" in page and "/ws/" in page
    ws = f"http://127.0.0.1:{server.port}/ws"
    assert asyncio.run(_status(ws, Origin="http://evil.example")) == 403
    assert asyncio.run(_status(ws, Origin=f"http://localhost:{server.port + 1}")) == 403
    assert (
        asyncio.run(_status(f"http://127.0.0.1:{server.port}/ws", Host="evil.example")) == 403
    )  # DNS rebinding
    assert asyncio.run(_status(ws, Origin=f"http://127.0.0.1:{server.port}")) == 101
    assert _wait_until(lambda: not server.apps(), 20)


def test_beyond_localhost_the_printed_token_is_required(served):
    server = served("--host", "0.0.0.0")
    token = re.search(r"token=([a-z0-9]+)", server.banner).group(1)
    base = f"http://127.0.0.1:{server.port}"
    assert asyncio.run(_get(f"{base}/"))[0] == 403
    assert asyncio.run(_get(f"{base}/?token=wrong-token"))[0] == 403
    status, page = asyncio.run(_get(f"{base}/?token={token}"))
    assert status == 200 and "/ws/" in page
    assert asyncio.run(_status(f"{base}/ws")) == 403
    assert asyncio.run(_status(f"{base}/ws?token={token}")) == 101
    assert _wait_until(lambda: not server.apps(), 20)


def test_a_full_room_says_so(served):
    server = served("--max-tabs", "1")

    async def two_tabs() -> tuple[int, int]:
        first = asyncio.create_task(_tab(server.port, stay=6.0))
        await asyncio.sleep(2.0)
        status, page = await _get(f"http://127.0.0.1:{server.port}/")
        second = await _status(f"http://127.0.0.1:{server.port}/ws")
        await first
        return status, second, page

    status, second, page = asyncio.run(two_tabs())
    assert status == 503 and "full" in page and second == 503


def test_tabs_killed_mid_start_and_mid_conversation_then_sigterm_leaves_nothing(served):
    server = served()

    async def room() -> None:
        starting = [asyncio.create_task(_tab(server.port, stay=0.3)) for _ in range(3)]
        talking = [
            asyncio.create_task(_tab(server.port, stay=30, replies=("Safe Return Moldova",)))
            for _ in range(2)
        ]
        await asyncio.gather(*starting)
        await asyncio.sleep(6)
        assert len(server.apps()) >= 2
        for task in talking:
            task.cancel()  # the connection vanishes without a goodbye
        await asyncio.gather(*talking, return_exceptions=True)
        await asyncio.create_task(_tab(server.port, stay=3))  # one more, open while the server stops

    async def stop_while_open() -> float:
        tab = asyncio.create_task(_tab(server.port, stay=30))
        await asyncio.sleep(4)
        seconds = await asyncio.to_thread(server.stop)
        tab.cancel()
        await asyncio.gather(tab, return_exceptions=True)
        return seconds

    asyncio.run(room())
    assert asyncio.run(stop_while_open()) < 8, "ctguide serve took too long to stop on SIGTERM"
    assert _wait_until(lambda: not server.apps(), 10), "an app process outlived the server"


def test_ctrl_c_stops_the_server_and_its_tabs(served):
    server = served()

    async def open_then_interrupt() -> float:
        tab = asyncio.create_task(_tab(server.port, stay=30))
        await asyncio.sleep(4)
        seconds = await asyncio.to_thread(server.stop, signal.SIGINT)
        tab.cancel()
        await asyncio.gather(tab, return_exceptions=True)
        return seconds

    assert asyncio.run(open_then_interrupt()) < 8
    assert _wait_until(lambda: not server.apps(), 10)


def test_an_app_whose_server_was_killed_ends_by_itself(served):
    server = served()

    async def open_then_kill() -> None:
        tab = asyncio.create_task(_tab(server.port, stay=30))
        await asyncio.sleep(4)
        assert server.apps()
        server.process.kill()  # no goodbye for anyone: the apps must notice on their own
        await asyncio.gather(tab, return_exceptions=True)

    asyncio.run(open_then_kill())
    assert _wait_until(lambda: not server.apps(), 10), "an orphaned app kept running"


def test_a_reload_brings_the_tab_conversation_back(served):
    server = served()
    tab = "0123456789abcdef0123456789abcdef"
    asyncio.run(_tab(server.port, stay=8, replies=("Safe Return Moldova",), tab=tab))
    received = asyncio.run(_tab(server.port, stay=6, tab=tab))
    assert b"Welcome back" in received


def test_an_app_ends_on_sigterm_even_mid_conversation(served):
    server = served()

    async def open_then_terminate() -> None:
        tab = asyncio.create_task(_tab(server.port, stay=20, replies=("Safe Return Moldova",)))
        await asyncio.sleep(5)
        (pid,) = server.apps()
        os.kill(pid, signal.SIGTERM)
        assert await asyncio.to_thread(_wait_until, lambda: pid not in server.apps(), 8), (
            "SIGTERM did not end it"
        )
        await asyncio.gather(tab, return_exceptions=True)

    asyncio.run(open_then_terminate())
