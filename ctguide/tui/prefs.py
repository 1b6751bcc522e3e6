"""What the shell remembers for its user beside the conversations: the theme, and which conversation each
browser tab was holding (so a reload brings it back). One small JSON file next to the sessions folder;
in `ctguide serve` every browser has a data folder of its own, so this is per user there too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ctguide.atomic import WriteRefused, write_atomic
from ctguide.sessions import sessions_dir

TAB_ENV = "CTGUIDE_TAB"
"""Set by `ctguide serve`: the browser tab an app process belongs to (survives reloads of that tab)."""
TAB_ID = re.compile(r"[0-9a-f]{32}")
CLIPBOARD_ENV = "CTGUIDE_PAGE_CLIPBOARD"
"""Set by `ctguide serve`: "0" when the tab's page cannot write to the clipboard (a plain-http address beyond
localhost is not a secure context: browsers give it no clipboard), "1" when it can."""
MAX_TABS_REMEMBERED = 64


@dataclass(frozen=True)
class Prefs:
    theme: str | None = None
    tabs: dict[str, str] = field(default_factory=dict)  # tab id -> session name, oldest first

    def with_theme(self, theme: str) -> Prefs:
        return Prefs(theme, self.tabs)

    def with_tab(self, tab: str, session: str) -> Prefs:
        tabs = {k: v for k, v in self.tabs.items() if k != tab}
        tabs[tab] = session
        return Prefs(self.theme, dict(list(tabs.items())[-MAX_TABS_REMEMBERED:]))


def prefs_path() -> Path:
    return sessions_dir().parent / "prefs.json"


def load_prefs(path: Path | None = None) -> Prefs:
    """The remembered preferences; a missing or damaged file means none (it is rewritten on the next change)."""
    try:
        data = json.loads((path or prefs_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Prefs()
    if not isinstance(data, dict):
        return Prefs()
    theme = data.get("theme") if isinstance(data.get("theme"), str) else None
    tabs = data.get("tabs") if isinstance(data.get("tabs"), dict) else {}
    return Prefs(theme, {k: v for k, v in tabs.items() if TAB_ID.fullmatch(str(k)) and isinstance(v, str)})


def save_prefs(prefs: Prefs, path: Path | None = None) -> None:
    """Best effort: preferences are a convenience, never a reason to interrupt the conversation."""
    target = path or prefs_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, json.dumps({"theme": prefs.theme, "tabs": prefs.tabs}, indent=1))
    except (OSError, WriteRefused):
        pass
