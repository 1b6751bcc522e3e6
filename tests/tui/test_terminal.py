"""One real-terminal smoke test: start `ctguide` in tmux, see the welcome, answer, quit cleanly."""

import os
import shutil
import subprocess
import sys
import time
import uuid

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def _screen(session: str) -> str:
    return subprocess.run(
        ["tmux", "capture-pane", "-t", session, "-p"], capture_output=True, text=True
    ).stdout


def _wait_for(session: str, text: str, timeout: float = 20) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(session)
        if text in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{screen}")


def test_ctguide_in_a_real_terminal(tmp_path):
    session = f"ctguide-{uuid.uuid4().hex[:8]}"
    command = (
        f"CTGUIDE_DATA_DIR={tmp_path} {sys.executable} -m ctguide --new; echo EXITED $? > {tmp_path}/exit"
    )
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "110", "-y", "32", command], check=True,
                   env={**os.environ, "TERM": "xterm-256color"})  # fmt: skip
    try:
        _wait_for(session, "What is the project called?")
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "Safe Return Moldova"], check=True)
        subprocess.run(["tmux", "send-keys", "-t", session, "Enter"], check=True)
        screen = _wait_for(session, "Which organisation runs it?")
        assert "Safe Return Moldova" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "C-q"], check=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and not (tmp_path / "exit").exists():
            time.sleep(0.2)
        assert (tmp_path / "exit").read_text().strip() == "EXITED 0"
        assert (tmp_path / "sessions" / "safe-return-moldova.json").exists()
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
