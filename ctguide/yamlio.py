"""The one YAML loader and dumper of ctguide.

Loading is always safe (no Python object tags) and uses libyaml's C parser when it is present.
Two YAML 1.1 surprises are switched off because they silently corrupt plans and knowledge:
unquoted dates stay strings (JSON Schema checks them with `format: date`), and only
true/false are booleans ("no", "off" and Norway's "NO" stay strings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ctguide import lazyre
from ctguide.gcpause import collection_paused

lazyre.preload("yaml")  # the patterns yaml compiles when imported, compiled in advance

import yaml  # noqa: E402

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BaseDumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


def _strict_resolvers(resolvers: dict[str, list[tuple[str, re.Pattern[str]]]]) -> dict:
    kept = {
        first: [(tag, rx) for tag, rx in entries if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        for first, entries in resolvers.items()
    }
    bool_rx = lazyre.compile_now(r"^(?:true|True|TRUE|false|False|FALSE)$")
    for first in "tTfF":
        kept.setdefault(first, []).append((_BOOL_TAG, bool_rx))
    return kept


class Loader(_BaseLoader):  # type: ignore[misc,valid-type]
    """Safe loader: C parser when available, dates as strings, YAML 1.2 booleans."""


Loader.yaml_implicit_resolvers = _strict_resolvers(_BaseLoader.yaml_implicit_resolvers)


class Dumper(_BaseDumper):  # type: ignore[misc,valid-type]
    """Safe dumper that keeps mapping order and writes readable block-style YAML."""


def _str_representer(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


Dumper.add_representer(str, _str_representer)


class YamlProblem(Exception):
    """A file that is not readable YAML: where and why."""

    def __init__(self, source: str, line: int | None, message: str) -> None:
        super().__init__(source, line, message)
        self.source, self.line, self.message = source, line, message

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.message}"


def load_yaml(text: str, *, source: str = "<text>") -> Any:
    """Parse one YAML document; raise YamlProblem (never a yaml exception) when it is not YAML."""
    try:
        with collection_paused():
            node = yaml.compose(text, Loader=Loader)
            return None if node is None else _construct(node, yaml.constructor.SafeConstructor())
    except yaml.constructor.ConstructorError as error:
        line = _mark_line(error.problem_mark)
        return _raise(source, line, f"not allowed in a ctguide file: {error.problem}")
    except yaml.MarkedYAMLError as error:
        line = _mark_line(error.problem_mark or error.context_mark)
        problem = error.problem or error.context or "malformed YAML"
        if _has_tab(text, line):
            problem += " (YAML indents with spaces, not tabs)"
        return _raise(source, line, f"not valid YAML: {problem}")
    except yaml.YAMLError as error:
        return _raise(source, None, f"not valid YAML: {error}")
    except RecursionError:
        return _raise(source, None, "nested too deeply to be a ctguide file")


_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"


def _construct(
    node: yaml.Node,
    safe: yaml.constructor.SafeConstructor,
    built: dict[int, Any] | None = None,
    building: set[int] | None = None,
) -> Any:
    """Plain data from a composed node tree.

    The common cases (text, lists, mappings) are built directly, several times faster than
    PyYAML's constructor; every other tag goes through `safe`, the safe constructor, which also refuses
    Python object tags. A node reached through several aliases is built once and shared (no
    "billion laughs" blow-up), and an alias inside itself is refused. `safe` is one per document: it keeps
    every node it built, and a constructor shared by all documents kept them all (every number and
    date of every file a process ever read), so each garbage collection took longer as files were read.
    """
    built = {} if built is None else built
    building = set() if building is None else building
    key = id(node)
    if key in built:
        return built[key]
    if key in building:
        raise yaml.constructor.ConstructorError(
            None, None, "an alias refers to itself (a recursive structure)", node.start_mark
        )
    kind, tag = type(node), node.tag
    if kind is yaml.ScalarNode:
        value = node.value if tag == _STR else _scalar(node, safe)
    elif kind is yaml.SequenceNode and tag == _SEQ:
        building.add(key)
        value = [_construct(item, safe, built, building) for item in node.value]
        building.discard(key)
    elif (
        kind is yaml.MappingNode
        and tag == _MAP
        and not any(k.tag == "tag:yaml.org,2002:merge" for k, _ in node.value)
    ):
        building.add(key)
        value = {}
        for k, v in node.value:
            name = _hashable(_construct(k, safe, built, building), k)
            if name in value:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {name!r} appears twice in one mapping; keep one", k.start_mark
                )
            value[name] = _construct(v, safe, built, building)
        building.discard(key)
    else:
        value = safe.construct_object(node, deep=True)
    built[key] = value
    return value


def _scalar(node: yaml.ScalarNode, safe: yaml.constructor.SafeConstructor) -> Any:
    try:
        return safe.construct_object(node, deep=True)
    except (ValueError, OverflowError):
        digits = sum(ch.isdigit() for ch in node.value)
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"a number with {digits:,} digits; numbers are at most {MAX_DIGITS} digits",
            node.start_mark,
        ) from None


MAX_DIGITS = 15
"""Numbers in ctguide files are counts, percentages, amounts and scores: 15 digits is ample."""


def _hashable(key: Any, node: yaml.Node) -> Any:
    if isinstance(key, (list, dict)):
        raise yaml.constructor.ConstructorError(
            None, None, "a mapping key must be a plain value, not a list or mapping", node.start_mark
        )
    return key


def _raise(source: str, line: int | None, message: str) -> Any:
    raise YamlProblem(source, line, message)


def _has_tab(text: str, line: int | None) -> bool:
    lines = text.splitlines()
    return line is not None and 0 < line <= len(lines) and "\t" in lines[line - 1]


def _mark_line(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None


def dump_yaml(data: Any) -> str:
    with collection_paused():  # its node tree lives until the text is written: nothing to collect in it
        return yaml.dump(data, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)


class LineFinder:
    """Maps a JSON path (tuple of keys and indexes) to the line of its node in the YAML text.

    The node tree is composed only when a problem needs a line, so valid files pay nothing.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: yaml.Node | None = None
        self._composed = False

    def line(self, path: Iterable[str | int]) -> int | None:
        node = self._tree()
        if node is None:
            return None
        line = node.start_mark.line + 1
        for step in path:
            child = _child(node, step)
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line

    def _tree(self) -> yaml.Node | None:
        if not self._composed:
            self._composed = True
            try:
                self._root = yaml.compose(self._text, Loader=Loader)
            except yaml.YAMLError:
                self._root = None
        return self._root


def _child(node: yaml.Node, step: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(step):
                return value
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and 0 <= step < len(node.value):
        return node.value[step]
    return None
