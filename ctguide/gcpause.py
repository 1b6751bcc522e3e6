"""Cyclic garbage collection paused while a large structure is built.

Building a large document or knowledge base creates objects that all live on; the cyclic garbage
collector, scanning them again and again as they accumulate, made loading superlinear (it doubled
the time of a 5,000-indicator plan) and cost a first run a few milliseconds. Nothing built there is
garbage, so collection waits until the end.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
