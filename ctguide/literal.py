"""Text from outside (typed by a user, read from a file) shown literally, whatever displays it.

The one rule: such text never styles, links, runs or moves anything. `printable` drops control
characters and terminal escape sequences (CLI lines; notifications and widgets, which also turn
console markup off); `for_markdown` also escapes Markdown (chat bubbles, the details panel).
Pure functions, no imports from the display side.
"""

from __future__ import annotations

from ctguide import lazyre

_ESCAPE_SEQUENCE = lazyre.compile_now(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = lazyre.compile_now("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN_INLINE = lazyre.compile_now(r"([\\`*_\[\]<>|~&])")
_MARKDOWN_LEADING = lazyre.compile_now(r"^([-+#>=]|\d+(?=[.)]))")


def printable(text: object) -> str:
    """`text` without escape sequences and control characters (new lines and tabs stay; bidirectional
    overrides, which can make a line read backwards, go too)."""
    value = text if isinstance(text, str) else str(text)
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", value.replace("\r\n", "\n")))


def for_markdown(text: object) -> str:
    """Printable text in which nothing reads as Markdown: emphasis, links, images, HTML, headings,
    list markers and entities all show as typed. New lines become spaces (one paragraph)."""
    inline = _MARKDOWN_INLINE.sub(r"\\\1", " ".join(printable(text).split()))
    return _MARKDOWN_LEADING.sub(lambda m: m[1] + "\\" if m[1][0].isdigit() else "\\" + m[1], inline)
