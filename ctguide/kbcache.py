"""Knowledge compiled once: the checked KnowledgeBase (and its matching index) kept in the user cache.

Parsing and checking ~45 YAML files costs a few hundred milliseconds on every start; unpickling
the result costs a few. An entry is keyed by a fingerprint of every knowledge file's *content*
(built-in plus any --kb overlay), of ctguide's version and code, and of the Python version, so a
change to any of them rebuilds it. An entry that is stale, truncated, corrupt (a SHA-256 of the
payload is checked before unpickling) or unreadable is rebuilt from source; a cache folder that
cannot be written only means loading from source, as before. Two processes starting at once both
work: each writes a whole file beside the entry and renames it into place (ctguide.atomic).

Why pickle, and why it is safe here: the KnowledgeBase is a tree of frozen dataclasses and the
index is whatever `matching.build_index` returns; pickle restores both as they were, at a tenth
of the cost of a JSON round trip through the records. Unpickling runs code named by the file, so
a file is only unpickled when nobody but the user could have written it: on POSIX the entry and
its folder must be owned by the current user and writable by nobody else (the folder is created
0700, entries 0600), checked on the open file itself. An HMAC would protect a file in a shared
folder too, but its key would need the same ownership checks to be worth anything, so ownership is
the simpler guarantee. Where ownership cannot be checked (no os.geteuid, e.g. Windows) the cache
is not used and knowledge loads from source. `ctguide kb check` never uses the cache.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import struct
import sys
from io import BytesIO
from pathlib import Path
from typing import Any

import ctguide
from ctguide.atomic import WriteRefused, write_atomic
from ctguide.knowledge import KnowledgeBase, load_knowledge
from ctguide.paths import builtin_knowledge_dir, cache_dir

FORMAT = b"ctguide-kb-cache 1\n"
_HEADER = struct.Struct(f"{len(FORMAT)}s32s32sQ")  # format, key, sha256 of the payload, kb part length
KNOWLEDGE_SUFFIXES = (".yaml", ".yml")
CODE_FILES = ("*.py", "schemas/*.json")


def load_compiled(folder: Path | None = None, *, with_index: bool = False) -> KnowledgeBase:
    """The knowledge base of `folder` layered over the built-in one, as `load_knowledge` returns it.

    With `with_index` the matching index comes along (read from the cache or built and cached),
    so the first suggestion pays nothing for it. Raises KnowledgeError like `load_knowledge`.
    """
    folders = [builtin_knowledge_dir(), *([Path(folder)] if folder is not None else [])]
    if not hasattr(os, "geteuid") or not all(f.is_dir() for f in folders):
        return _fresh(folder, with_index)
    key = fingerprint(folders)
    entry = cache_dir() / f"knowledge-{_identity(folders)}.pickle"
    kb_blob, index_blob = _read(entry, key)
    if kb_blob is None:
        kb = _fresh(folder, with_index)
        _write(entry, key, kb, with_index)
        return kb
    try:
        kb = pickle.loads(kb_blob)
    except Exception:  # an intact entry that no longer unpickles (code moved): rebuild it
        kb = _fresh(folder, with_index)
        _write(entry, key, kb, with_index)
        return kb
    if with_index:
        _adopt_index(kb, entry, key, index_blob)
    return kb


def fingerprint(folders: list[Path]) -> bytes:
    """SHA-256 of everything a compiled entry depends on: knowledge content, code, versions."""
    digest = hashlib.sha256(FORMAT)
    digest.update(f"{ctguide.__version__}|{sys.implementation.cache_tag}|{pickle.HIGHEST_PROTOCOL}".encode())
    package = Path(ctguide.__file__).parent
    for pattern in CODE_FILES:
        for path in sorted(package.glob(pattern)):
            info = path.stat()
            digest.update(f"{path.relative_to(package)}|{info.st_size}|{info.st_mtime_ns}\n".encode())
    for folder in folders:
        digest.update(f"\0folder {folder.resolve()}\n".encode())
        for path in _knowledge_files(folder):
            content = path.read_bytes()
            digest.update(f"{path.relative_to(folder)}|{len(content)}\n".encode())
            digest.update(content)
    return digest.digest()


def _knowledge_files(folder: Path) -> list[Path]:
    """Every file `load_knowledge` reads or complains about, in a stable order."""
    found = []
    for sub in (folder, folder / "areas", folder / "catalogues"):
        if sub.is_dir():
            found += sorted(p for p in sub.iterdir() if p.suffix in KNOWLEDGE_SUFFIXES and p.is_file())
    return found


def _identity(folders: list[Path]) -> str:
    """One entry per set of folders (and per Python), replaced whenever its fingerprint changes."""
    text = "|".join([sys.implementation.cache_tag, *(str(f.resolve()) for f in folders)])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _fresh(folder: Path | None, with_index: bool) -> KnowledgeBase:
    kb = load_knowledge(folder)
    if with_index:
        from ctguide.matching import index_for

        index_for(kb)
    return kb


# --- reading ---------------------------------------------------------------------------------


def _read(entry: Path, key: bytes) -> tuple[bytes | None, bytes | None]:
    """The pickled knowledge base and index (b"" when not stored yet) of a trusted, intact entry."""
    data = _read_trusted(entry)
    if data is None or len(data) < _HEADER.size:
        return None, None
    magic, stored_key, checksum, kb_length = _HEADER.unpack_from(data)
    payload = memoryview(data)[_HEADER.size :]
    if magic != FORMAT or stored_key != key or hashlib.sha256(payload).digest() != checksum:
        return None, None
    if kb_length > len(payload):
        return None, None
    return bytes(payload[:kb_length]), bytes(payload[kb_length:])


def _read_trusted(entry: Path) -> bytes | None:
    """The file's bytes, only if it and its folder are the user's own and nobody else can write them."""
    try:
        fd = os.open(entry, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        if not (_private(os.fstat(fd), regular=True) and _private(os.stat(entry.parent), regular=False)):
            return None
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read()
    except OSError:
        return None
    finally:
        os.close(fd)


def _private(info: os.stat_result, *, regular: bool) -> bool:
    kind_ok = stat.S_ISREG(info.st_mode) if regular else stat.S_ISDIR(info.st_mode)
    return kind_ok and info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _adopt_index(kb: KnowledgeBase, entry: Path, key: bytes, index_blob: bytes | None) -> None:
    from ctguide.matching import adopt_index, index_for

    if index_blob:
        try:
            adopt_index(kb, _Unpickler(BytesIO(index_blob), kb).load())
            return
        except Exception:  # an index that no longer unpickles is rebuilt
            pass
    index_for(kb)
    _write(entry, key, kb, True)


# --- writing ---------------------------------------------------------------------------------


def _write(entry: Path, key: bytes, kb: KnowledgeBase, with_index: bool) -> None:
    """Store `kb` (and its index) under `key`; a folder that cannot be written is left alone."""
    kb.fingerprint  # noqa: B018 - computed now, so that it is stored with the rest
    kb_blob = pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)
    index_blob = _dump_index(kb) if with_index else b""
    payload = kb_blob + index_blob
    header = _HEADER.pack(FORMAT, key, hashlib.sha256(payload).digest(), len(kb_blob))
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(entry.parent), regular=False):
            return
        write_atomic(entry, header + payload, mode=0o600)
    except (OSError, WriteRefused):
        return


def _dump_index(kb: KnowledgeBase) -> bytes:
    """The matching index, with every record of `kb` it holds stored as a reference into `kb`."""
    from ctguide.matching import index_for

    buffer = BytesIO()
    _Pickler(buffer, kb).dump(index_for(kb))
    return buffer.getvalue()


def _shared_records(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    return {"area": kb.area_by_id, "indicator": kb.indicator_by_id, "result": kb.result_by_id}


class _Pickler(pickle.Pickler):
    def __init__(self, file: BytesIO, kb: KnowledgeBase) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._refs = {
            id(r): (kind, i) for kind, records in _shared_records(kb).items() for i, r in records.items()
        }

    def persistent_id(self, obj: Any) -> tuple[str, str] | None:
        return self._refs.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: BytesIO, kb: KnowledgeBase) -> None:
        super().__init__(file)
        self._records = _shared_records(kb)

    def persistent_load(self, pid: Any) -> Any:
        kind, ident = pid
        return self._records[kind][ident]
