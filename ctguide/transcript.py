"""A conversation as a Markdown document (for facilitators, documentation and tests)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ctguide.literal import for_markdown
from ctguide.wrapping import wrapped


def transcript_markdown(title: str, exchanges: Iterable[tuple[str, str]]) -> str:
    """`exchanges`: (speaker, text) pairs, speaker 'ctguide' or 'user' (whose words are shown as typed)."""
    lines = [f"# {for_markdown(title)}", ""]
    for speaker, text in exchanges:
        name = "**ctguide**" if speaker == "ctguide" else "**you**"
        body = (text.strip() if speaker == "ctguide" else for_markdown(text)).replace("\n", "\n> ")
        lines += [f"{name} ·", f"> {body}", ""]
    return "\n".join(lines)


_EMPHASIS = re.compile(r"\*\*|`")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~&])")
_ITEM = re.compile(r"\s*(?:[-•]|\d+\.)\s+")


def exchange_for_terminal(speaker: str, text: str, width: int) -> str:
    """One turn as plain text for a terminal (a live demo on a projector): no Markdown marks, every line
    wrapped between words beside the speaker's name, list items under their own first word."""
    name = "ctguide › " if speaker == "ctguide" else "you › "
    plain = _ESCAPED.sub(r"\1", _EMPHASIS.sub("", text)) if speaker == "ctguide" else text
    room = max(width, 40) - len(name)
    lines: list[str] = []
    for line in plain.strip().splitlines() or [""]:
        item = _ITEM.match(line)
        hanging = item.end() if item else 0
        lines += wrapped(line.rstrip(), room, hanging)
    pad = " " * len(name)
    return "\n".join((name if n == 0 else pad) + line for n, line in enumerate(lines))
