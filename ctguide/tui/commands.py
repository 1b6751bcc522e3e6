"""What the shell does itself before a reply reaches the conversation: actions of the screen, not answers.

Pure: `shell_command` only reads the text; the app carries the command out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ctguide.wrapping import clipped

WRITE, CONTRAST, PANEL, CONVERSATIONS, MORE = "write", "contrast", "panel", "conversations", "more"
_WORDS = {
    "contrast": CONTRAST,
    "high contrast": CONTRAST,
    "theme": CONTRAST,
    "panel": PANEL,
    "plan panel": PANEL,
    "conversations": CONVERSATIONS,
    "sessions": CONVERSATIONS,
    "more": MORE,
    "details": MORE,
}
SHELL_COMMANDS = ("write", "export xlsx", "contrast", "panel", "conversations", "more")
"""What the prompt completes, besides the conversation's own commands."""


@dataclass(frozen=True)
class ShellCommand:
    name: str
    format: str | None = None  # for WRITE: the export format asked for, as typed ("xlsx", "pdf"...)


def shell_command(text: str) -> ShellCommand | None:
    """The screen action `text` asks for, or None when it is a reply for the conversation."""
    lowered = " ".join(text.lower().split())
    if lowered in _WORDS:
        return ShellCommand(_WORDS[lowered])
    match = re.fullmatch(r"(?:write|export|download)(?:\s+(?:as\s+|to\s+)?\.?([a-z0-9]+))?", lowered)
    if match:
        return ShellCommand(WRITE, match.group(1))
    return None


def format_named(word: str, formats: dict[str, str]) -> str | None:
    """The export format a typed word means (`xlsx`, `excel`, `xml`...); `formats` maps names to extensions."""
    aliases = {"excel": "xlsx", "markdown": "md", "yml": "yaml", "spreadsheet": "xlsx"}
    word = aliases.get(word, word)
    if word in formats:
        return word
    return next((name for name, extension in formats.items() if extension == word), None)


def quit_hint(*, unsaved: bool) -> str:
    """What Ctrl+C says: it copies a selection in ctguide, and quitting is Ctrl+Q."""
    saved = "your last answers could not be saved yet" if unsaved else "everything is saved"
    return f"Press Ctrl+Q to quit ({saved}); Ctrl+C copies selected text."


def quit_question(*, in_browser: bool, draft: str, unsaved: bool, unwritten: bool) -> str | None:
    """What quitting now would lose or end, asked as a question to confirm; None when nothing is at stake.
    In a browser it always asks: quitting ends the app in the tab, and Ctrl+Q is easily pressed by habit."""
    said = []
    if unsaved:
        said.append("Your last answers could not be saved (see the message above).")
    if draft.strip():
        said.append(f"What you typed is not sent yet: “{clipped(draft, 60)}”.")
    if unwritten:
        said.append(
            f"The plan is not {'downloaded' if in_browser else 'written to a file'} yet (F2 writes it)."
        )
    if in_browser:
        said.append("This ends ctguide in this tab.")
    if not said:
        return None
    if not unsaved:
        said.append(
            "Your conversation is saved: reload the page to come back to it."
            if in_browser
            else "Your conversation is saved."
        )
    return " ".join(said) + (" Close it anyway?" if in_browser else " Quit anyway?")
