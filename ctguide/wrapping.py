"""Text fitted to the screen: the one way ctguide wraps what it prints, and the one way it clips a quote.

Lines break between words only: a word longer than a line (a file path, an address, an id) is never cut,
and a hyphenated word ('re-trafficked', 'follow-up') is never split, so what a user copies from the screen
is what was written. Continuation lines hang under their own column.
"""

from __future__ import annotations

import textwrap


def wrapped(line: str, width: int, hanging: int = 0) -> list[str]:
    """`line` (one paragraph) in lines of at most `width` columns, the continuations indented by `hanging`."""
    return textwrap.wrap(line, width, subsequent_indent=" " * hanging, break_long_words=False,
                         break_on_hyphens=False) or [""]  # fmt: skip


def clipped(text: str, limit: int) -> str:
    """`text` on one line (runs of white space as one space), cut to `limit` characters with '…' when longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
