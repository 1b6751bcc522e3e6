"""The one way ctguide reads a file the user names: bytes, or a message that says what is wrong."""

from __future__ import annotations

from pathlib import Path


class InputUnreadable(Exception):
    """The named file cannot be read at all."""


def read_input(path: Path, kind: str = "file") -> bytes:
    """The bytes of `path`; InputUnreadable with a plain message when it is missing, a folder or unreadable."""
    path = Path(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputUnreadable(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputUnreadable(f"{path}: is a folder, not a {kind}") from None
    except OSError as error:
        raise InputUnreadable(f"{path}: cannot read ({error.strerror})") from None
