"""The bad-input corpus (tests/data/bad/cases.yaml) through every command that reads each kind of file:
the expected exit code and a located message, never a traceback, a hang or a changed file."""

import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from ctguide.yamlio import load_yaml
from tests.conftest import DATA, EXAMPLE_PLAN

BAD = DATA / "bad"
CASES = load_yaml((BAD / "cases.yaml").read_text(encoding="utf-8"))


def _commands(kind, path, out):
    """(arguments, exit code when the content is invalid or None for the case's own) per reading command."""
    return {
        "plan": [(["validate", path], None), (["review", path], None),
                 (["export", path, "--format", "json", "-o", out / "plan.json"], None)],
        "csv": [(["import", path, "-o", out / "plan.yaml", "--start", "2027-01"], None)],
        "answers": [(["run", "--answers", path, "-o", out / "plan.yaml"], None)],
        "knowledge": [(["kb", "check", path], None), (["kb", "list", "--kb", path], 2),
                      (["suggest", "shelter", "--kb", path], 2)],
    }[kind]  # fmt: skip


@pytest.fixture(autouse=True)
def no_hang_and_own_data(tmp_path, monkeypatch):
    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(tmp_path / "data"))

    def hung(signum, frame):  # noqa: ANN001
        raise AssertionError("the command hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


FILE_CASES = [(kind, case) for kind in ("plan", "csv", "answers", "knowledge") for case in CASES[kind]]


@pytest.mark.parametrize(("kind", "case"), FILE_CASES, ids=[f"{k}-{c['file']}-{'-'.join(c.get('args', []))}".rstrip("-") for k, c in FILE_CASES])  # fmt: skip
def test_every_bad_file_gives_its_exit_code_and_message_in_every_command(cli, tmp_path, kind, case):
    path = BAD / kind / case["file"]
    before = _snapshot(path)
    for args, code in _commands(kind, path, tmp_path):
        result = cli(*args, *case.get("args", []))
        expected = case["code"] if code is None else code
        where = f"ctguide {' '.join(map(str, args))}"
        assert result.code == expected, f"{where}: exit {result.code}\n{result.out}{result.err}"
        assert case["says"] in result.out + result.err, f"{where}:\n{result.out}{result.err}"
        assert "Traceback" not in result.err
    assert _snapshot(path) == before
    if case["code"]:
        assert not any(p.suffix in (".json", ".yaml") for p in tmp_path.iterdir()), "nothing is written"


def _snapshot(path):
    paths = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return {p: p.read_bytes() for p in paths}


@pytest.mark.parametrize("case", CASES["sessions"], ids=[c["file"] for c in CASES["sessions"]])
def test_every_damaged_session_is_reported_never_resumed_and_left_untouched(cli, tmp_path, monkeypatch, case):
    folder = tmp_path / "data" / "sessions"
    folder.mkdir(parents=True)
    target = folder / "safe-return-moldova.json"  # the name `run` would give the shelter answers
    shutil.copyfile(BAD / "sessions" / case["file"], target)
    before = target.read_bytes()
    listing = cli("sessions")
    assert listing.code == 0 and case["says"] in listing.err
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    resumed = cli("--resume", "safe-return-moldova")
    assert resumed.code == case["code"] and case["says"] in resumed.err
    run = cli("run", "--answers", DATA / "answers" / "shelter.yaml", "-o", tmp_path / "plan.yaml")
    assert run.code == 0, run.err
    assert target.read_bytes() == before
    assert (folder / "safe-return-moldova-2.json").exists()


def test_a_session_file_outside_the_sessions_folder_is_never_resumed_nor_replaces_one(
    cli, tmp_path, monkeypatch
):
    folder = tmp_path / "data" / "sessions"
    assert cli("run", "--answers", DATA / "answers" / "shelter.yaml", "-o", tmp_path / "plan.yaml").code == 0
    (own,) = folder.glob("*.json")
    before = own.read_bytes()
    elsewhere = tmp_path / own.name
    elsewhere.write_bytes(before.replace(b"Safe Return Moldova", b"Someone else's project"))
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    for name in (str(elsewhere), "../" + own.name, "/etc/passwd"):
        result = cli("--resume", name)
        assert result.code == 2 and "sessions are resumed by name from" in result.err, result.err
    assert own.read_bytes() == before


def _special(tmp_path, which):
    if which == "fifo":
        path = tmp_path / "input.fifo"
        os.mkfifo(path)
        return path, "is a pipe (FIFO), not a regular file"
    if which == "device":
        return Path("/dev/zero"), "is a device, not a regular file"
    if which == "folder":
        (tmp_path / "folder.yaml").mkdir()
        return tmp_path / "folder.yaml", "is a folder"
    return tmp_path / "missing.yaml", "no such file"


@pytest.mark.parametrize("which", ["fifo", "device", "folder", "missing"])
@pytest.mark.parametrize("kind", ["plan", "csv", "answers"])
def test_special_files_are_refused_at_once_in_every_command(cli, tmp_path, kind, which):
    path, says = _special(tmp_path, which)
    for args, _ in _commands(kind, path, tmp_path):
        result = cli(*args)
        assert result.code == 2 and says in result.err, f"{args}: {result.code} {result.err}"


def test_a_fifo_in_a_knowledge_overlay_is_a_located_problem(cli, tmp_path):
    (tmp_path / "org" / "areas").mkdir(parents=True)
    os.mkfifo(tmp_path / "org" / "areas" / "pipe.yaml")
    result = cli("kb", "check", tmp_path / "org")
    assert result.code == 1 and "pipe.yaml: is a pipe (FIFO), not a regular file" in result.out


@pytest.mark.parametrize(
    "args",
    [["export", EXAMPLE_PLAN, "--format", "csv"], ["import", BAD / "csv" / "plain.csv"],
     ["starter", "--area", "shelter"], ["run", "--answers", DATA / "answers" / "shelter.yaml"]],
    ids=["export", "import", "starter", "run"],
)  # fmt: skip
def test_a_device_as_output_is_refused_and_never_read(cli, args):
    result = cli(*args, "-o", "/dev/full", "--force")
    assert result.code == 2 and "/dev/full: is a device, not a regular file" in result.err, result.err


# Bad arguments, table-driven: {plan}, {answers}, {csv} and {big_csv} are the user's own files in a folder of
# the test, {out} a file not yet written. Each row: the arguments, standard input (bytes) or None, the exit code
# and a fragment of the message. No row may change or add a file in the folder.
BAD_ARGUMENTS = [
    ("empty plan name", ["validate", ""], None, 2, "argument PLAN.yaml: expected a file or folder name, got an empty one"),
    ("empty output name", ["export", "{plan}", "--format", "json", "-o", ""], None, 2, "argument -o/--output: expected a file or folder name"),
    ("empty kb folder", ["kb", "list", "--kb", ""], None, 2, "argument --kb: expected a file or folder name"),
    ("empty kb check folder", ["kb", "check", ""], None, 2, "argument DIR: expected a file or folder name"),
    ("export over its plan", ["export", "{plan}", "--format", "yaml", "-o", "{plan}", "--force"], None, 2, "is the file this command reads"),
    ("import over its csv", ["import", "{csv}", "-o", "{csv}", "--force"], None, 2, "is the file this command reads"),
    ("run over its answers", ["run", "--answers", "{answers}", "-o", "{answers}", "--force"], None, 2, "is the file this command reads"),
    ("transcript over the answers", ["run", "--answers", "{answers}", "-o", "{out}", "--transcript", "{answers}", "--force"], None, 2, "is the file this command reads"),
    ("transcript over the plan", ["run", "--answers", "{answers}", "-o", "{out}", "--transcript", "{out}"], None, 2, "is given for two outputs"),
    ("negative pace", ["run", "--answers", "{answers}", "-o", "{out}", "--pace", "-1"], None, 2, "argument --pace: expected seconds from 0 to 60"),
    ("nan pace", ["run", "--answers", "{answers}", "-o", "{out}", "--pace", "nan"], None, 2, "argument --pace: expected seconds from 0 to 60"),
    ("endless pace", ["run", "--answers", "{answers}", "-o", "{out}", "--pace", "inf"], None, 2, "argument --pace: expected seconds from 0 to 60"),
    ("empty title", ["import", "{csv}", "-o", "{out}", "--title", ""], None, 2, "argument --title: expected some text, got an empty one"),
    ("blank country", ["starter", "--area", "shelter", "-o", "{out}", "--country", "  "], None, 2, "argument --country: expected some text"),
    ("empty region", ["starter", "--area", "shelter", "-o", "{out}", "--region", ""], None, 2, "argument --region: expected some text"),
    ("empty organisation", ["import", "{csv}", "-o", "{out}", "--organisation", ""], None, 2, "argument --organisation: expected some text"),
    ("non-UTF-8 title", ["starter", "--area", "shelter", "-o", "{out}", "--title", "\udce9l\udce8ves"], None, 2, "argument --title: expected UTF-8 text"),
    ("non-UTF-8 description", ["suggest", "\udce9l\udce8ves form\udce9s"], None, 2, "the description is not UTF-8 text"),
    ("non-UTF-8 starter description", ["starter", "\udce9l\udce8ves", "-o", "{out}"], None, 2, "the description is not UTF-8 text"),
    ("non-UTF-8 standard input", ["suggest", "--json", "-"], b"shelter\n\xe9l\xe8ves\n", 2, "standard input, line 2, is not UTF-8 text"),
    ("binary standard input", ["suggest", "--json", "-"], b"\xff\xfe\x00garbage\n", 2, "standard input, line 1, is not UTF-8 text"),
    ("too many rows", ["import", "{big_csv}", "-o", "{out}"], None, 2, "10,001 rows; an indicator list is expected to have at most 10,000"),
    ("no such host", ["serve", "--host", "256.1.1.1", "--port", "8123"], None, 2, "cannot listen on 256.1.1.1:8123 ("),
    ("endless answers file", ["run", "--answers", "/dev/zero", "-o", "{out}"], None, 2, "is a device, not a regular file"),
]  # fmt: skip


@pytest.mark.parametrize(("args", "stdin", "code", "says"), [row[1:] for row in BAD_ARGUMENTS], ids=[row[0] for row in BAD_ARGUMENTS])  # fmt: skip
def test_bad_arguments_get_their_exit_code_and_a_message_and_nothing_is_written(
    cli, tmp_path, monkeypatch, args, stdin, code, says
):
    import io

    folder = tmp_path / "mine"
    folder.mkdir()
    files = {"plan": folder / "plan.yaml", "answers": folder / "answers.yaml", "csv": folder / "list.csv",
             "big_csv": folder / "big.csv", "out": folder / "out.yaml"}  # fmt: skip
    shutil.copyfile(EXAMPLE_PLAN, files["plan"])
    shutil.copyfile(DATA / "answers" / "shelter.yaml", files["answers"])
    shutil.copyfile(BAD / "csv" / "plain.csv", files["csv"])
    files["big_csv"].write_text(
        "Indicator,Target\n" + "Number of people trained,10\n" * 10_001, encoding="utf-8"
    )
    before = _snapshot(folder)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    result = cli(*[a.format(**files) for a in args])
    assert result.code == code, f"exit {result.code}\n{result.out}{result.err}"
    assert says in result.err, result.err
    assert "Traceback" not in result.err
    assert _snapshot(folder) == before
    assert sorted(folder.iterdir()) == sorted(before)


GOOD_TWINS = [  # the same commands with what was expected: they work, and the user's files stay as they were
    (["export", "{plan}", "--format", "json", "-o", "{out}.json"], None, "wrote"),
    (["import", "{csv}", "-o", "{out}", "--title", "  Mon   projet ", "--country", "Moldova"], None, "wrote"),
    (["run", "--answers", "{answers}", "-o", "{out}", "--transcript", "{out}.md", "--pace", "0"], None, "wrote"),
    (["starter", "--area", "shelter", "-o", "{out}", "--title", "Élèves", "--region", "Jhapa"], None, "wrote"),
    (["suggest", "--json", "-"], "shelter for women\nélèves formés\n".encode(), '"query": "élèves formés"'),
]  # fmt: skip


@pytest.mark.parametrize(("args", "stdin", "says"), GOOD_TWINS, ids=[" ".join(t[0][:2]) for t in GOOD_TWINS])
def test_the_good_twins_of_bad_arguments_work_and_leave_the_users_files_alone(
    cli, tmp_path, monkeypatch, args, stdin, says
):
    import io

    monkeypatch.setenv("CTGUIDE_DATA_DIR", str(tmp_path / "data"))
    folder = tmp_path / "mine"
    folder.mkdir()
    files = {"plan": folder / "plan.yaml", "answers": folder / "answers.yaml", "csv": folder / "list.csv",
             "out": tmp_path / "out.yaml"}  # fmt: skip
    shutil.copyfile(EXAMPLE_PLAN, files["plan"])
    shutil.copyfile(DATA / "answers" / "shelter.yaml", files["answers"])
    shutil.copyfile(BAD / "csv" / "plain.csv", files["csv"])
    before = _snapshot(folder)
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    result = cli(*[a.format(**files) for a in args])
    assert result.code == 0, result.err
    assert says in result.out, result.out
    assert _snapshot(folder) == before


def test_serve_on_a_port_in_use_says_so_before_printing_any_address(cli):
    import socket

    pytest.importorskip("textual_serve")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("serve", "--port", port)
    assert result.code == 2 and f"cannot listen on 127.0.0.1:{port} (" in result.err, result.err
    assert "open http" not in result.err
