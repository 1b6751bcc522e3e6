"""Regular expressions compiled on first use, from code compiled in advance where there is some.

The review vocabularies are long alternations whose compilation costs tens of milliseconds; compiling
them when a module is imported made every command and the app's first answer pay for rules they may
never run. Compiling them on first use still made every review pay for them: Python cannot keep a
compiled pattern between processes, but what its compiler makes of a pattern (a list of integers
that the regular-expression engine runs) can be kept. compiled/regex.json holds that code for every
pattern made with `compile` below, and for those `yaml` compiles when imported (see `preload`), made
by `python -m ctguide.kbseed` for one Python (its version, the engine's code format and Unicode
tables head the file): on that Python a pattern found there (by its text and flags) is handed to the
engine as compiled, and the engine checks the code before accepting it; any other pattern, a file
made for another Python or anything unexpected means compiling the pattern as usual.
"""

from __future__ import annotations

import binascii
import json
import re
import sys
from functools import cached_property
from pathlib import Path
from typing import Any

FORMAT = "ctguide-regex 1"
STORE = Path(__file__).resolve().parent / "compiled" / "regex.json"
IMPORTED = ("yaml",)  # modules whose import-time patterns the store holds too

_MADE: list[LazyPattern] = []  # every pattern made here, for `generate`
_NOW: list[tuple[str, int]] = []
_stored: dict[str, list[Any]] | None = None
_preloads: dict[str, list[str]] = {}


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``; compiles the first time it is used."""

    __slots__ = ("__dict__", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return stored(self.pattern, self._flags) or re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)


def compile_now(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a pattern every user of its module needs: taken from the store
    when it is there (no stand-in, so no cost on each use)."""
    _NOW.append((pattern, flags))
    return stored(pattern, flags) or re.compile(pattern, flags)


def made_for() -> str:
    """What the stored code depends on: the engine's code format and the Unicode tables case-folding uses."""
    import _sre
    from re import _constants
    from unicodedata import unidata_version

    impl, (major, minor) = sys.implementation.name, sys.version_info[:2]
    return (f"{impl} {major}.{minor} magic {_constants.MAGIC} codesize {_sre.CODESIZE} "
            f"maxrepeat {_sre.MAXREPEAT} maxgroups {_sre.MAXGROUPS} {sys.byteorder} unicode {unidata_version}")  # fmt: skip


def _key(pattern: str, flags: int) -> str:
    return f"{int(flags)}:{pattern}"


def _store() -> dict[str, list[Any]]:
    global _stored, _preloads
    if _stored is None:
        _stored = {}
        try:
            document = json.loads(STORE.read_bytes())
            if document["format"] == FORMAT and document["made_for"] == made_for():
                _stored, _preloads = dict(document["patterns"]), dict(document["imports"])
        except (OSError, ValueError, KeyError, TypeError, ImportError, AttributeError):
            pass
    return _stored


def stored(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern built from its stored code, or None (not stored, or the engine refuses the code)."""
    entry = _store().get(_key(pattern, flags))
    if entry is None:
        return None
    try:
        import _sre
        from array import array

        final_flags, groups, groupindex, code = entry
        words = array("I")
        words.frombytes(binascii.a2b_base64(code))
        if words.itemsize != _sre.CODESIZE:
            return None
        indexgroup: list[str | None] = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        return _sre.compile(pattern, final_flags, words.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - any doubt about the stored code means compiling as usual
        return None


def preload(module: str) -> None:
    """Before importing `module` (one of IMPORTED): the patterns it compiles at import, put where
    `re.compile` finds them, so that they are not compiled again."""
    cache = getattr(re, "_cache", None)
    if module in sys.modules or not isinstance(cache, dict):
        return
    _store()
    for key in _preloads.get(module, ()):
        flags, pattern = key.split(":", 1)
        if (compiled := stored(pattern, int(flags))) is not None:
            cache[type(pattern), pattern, int(flags)] = compiled


# --- making the store (python -m ctguide.kbseed) -------------------------------------------------


def code_of(pattern: str, flags: int) -> list[Any]:
    """A stored entry: what re.compile hands the engine for `pattern`."""
    from array import array
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, int(flags))
    code = array("I", _compiler._code(parsed, int(flags)))
    groups = parsed.state.groups - 1
    return [int(flags) | parsed.state.flags, groups, dict(parsed.state.groupdict), binascii.b2a_base64(code.tobytes(), newline=False).decode()]  # fmt: skip


def generate() -> str:
    """The text of compiled/regex.json for this Python: the patterns of every module (but the app's),
    and those each of IMPORTED compiles when imported; each collected in a fresh interpreter."""
    import subprocess

    def collect(code: str) -> list[list[Any]]:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        return json.loads(done.stdout.splitlines()[-1])

    made = collect("import json, ctguide.lazyre as r; r.import_all(); "
                   "print(json.dumps([[p.pattern, int(p._flags)] for p in r._MADE] + [[p, int(f)] for p, f in r._NOW]))")  # fmt: skip
    patterns = {_key(p, f): (p, f) for p, f in made}
    imports = {}
    for module in IMPORTED:
        found = collect(f"import re, json; re.purge(); import {module}; "
                        "print(json.dumps([[p, int(f)] for t, p, f in re._cache if t is str]))")  # fmt: skip
        imports[module] = sorted(_key(p, f) for p, f in found)
        patterns |= {_key(p, f): (p, f) for p, f in found}
    lines = [f"{json.dumps(key)}: {json.dumps(code_of(*patterns[key]))}" for key in sorted(patterns)]
    head = json.dumps({"format": FORMAT, "made_for": made_for(), "imports": imports})[:-1]
    return head + ', "patterns": {\n' + ",\n".join(lines) + "\n}}\n"


def import_all(*, app: bool = False) -> None:
    """Import every module of ctguide: the app's too with `app`."""
    import importlib
    import pkgutil

    import ctguide

    skip = ("ctguide.__main__",) if app else ("ctguide.tui", "ctguide.__main__")
    for module in pkgutil.walk_packages(ctguide.__path__, "ctguide."):
        if not module.name.startswith(skip):
            importlib.import_module(module.name)
