"""The one way ctguide reads a file the user names: bytes, or a message that says what is wrong.

Only regular files are read, and only up to a size cap: a FIFO would block forever, a device such
as /dev/zero never ends, and a huge file would exhaust memory long before it was understood.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

MAX_INPUT_BYTES = 50 * 1024 * 1024
"""Far above any real plan (a 10,000-indicator plan is ~15 MB), far below what hurts a laptop."""


class InputUnreadable(Exception):
    """The named file cannot be read at all."""


def read_input(path: Path, kind: str = "file", *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of `path`; InputUnreadable with a plain message when it is missing, not a regular
    file, larger than `limit` or unreadable."""
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{path}: is a folder, not {_a(kind)}") from None
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror})") from None
    try:
        return _read_regular(fd, path, kind, limit)
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror})") from None
    finally:
        os.close(fd)


def _read_regular(fd: int, path: Path, kind: str, limit: int) -> bytes:
    mode = os.fstat(fd).st_mode
    if stat.S_ISDIR(mode):
        raise InputUnreadable(f"{path}: is a folder, not {_a(kind)}")
    if not stat.S_ISREG(mode):
        raise InputUnreadable(
            f"{path}: is {special_kind(mode)}, not a regular file; save the {kind} to disk and give its name"
        )
    chunks, size = [], 0
    while chunk := os.read(fd, 1 << 20):
        size += len(chunk)
        if size > limit:
            raise InputUnreadable(
                f"{path}: larger than {_size(limit)}; {_a(kind)} is expected to be far smaller"
            )
        chunks.append(chunk)
    return b"".join(chunks)


def special_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    kinds = ((stat.S_ISFIFO, "a pipe (FIFO)"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
             (stat.S_ISSOCK, "a socket"))  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "a special file")


def _size(limit: int) -> str:
    return f"{limit // (1024 * 1024)} MB" if limit >= 1024 * 1024 else f"{limit:,} bytes"


def _a(kind: str) -> str:
    """'a plan file', 'an answers file'."""
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"
