"""Knowledge compiled once: the checked KnowledgeBase (and its matching index) kept in the user cache.

Parsing and checking ~45 YAML files costs a few hundred milliseconds on every start; unpickling
the result costs a few. One entry per set of folders (built-in, or built-in plus a --kb overlay)
holds the pickled knowledge base; from the second run of a command that needs them, a second entry
holds the knowledge base together with what that command derives from it (the matching index, the
fit reference; see DERIVED), each whatever its engine builds (storing them on the very first run
would make that run slower than loading from source always was). One entry per set of derived
structures, so that a review never unpickles the matching index, nor a suggestion the fit reference. An entry is keyed by a SHA-256 of every knowledge
file's *content* (not its mtime), of ctguide's version and code (sizes and mtimes of the package's
modules and schemas) and of the Python version. An entry that is stale, truncated, corrupt (a
SHA-256 of the payload is checked before unpickling) or unreadable is rebuilt from source; a cache
folder that cannot be written only means loading from source. Two processes starting at once both
work: each writes a whole file beside the entry and renames it into place (ctguide.atomic; no
fsync, since a damaged entry is simply rebuilt). Loading "from source" takes each file that has
not changed since the package was made from the entries compiled into it (ctguide.kbseed, plain
JSON), so the first run after an install or a knowledge change parses only what changed.

Why pickle, and why it is safe here: the KnowledgeBase is a tree of frozen dataclasses and the
derived structures are whatever their engines build; pickle restores them as they were, many times faster than
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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

import ctguide
from ctguide.atomic import WriteRefused, write_atomic
from ctguide.gcpause import collection_paused
from ctguide.knowledge import KnowledgeBase, knowledge_files, load_knowledge
from ctguide.paths import builtin_knowledge_dir, cache_dir

FORMAT = b"ctguide-kb-cache 3\n"
# format, key, SHA-256 of the payload, lengths of its parts: names of the derived structures, knowledge base
_HEADER = struct.Struct(f"{len(FORMAT)}s32s32sQQ")
CODE_FILES = ("**/*.py", "schemas/*.json")  # any module may shape what is pickled

# What engines derive from a knowledge base, by name: (module, get-or-build function, adopt function).
DERIVED = {
    "matching": ("ctguide.matching", "index_for", "adopt_index"),
    "fit": ("ctguide.fit", "reference", "adopt_reference"),
}


@dataclass(frozen=True)
class _Stored:
    names: frozenset[str]
    kb: bytes
    derived: bytes  # pickle of (kb, {name: structure}), or empty


def load_compiled(folder: Path | None = None, *, derived: Iterable[str] = ()) -> KnowledgeBase:
    """The knowledge base of `folder` layered over the built-in one, as `load_knowledge` returns it.

    `derived` names what the command will derive from it (see DERIVED: "matching" for the matching
    index, "fit" for the indicator-result fit reference); those come from the cache too, so the
    first suggestion or review pays nothing for them. Raises KnowledgeError like `load_knowledge`.
    """
    wanted = frozenset(derived)
    folders = [builtin_knowledge_dir(), *([Path(folder)] if folder is not None else [])]
    if not hasattr(os, "geteuid") or not all(f.is_dir() for f in folders):
        return _fresh(folder, wanted)
    try:
        key = fingerprint(folders)
    except OSError:  # a file that cannot be read: loading from source says which and why
        return _fresh(folder, wanted)
    name = f"knowledge-{_identity(folders)}"
    with collection_paused():
        kb = _load(entry_path(name, wanted), key, wanted) if wanted else None
        if kb is not None:
            return kb
        kb = _load(entry_path(name, frozenset()), key, wanted)
        if kb is None:  # the first run stores the knowledge base only, so it costs no more than before
            kb = _fresh(folder, wanted)
            _write(entry_path(name, frozenset()), key, kb, frozenset())
        elif wanted:  # a later run stores it again with what this command derives from it
            _derive(kb, wanted, compiled=True)
            _write(entry_path(name, wanted), key, kb, wanted)
        return kb


def entry_path(name: str, derived: frozenset[str]) -> Path:
    """The entry of the knowledge base alone, or of it with the structures a command derives (each
    command then unpickles only what it uses: a review does not pay for the matching index)."""
    return cache_dir() / (name + "".join(f"+{n}" for n in sorted(derived)) + ".pickle")


def _load(entry: Path, key: bytes, wanted: frozenset[str]) -> KnowledgeBase | None:
    stored = _read(entry, key)
    if stored is None or (stored.derived and not wanted <= stored.names):
        return None
    return _restore(stored, wanted)


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
        for path in knowledge_files(folder):
            content = path.read_bytes()
            digest.update(f"{path.relative_to(folder)}|{len(content)}\n".encode())
            digest.update(content)
    return digest.digest()


def _identity(folders: list[Path]) -> str:
    """One entry per set of folders (and per Python), replaced whenever its fingerprint changes."""
    text = "|".join([sys.implementation.cache_tag, *(str(f.resolve()) for f in folders)])
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def _fresh(folder: Path | None, wanted: frozenset[str]) -> KnowledgeBase:
    from ctguide.kbseed import known

    kb = load_knowledge(folder, known=known())
    _derive(kb, wanted, compiled=True)
    return kb


def _hook(name: str, which: int) -> Callable[..., Any]:
    module, *functions = DERIVED[name]
    return getattr(import_module(module), functions[which])


def _derive(kb: KnowledgeBase, names: Iterable[str], *, compiled: bool = False) -> dict[str, Any]:
    """Each named structure of `kb`, built by its engine unless it has one already; with `compiled`, the fit
    reference is first taken from what the package compiled when that was read from the same texts."""
    names = sorted(names)
    if compiled and "fit" in names:
        from ctguide.fit import FitReference, adopt_reference
        from ctguide.kbseed import compiled_fit

        if (read := compiled_fit(kb)) is not None:
            adopt_reference(kb, FitReference(kb, *read))
    return {name: _hook(name, 0)(kb) for name in names}


# --- reading ---------------------------------------------------------------------------------


def _read(entry: Path, key: bytes) -> _Stored | None:
    """The parts of a trusted, intact entry written for `key`."""
    data = _read_trusted(entry)
    if data is None or len(data) < _HEADER.size:
        return None
    magic, stored_key, checksum, names_length, kb_length = _HEADER.unpack_from(data)
    payload = memoryview(data)[_HEADER.size :]
    if magic != FORMAT or stored_key != key or hashlib.sha256(payload).digest() != checksum:
        return None
    if names_length + kb_length > len(payload):
        return None
    names = bytes(payload[:names_length]).decode("ascii", "replace").split(",")
    kb_end = names_length + kb_length
    return _Stored(
        frozenset(filter(None, names)), bytes(payload[names_length:kb_end]), bytes(payload[kb_end:])
    )


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


def _restore(stored: _Stored, wanted: frozenset[str]) -> KnowledgeBase | None:
    """The stored knowledge base, its derived structures adopted when the command wants any; None when
    it does not unpickle (an intact entry written by code that has moved on)."""
    try:
        if wanted and stored.derived:
            kb, structures = pickle.loads(stored.derived)
        else:
            kb, structures = pickle.loads(stored.kb), {}
    except Exception:
        return None
    if not isinstance(kb, KnowledgeBase) or not isinstance(structures, dict):
        return None
    for name, structure in structures.items():
        if name in DERIVED:
            _hook(name, 1)(kb, structure)
    return kb


# --- writing ---------------------------------------------------------------------------------


def _write(entry: Path, key: bytes, kb: KnowledgeBase, names: frozenset[str]) -> None:
    """Store `kb` (and what is derived from it, by name) under `key`; a folder that cannot be written
    is left alone."""
    kb.fingerprint  # noqa: B018 - computed now, so that it is stored with the rest
    kb_blob = b"" if names else pickle.dumps(kb, protocol=pickle.HIGHEST_PROTOCOL)
    derived = pickle.dumps((kb, _derive(kb, names)), protocol=pickle.HIGHEST_PROTOCOL) if names else b""
    try:
        entry.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(entry.parent), regular=False):
            return
        write_atomic(entry, pack(key, names, kb_blob, derived), mode=0o600, durable=False)
    except (OSError, WriteRefused):
        return


def pack(key: bytes, names: Iterable[str], kb_blob: bytes, derived: bytes) -> bytes:
    """An entry: the header, then the names of the derived structures, the knowledge base, the rest."""
    listed = ",".join(sorted(names)).encode("ascii")
    payload = listed + kb_blob + derived
    return _HEADER.pack(FORMAT, key, hashlib.sha256(payload).digest(), len(listed), len(kb_blob)) + payload
