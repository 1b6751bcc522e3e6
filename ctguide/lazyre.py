"""Regular expressions compiled on first use.

The review vocabularies are long alternations whose compilation costs tens of milliseconds; compiling
them when a module is imported made every command and the app's first answer pay for rules they may
never run.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any


class LazyPattern:
    """Stands in for ``re.compile(pattern, flags)``; compiles the first time it is used."""

    __slots__ = ("__dict__", "_flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self._flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001 - mirrors re.compile
    return LazyPattern(pattern, flags)
