"""Knowledge compiled once: the checked KnowledgeBase (and its matching index) kept in the user cache.

Parsing and checking ~45 YAML files costs a few hundred milliseconds on every start; unpickling
the result costs a few. One entry per set of folders (built-in, or built-in plus a --kb overlay)
holds the pickled knowledge base and, from the second run of a command that matches text, the
knowledge base together with whatever `matching.build_index` made of it (storing the index on the
very first run would make that run slower than loading from source always was). An entry is keyed by a SHA-256 of every knowledge
file's *content* (not its mtime), of ctguide's version and code (sizes and mtimes of the package's
modules and schemas) and of the Python version. An entry that is stale, truncated, corrupt (a
SHA-256 of the payload is checked before unpickling) or unreadable is rebuilt from source; a cache
folder that cannot be written only means loading from source. Two processes starting at once both
work: each writes a whole file beside the entry and renames it into place (ctguide.atomic; no
fsync, since a damaged entry is simply rebuilt).

Why pickle, and why it is safe here: the KnowledgeBase is a tree of frozen dataclasses and the
index is whatever matching builds; pickle restores both as they were, many times faster than
parsing and checking again. Unpickling runs code named by the file, so a file is only unpickled
when nobody but the user could have written it: on POSIX the entry and its folder must be owned by
the current user and writable by nobody else (the folder is created 0700, entries 0600), checked
on the opened file itself, which is never reached through a symlink. An HMAC would protect a file
in a shared folder too, but its key file would need the same ownership checks to mean anything,
so ownership is the simpler guarantee. Where ownership cannot be checked (no os.geteuid, e.g.
Windows) the cache is not used and knowledge loads from source. `ctguide kb check` never uses it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import stat
import struct
import sys
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
    kb = _restore(kb_blob, index_blob if with_index else None)
    if kb is None:  # the first run stores the knowledge base only, so it costs no more than before
        kb = _fresh(folder, with_index)
        _write(entry, key, kb, with_index=False)
    elif with_index and not index_blob:  # the next run that matches text adds the index
        _fresh_index(kb)
        _write(entry, key, kb, with_index=True)
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
        _fresh_index(kb)
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


def _restore(kb_blob: bytes | None, index_blob: bytes | None) -> KnowledgeBase | None:
    """The stored knowledge base, its index adopted when there is one; None when it does not unpickle
    (an intact entry written by code that has moved on)."""
    if kb_blob is None:
        return None
    try:
        if not index_blob:
            kb = pickle.loads(kb_blob)
            return kb if isinstance(kb, KnowledgeBase) else None
        kb, index = pickle.loads(index_blob)
    except Exception:
        return None
    if not isinstance(kb, KnowledgeBase):
        return None
    _adopt_index(kb, index)
    return kb


def _adopt_index(kb: KnowledgeBase, index: Any) -> None:
    from ctguide.matching import adopt_index

    adopt_index(kb, index)


def _fresh_index(kb: KnowledgeBase) -> None:
    from ctguide.matching import index_for

    index_for(kb)


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
        write_atomic(entry, header + payload, mode=0o600, durable=False)
    except (OSError, WriteRefused):
        return


def _dump_index(kb: KnowledgeBase) -> bytes:
    """The knowledge base and its matching index in one pickle, so that the index's records are `kb`'s."""
    from ctguide.matching import index_for

    return pickle.dumps((kb, index_for(kb)), protocol=pickle.HIGHEST_PROTOCOL)
