"""The one way ctguide writes files: atomically, and never over something the user wrote.

Every write goes to a temporary file in the target's folder, is flushed and fsynced, then renamed
over the target, so a crash leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class WriteRefused(Exception):
    """The target exists and the caller did not allow replacing it, or it cannot be written."""


def write_atomic(path: Path, content: str | bytes, *, mode: int | None = None) -> Path:
    """Replace `path` with `content` atomically (used for files ctguide owns, such as sessions).

    The file keeps the permissions of the one it replaces, unless `mode` says otherwise."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteRefused(f"{path}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise WriteRefused(f"{path}: cannot write in {folder} ({error.strerror})") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), _mode_for(path) if mode is None else mode)
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WriteRefused(f"{path}: cannot write ({error.strerror})") from error
    _fsync_folder(folder)
    return path


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a plain open() would give (0666 less the umask);
    mkstemp's private 0600 would make plans unreadable in shared workshop folders."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_new(path: Path, content: str | bytes, *, force: bool = False) -> Path | None:
    """Write a user-facing file (plan, export) without ever losing an existing one.

    Without `force` an existing file is refused. With `force` the old file is kept as NAME.bak
    first. Returns the backup path when one was made.
    """
    path = Path(path)
    backup: Path | None = None
    if path.is_dir():
        raise WriteRefused(f"{path}: is a folder; give a file name")
    if path.exists():
        if not force:
            raise WriteRefused(
                f"{path}: already exists; use --force to replace it (the old file is kept as .bak)"
            )
        backup = path.with_name(path.name + ".bak")
        write_atomic(backup, path.read_bytes())
        os.chmod(backup, path.stat().st_mode & 0o777)
    write_atomic(path, content)
    return backup


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform lets a folder be opened for this."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
