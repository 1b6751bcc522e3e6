"""The one way ctguide writes files: atomically, and never over something the user wrote.

Every write goes to a temporary file in the target's folder, is flushed and fsynced, then renamed
over the target, so a crash leaves either the old file or the new one, never half of either.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path

from ctguide import lazyre


class WriteRefused(Exception):
    """The target exists and the caller did not allow replacing it, or it cannot be written."""


def write_atomic(path: Path, content: str | bytes, *, mode: int | None = None, durable: bool = True) -> Path:
    """Replace `path` with `content` atomically (used for files ctguide owns, such as sessions).

    The file keeps the permissions of the one it replaces, unless `mode` says otherwise. `durable=False`
    skips the fsyncs, for files that can be rebuilt (a cache that checks itself): still whole or absent."""
    path = Path(path)
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteRefused(f"{path}: the folder {folder} does not exist")
    tmp_name = _temp_file(path, folder, data, _mode_for(path) if mode is None else mode, durable)
    try:
        os.replace(tmp_name, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WriteRefused(f"{path}: cannot write ({error.strerror})") from error
    if durable:
        _fsync_folder(folder)
    return path


TEMP_MARK = ".ctguide-"


def _temp_file(path: Path, folder: Path, data: bytes, mode: int, durable: bool = True) -> str:
    """A (fsynced when `durable`) temporary file next to `path` whose name says which process wrote it."""
    clean_stale(folder)
    try:
        fd, tmp_name = _new_file(folder, f".{path.name}{TEMP_MARK}{os.getpid()}-")
    except OSError as error:
        raise WriteRefused(f"{path}: cannot write in {folder} ({error.strerror})") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fchmod(handle.fileno(), mode)
            if durable:
                os.fsync(handle.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WriteRefused(f"{path}: cannot write ({error.strerror})") from error
    return tmp_name


def _new_file(folder: Path, prefix: str) -> tuple[int, str]:
    """A new, private file named `prefix` + random + ".tmp", as tempfile.mkstemp makes it (whose import,
    with shutil's compression modules, costs a command more than the write)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}.tmp")
        try:
            return os.open(name, flags, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary file name", str(folder))


_STALE = lazyre.compile_now(r"^\..+" + re.escape(TEMP_MARK) + r"(\d+)-[^/]*\.tmp$")


def clean_stale(folder: Path) -> list[Path]:
    """Remove the temporary files that a killed ctguide process left in `folder`; returns them.

    Only files named by our own temp pattern whose writing process no longer runs are removed."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            match = _STALE.match(entry.name)
            if match and not _running(int(match[1])) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, OSError):
        return True
    return True


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

    Without `force` an existing file is refused, also one that appears while we write (the new
    file is linked into place, which fails rather than replaces). With `force` the old file is
    first kept as the first free name of NAME.bak, NAME.bak.1, NAME.bak.2, ... so that no backup
    is ever overwritten. Returns the backup path when one was made.
    """
    path = Path(path)
    _refuse_special(path)
    if not force:
        _create_only(path, content.encode("utf-8") if isinstance(content, str) else content)
        return None
    backup = _keep_backup(path) if path.exists() else None
    write_atomic(path, content)
    return backup


def _refuse_special(path: Path) -> None:
    from ctguide.inputs import special_kind

    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if stat.S_ISDIR(mode):
        raise WriteRefused(f"{path}: is a folder; give a file name")
    if not stat.S_ISREG(mode):
        raise WriteRefused(f"{path}: is {special_kind(mode)}, not a regular file; give a file name")


def _refused(path: Path) -> WriteRefused:
    return WriteRefused(f"{path}: already exists; use --force to replace it (the old file is kept as .bak)")


def _create_only(path: Path, data: bytes) -> None:
    """Create `path` with `data` atomically, refusing (never replacing) a file that exists."""
    if path.exists() or path.is_symlink():
        raise _refused(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise WriteRefused(f"{path}: the folder {folder} does not exist")
    tmp_name = _temp_file(path, folder, data, _mode_for(path))
    try:
        os.link(tmp_name, path)
    except FileExistsError:
        raise _refused(path) from None
    except OSError:  # a file system without hard links: exclusive creation instead
        _write_exclusive(path, data)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
    _fsync_folder(folder)


def _write_exclusive(path: Path, data: bytes) -> None:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileExistsError:
        raise _refused(path) from None
    except OSError as error:
        raise WriteRefused(f"{path}: cannot write ({error.strerror})") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise WriteRefused(f"{path}: cannot write ({error.strerror})") from error


def _keep_backup(path: Path) -> Path:
    """Keep the current `path` under the first free backup name, without reading or replacing anything."""
    for number in range(10_000):
        backup = path.with_name(f"{path.name}.bak" + (f".{number}" if number else ""))
        if backup.exists() or backup.is_symlink():
            continue
        try:
            os.link(path, backup, follow_symlinks=False)
            return backup
        except FileExistsError:
            continue
        except OSError:  # no hard links here: copy, still never over an existing name
            _write_exclusive(backup, path.read_bytes())
            os.chmod(backup, path.stat().st_mode & 0o777)
            return backup
    raise WriteRefused(f"{path}: too many backups next to it; remove old {path.name}.bak.* files first")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform lets a folder be opened for this."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
