"""The pure parts of the workshop shell: screen commands, remembered preferences, the room's door, the lifeline."""

import os
import subprocess
import sys
import time

import pytest

from ctguide.cli import main
from ctguide.tui.commands import (
    CONTRAST,
    CONVERSATIONS,
    MORE,
    PANEL,
    WRITE,
    ShellCommand,
    format_named,
    shell_command,
)
from ctguide.tui.lifeline import stdin_hung_up
from ctguide.tui.prefs import MAX_TABS_REMEMBERED, Prefs, load_prefs, prefs_path, save_prefs

pytest.importorskip("textual_serve", reason="the serve extra is installed with the test extra")
from ctguide.tui.serve import Room, host_allowed, is_loopback, new_token, room_addresses, same_origin  # noqa: E402

FORMATS = {"yaml": "yaml", "json": "json", "csv": "csv", "md": "md", "xlsx": "xlsx", "iati": "xml"}


@pytest.mark.parametrize(("text", "expected"), [
    ("write", ShellCommand(WRITE)),
    ("  Write ", ShellCommand(WRITE)),
    ("export xlsx", ShellCommand(WRITE, "xlsx")),
    ("export as .md", ShellCommand(WRITE, "md")),
    ("download pdf", ShellCommand(WRITE, "pdf")),
    ("contrast", ShellCommand(CONTRAST)),
    ("High  contrast", ShellCommand(CONTRAST)),
    ("panel", ShellCommand(PANEL)),
    ("conversations", ShellCommand(CONVERSATIONS)),
    ("more", ShellCommand(MORE)),
    ("write the plan for the shelter", None),
    ("Safe Return Moldova", None),
    ("1 2", None),
    ("back", None),
])  # fmt: skip
def test_shell_commands(text, expected):
    assert shell_command(text) == expected


@pytest.mark.parametrize(("word", "name"), [("xlsx", "xlsx"), ("excel", "xlsx"), ("xml", "iati"), ("iati", "iati"),
                                            ("markdown", "md"), ("yml", "yaml"), ("pdf", None), ("docx", None)])  # fmt: skip
def test_format_names(word, name):
    assert format_named(word, FORMATS) == name


def test_prefs_round_trip_and_damage(data_dir):
    assert load_prefs() == Prefs()
    prefs = Prefs().with_theme("ctguide-high-contrast")
    for n in range(MAX_TABS_REMEMBERED + 5):
        prefs = prefs.with_tab(f"{n:032x}", f"plan-{n}")
    save_prefs(prefs)
    again = load_prefs()
    assert again.theme == "ctguide-high-contrast" and len(again.tabs) == MAX_TABS_REMEMBERED
    assert again.tabs[f"{MAX_TABS_REMEMBERED + 4:032x}"] == f"plan-{MAX_TABS_REMEMBERED + 4}"
    prefs_path().write_text('{"theme": 3, "tabs": {"../../etc": "x", "' + "a" * 32 + '": "ok"}}')
    assert load_prefs() == Prefs(None, {"a" * 32: "ok"})
    prefs_path().write_text("not json")
    assert load_prefs() == Prefs()


def test_stdin_hang_up_is_seen_without_reading():
    read, write = os.pipe()
    try:
        assert not stdin_hung_up(read)
        os.write(write, b"x")
        assert not stdin_hung_up(read)  # data waiting is not a hang-up, and it stays unread
        os.close(write)
        assert stdin_hung_up(read)
        assert os.read(read, 1) == b"x"
    finally:
        os.close(read)


def test_an_orphan_ends_itself():
    """A process under the lifeline whose stdin closes exits within seconds, even if its app never does."""
    code = ("import time; from ctguide.tui.lifeline import start_lifeline; "
            "start_lifeline(lambda: None); time.sleep(60)")  # fmt: skip
    process = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    time.sleep(1.0)
    assert process.poll() is None
    started = time.monotonic()
    process.stdin.close()
    process.wait(timeout=15)
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(("origin", "host", "ok"), [
    (None, "127.0.0.1:8000", True),
    ("http://127.0.0.1:8000", "127.0.0.1:8000", True),
    ("http://LOCALHOST:8000", "localhost:8000", True),
    ("https://room.example", "room.example", True),
    ("http://room.example:80", "room.example", True),
    ("http://evil.example", "127.0.0.1:8000", False),
    ("http://127.0.0.1:8001", "127.0.0.1:8000", False),
    ("http://localhost:8000", "127.0.0.1:8000", False),
    ("null", "127.0.0.1:8000", False),
    ("file://", "127.0.0.1:8000", False),
])  # fmt: skip
def test_same_origin(origin, host, ok):
    assert same_origin(origin, host) is ok


def test_host_guard_and_addresses():
    assert host_allowed("localhost:8000", True) and host_allowed("[::1]:8000", True)
    assert not host_allowed("evil.example:8000", True)
    assert host_allowed("192.168.1.20:8000", False)
    assert is_loopback("127.0.0.1") and not is_loopback("0.0.0.0")
    token = new_token()
    assert len(token) == 12 and token.isalnum() and not set(token) & set("lo01i")
    assert room_addresses(Room(port=8123)) == ["http://127.0.0.1:8123/"]
    first, *rest = room_addresses(Room(host="0.0.0.0", port=8123, token="abcdefgh"))
    assert first.endswith(":8123/?token=abcdefgh") and all(a.endswith("?token=abcdefgh") for a in rest)


@pytest.mark.parametrize("args", [["--token", "short"], ["--token", "has space!"], ["--max-tabs", "0"],
                                  ["--max-tabs", "many"], ["--port", "70000"]])  # fmt: skip
def test_serve_options_are_checked(args, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["serve", *args])
    assert stop.value.code == 2
    assert "expected" in capsys.readouterr().err
