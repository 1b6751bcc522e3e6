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
    if value is None or value == ():
        return True
    return (
        field.default is not dataclasses.MISSING and value == field.default and not field.metadata.get("keep")
    )


def from_data(cls: type[R], data: Any) -> R:
    """Build a record of `cls` from data that already passed the matching schema."""
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for field in dataclasses.fields(cls):  # type: ignore[arg-type]
        if field.name not in data:
            continue
        value = data[field.name]
        if field.metadata.get("mapping"):
            kwargs[field.name] = tuple((str(k), str(v)) for k, v in value.items())
        else:
            kwargs[field.name] = _convert(hints[field.name], value)
    return cls(**kwargs)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        record_or_date = [arg for arg in options if arg is dt.date or dataclasses.is_dataclass(arg)]
        return _convert(record_or_date[0], value) if len(options) == 1 and record_or_date else value
    if origin is tuple:
        item_hint = typing.get_args(hint)[0]
        return tuple(_convert(item_hint, item) for item in value)
    if hint is dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    if dataclasses.is_dataclass(hint):
        return from_data(hint, value)
    return value
