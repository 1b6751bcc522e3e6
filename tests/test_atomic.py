import os

import pytest

from ctguide.atomic import WriteRefused, write_atomic, write_new


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

    monkeypatch.setattr("tempfile.mkstemp", refuse)
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
