"""Argument types for the benchmark scripts: a bad value is a usage error (a clear message, exit 2), never a traceback.

argparse turns the ArgumentTypeError these raise into `error: argument --X: <message>` and exit status 2.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def at_least(smallest: int) -> Callable[[str], int]:
    def whole(text: str) -> int:
        value = int(text) if text.strip().isdigit() else None
        if value is None or value < smallest:
            raise argparse.ArgumentTypeError(f"expected a whole number of at least {smallest}, got {text!r}")
        return value

    whole.__name__ = f"whole number >= {smallest}"
    return whole


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, e.g. 0.5 or 12, got {text!r}") from None


def numbers(text: str) -> tuple[float, ...]:
    """Numbers separated by commas ('4,16,64')."""
    try:
        return tuple(float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected numbers separated by commas, e.g. 4,16,64, got {text!r}"
        ) from None


def setting(text: str) -> tuple[str, float]:
    """NAME=VALUE with a numeric VALUE ('LEARNED_WEIGHT=2.5')."""
    name, equals, value = text.partition("=")
    if not equals or not name.strip():
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, e.g. LEARNED_WEIGHT=2.5, got {text!r}")
    try:
        return name.strip(), float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number after {name.strip()}=, got {value!r}") from None


def source_tree(text: str) -> Path:
    path = Path(text)
    if not path.is_dir():
        raise argparse.ArgumentTypeError(f"expected an existing folder (a ctguide source tree), got {text!r}")
    return path


def existing_file(text: str) -> Path:
    path = Path(text)
    if not path.is_file():
        raise argparse.ArgumentTypeError(f"expected an existing file, got {text!r}")
    return path
