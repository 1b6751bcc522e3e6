"""A conversation as a Markdown document (for facilitators, documentation and tests)."""

from __future__ import annotations

from collections.abc import Iterable

from ctguide.literal import for_markdown


def transcript_markdown(title: str, exchanges: Iterable[tuple[str, str]]) -> str:
    """`exchanges`: (speaker, text) pairs, speaker 'ctguide' or 'user' (whose words are shown as typed)."""
    lines = [f"# {for_markdown(title)}", ""]
    for speaker, text in exchanges:
        name = "**ctguide**" if speaker == "ctguide" else "**you**"
        body = (text.strip() if speaker == "ctguide" else for_markdown(text)).replace("\n", "\n> ")
        lines += [f"{name} ·", f"> {body}", ""]
    return "\n".join(lines)
