import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ctguide.atomic import TEMP_MARK, WriteRefused, clean_stale, write_atomic, write_new


def test_write_atomic_replaces_and_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "session.json"
    write_atomic(target, "one")
    write_atomic(target, "two")
    assert target.read_text() == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.json"]


def test_write_new_refuses_to_overwrite_without_force(tmp_path):
    target = tmp_path / "plan.yaml"
    target.write_text("mine")
    with pytest.raises(WriteRefused, match="already exists; use --force"):
        write_new(target, "theirs")
    assert target.read_text() == "mine"


def test_write_new_with_force_keeps_the_old_file_as_bak(tmp_path):
    target = tmp_path / "plan.yaml"
    target.write_text("mine")
    backup = write_new(target, "theirs", force=True)
    assert backup == tmp_path / "plan.yaml.bak"
    assert backup.read_text() == "mine"
    assert target.read_text() == "theirs"


def test_write_new_into_a_missing_folder_is_refused_clearly(tmp_path):
    with pytest.raises(WriteRefused, match="does not exist"):
        write_new(tmp_path / "nope" / "plan.yaml", "x")


def test_unwritable_folder_is_refused_and_nothing_is_left(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("ctguide.atomic._new_file", refuse)
    with pytest.raises(WriteRefused, match="cannot write in .*Permission denied"):
        write_new(tmp_path / "plan.yaml", "x")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_replace_keeps_the_old_content(tmp_path, monkeypatch):
    target = tmp_path / "plan.yaml"
    target.write_text("old")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(WriteRefused, match="No space left"):
        write_atomic(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_new_files_follow_the_umask_and_replaced_files_keep_their_mode(tmp_path):
    previous = os.umask(0o022)
    try:
        target = tmp_path / "plan.yaml"
        write_new(target, "one")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
        write_new(target, "two", force=True)
        assert target.stat().st_mode & 0o777 == 0o640
        assert (tmp_path / "plan.yaml.bak").stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(previous)


def test_every_force_keeps_a_numbered_backup_and_none_is_overwritten(tmp_path):
    target = tmp_path / "plan.yaml"
    target.write_text("v0")
    backups = [write_new(target, f"v{n}", force=True) for n in range(1, 4)]
    assert [b.name for b in backups] == ["plan.yaml.bak", "plan.yaml.bak.1", "plan.yaml.bak.2"]
    assert [b.read_text() for b in backups] == ["v0", "v1", "v2"]
    assert target.read_text() == "v3"


def test_creating_without_force_never_replaces_a_file_that_appears_meanwhile(tmp_path, monkeypatch):
    target = tmp_path / "plan.yaml"
    target.write_text("theirs")
    monkeypatch.setattr(type(target), "exists", lambda self: False)  # the check happened before it appeared
    with pytest.raises(WriteRefused, match="already exists"):
        write_new(target, "mine")
    assert target.read_text() == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml"]


def test_without_hard_links_creation_is_still_exclusive(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    target = tmp_path / "plan.yaml"
    write_new(target, "one")
    assert target.read_text() == "one"
    assert write_new(target, "two", force=True).read_text() == "one"
    assert write_new(target, "three", force=True).name == "plan.yaml.bak.1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.yaml", "plan.yaml.bak", "plan.yaml.bak.1"]


@pytest.mark.parametrize("special", ["/dev/full", "/dev/null"])
def test_devices_are_never_read_for_a_backup_nor_written(special):
    with pytest.raises(WriteRefused, match="is a device, not a regular file"):
        write_new(Path(special), "x", force=True)


def test_stale_temp_files_of_killed_runs_are_cleaned_and_nothing_else(tmp_path):
    dead = tmp_path / f".plan.yaml{TEMP_MARK}999999999-abc.tmp"
    alive = tmp_path / f".plan.yaml{TEMP_MARK}{os.getppid()}-abc.tmp"
    unrelated = [tmp_path / ".plan.yaml.abc.tmp", tmp_path / "notes.tmp"]
    for path in [dead, alive, *unrelated]:
        path.write_text("partial")
    assert clean_stale(tmp_path) == [dead]
    write_atomic(tmp_path / "other.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [alive.name, *(p.name for p in unrelated), "other.json"]
    )


def test_temporary_files_are_new_private_and_named_for_their_process(tmp_path):
    from ctguide.atomic import _new_file

    made = [_new_file(tmp_path, ".plan.yaml.ctguide-42-") for _ in range(3)]
    for fd, name in made:
        os.close(fd)
        assert Path(name).parent == tmp_path and Path(name).name.startswith(".plan.yaml.ctguide-42-")
        assert name.endswith(".tmp") and stat.S_IMODE(os.stat(name).st_mode) == 0o600
    assert len({name for _, name in made}) == 3


def test_writing_imports_no_tempfile(tmp_path):
    code = (
        "import sys, pathlib, ctguide.atomic as a\n"
        f"a.write_atomic(pathlib.Path({str(tmp_path)!r}) / 'cache.bin', b'y', durable=False)\n"
        "print('tempfile' in sys.modules, 'shutil' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    assert (tmp_path / "cache.bin").read_bytes() == b"y"
