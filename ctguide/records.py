"""Frozen records <-> plain data (the dicts that YAML and JSON hold), driven by type hints.

Records are frozen dataclasses whose fields are str, int, float, bool, date, nested records,
tuples of those, optional versions of those, or mappings stored as tuples of pairs (field metadata
`mapping=True`). Empty and default values are left out of the data, so documents stay short.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar

R = TypeVar("R")


def to_data(record: Any) -> Any:
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        out: dict[str, Any] = {}
        for field in dataclasses.fields(record):
            value = getattr(record, field.name)
            if _is_omitted(field, value):
                continue
            if field.metadata.get("mapping"):
                out[field.name] = {key: to_data(item) for key, item in value}
            else:
                out[field.name] = to_data(value)
        return out
    if isinstance(record, tuple):
        return [to_data(item) for item in record]
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


def _is_omitted(field: dataclasses.Field, value: Any) -> bool:
    if field.metadata.get("keep") and value is not None:
        return False
    if value is None or value == ():
        return True
    return field.default is not dataclasses.MISSING and value == field.default


def from_data(cls: type[R], data: Any) -> R:
    """Build a record of `cls` from data that already passed the matching schema."""
    return cls(**{name: convert(data[name]) for name, convert in _plan(cls) if name in data})


@cache
def _plan(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    """How to convert each field of `cls`, worked out once per class from its type hints."""
    hints = typing.get_type_hints(cls)
    return tuple(
        (field.name, _pairs if field.metadata.get("mapping") else _converter(hints[field.name]))
        for field in dataclasses.fields(cls)
    )


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in value.items())


def _identity(value: Any) -> Any:
    return value


def _converter(hint: Any) -> Callable[[Any], Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if len(options) == 1 and (options[0] is dt.date or dataclasses.is_dataclass(options[0])):
            inner = _converter(options[0])
            return lambda value: None if value is None else inner(value)
        return _identity
    if origin is tuple:
        item = _converter(typing.get_args(hint)[0])
        if item is _identity:
            return tuple
        return lambda value: tuple(item(v) for v in value)
    if hint is dt.date:
        return lambda value: value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return lambda value: from_data(hint, value)
    return _identity
