"""The one input reader: regular files only, under a size cap, with a message that says what is wrong."""

import os
import threading

import pytest

from ctguide.inputs import InputUnreadable, read_input


def test_a_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_bytes(b"x" * 3_000_000)
    assert read_input(path) == b"x" * 3_000_000


def test_a_file_over_the_cap_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputUnreadable, match="big.csv: larger than 4,096 bytes; a CSV file is expected"):
        read_input(path, "CSV file", limit=4096)
    assert read_input(path, "CSV file", limit=5000) == b"x" * 5000


@pytest.mark.parametrize(
    ("kind", "says"),
    [("answers file", "an answers file is expected"), ("plan file", "a plan file is expected")],
)
def test_the_message_names_the_kind_of_file_with_its_article(tmp_path, kind, says):
    path = tmp_path / "big"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(InputUnreadable, match=says):
        read_input(path, kind, limit=4096)
    with pytest.raises(InputUnreadable, match=f"is a folder, not {says.removesuffix(' is expected')}"):
        read_input(tmp_path, kind)


def test_a_fifo_with_a_writer_waiting_is_still_refused_at_once(tmp_path):
    fifo = tmp_path / "answers.yaml"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("answers: [a]"), daemon=True)
    writer.start()
    with pytest.raises(InputUnreadable, match="is a pipe \\(FIFO\\), not a regular file"):
        read_input(fifo, "answers file")
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # let a writer still waiting finish; never block:
    try:  # read_input's own open may already have let it write and leave
        writer.join(5)
    finally:
        os.close(reader)
    assert not writer.is_alive()


@pytest.mark.parametrize(
    ("special", "says"), [("/dev/zero", "is a device"), ("/dev/null", "is a device"), ("/", "is a folder")]
)
def test_devices_and_folders_are_refused(special, says):
    with pytest.raises(InputUnreadable, match=says):
        read_input(special)


def test_an_unreadable_file_says_so(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads anything")
    path = tmp_path / "secret.yaml"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(InputUnreadable, match="cannot read"):
        read_input(path)
