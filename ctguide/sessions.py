"""Saved conversations: one JSON file per session in the user's data folder, written atomically.

A session is stored as the list of replies that shaped it; resuming replays them through the
dialog engine, so a file written after every answer is all it takes to survive a crash or a kill.
A file that is not a readable ctguide session is reported and never changed or deleted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ctguide.atomic import WriteRefused, clean_stale, write_atomic
from ctguide.inputs import InputUnreadable, read_input
from ctguide.textnorm import fold

FORMAT = "ctguide-session"
VERSION = 1
FLOW = 4
"""The order of the conversation's questions, saved with each session (2: the objective's assumptions are
asked; 3: which area leads, which pillar, and whether a doubted indicator shows its result's change are asked;
4: a place not known as a country is asked about, and each reply is saved with the key of its question).
Replies saved under an older order are replayed so that each lands on its own question
(ctguide.dialog.upgrade, whose CURRENT it equals); under a newer one, with a warning."""
ENV_DIR = "CTGUIDE_DATA_DIR"


class SessionProblem(Exception):
    """A session file that cannot be used: what is wrong, and that it was left untouched."""


def sessions_dir() -> Path:
    """Where sessions live: $CTGUIDE_DATA_DIR/sessions, or the platform's user data folder."""
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override) / "sessions"
    from platformdirs import user_data_dir

    return Path(user_data_dir("ctguide", appauthor=False)) / "sessions"


@dataclass(frozen=True)
class SessionRecord:
    name: str
    replies: tuple[str, ...]
    title: str | None = None
    stage: str = "profile"
    done: bool = False
    created: str = ""
    updated: str = ""
    kb: str | None = None
    knowledge: str | None = None
    script: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    flow: int | None = FLOW
    keys: tuple[str, ...] = ()  # the question each reply answered (flow 4 on; empty before)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "name": self.name, "title": self.title, "stage": self.stage,
                "done": self.done, "created": self.created, "updated": self.updated, "kb": self.kb, "knowledge": self.knowledge,
                "script": self.script, "flow": self.flow, "replies": list(self.replies), "keys": list(self.keys)}  # fmt: skip

    @property
    def scripted(self) -> bool:
        """Written by `ctguide run` (a prepared script), not typed in the assistant."""
        return bool(self.script.get("path"))


def slug(text: str | None) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", fold(text or "")).strip("-")
    return words[:48].rstrip("-") or "untitled"


def path_of(name: str, folder: Path | None = None) -> Path:
    return (folder or sessions_dir()) / f"{name}.json"


def choose_name(title: str | None, folder: Path | None = None, taken_by_self: str | None = None) -> str:
    """A file name after the project title that no other session uses yet."""
    base = slug(title)
    candidate, number = base, 2
    while path_of(candidate, folder).exists() and candidate != taken_by_self:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def save(record: SessionRecord, folder: Path | None = None) -> Path:
    target = path_of(record.name, folder)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        return write_atomic(target, json.dumps(record.to_json(), ensure_ascii=False, indent=1))
    except (OSError, WriteRefused) as error:
        raise SessionProblem(
            f"cannot save the session in {target.parent} ({error}); set {ENV_DIR} to a writable folder"
        ) from None


def load(name_or_path: str | Path, folder: Path | None = None) -> SessionRecord:
    """The saved session named `name_or_path` (a name from `ctguide sessions`, or the path of a file
    in the sessions folder). Sessions stay in their folder: a file elsewhere is refused, so that
    resuming it can never overwrite the session of the same name."""
    root = folder or sessions_dir()
    path = _session_path(str(name_or_path), root)
    try:
        raw = read_input(path, "session file", limit=MAX_SESSION_BYTES)
    except InputUnreadable as unreadable:
        if not path.exists() and not path.is_symlink():
            raise SessionProblem(
                f"no saved session named {str(name_or_path)!r} (see `ctguide sessions`)"
            ) from None
        raise SessionProblem(f"{unreadable}; it was left untouched") from None
    try:
        return parse(raw.decode("utf-8"), path)
    except UnicodeDecodeError:
        raise SessionProblem(
            f"{path}: not UTF-8 text, so not a ctguide session; it was left untouched"
        ) from None


MAX_SESSION_BYTES = 8 * 1024 * 1024
"""A session is the list of replies typed in a conversation: a few kilobytes, rarely more."""


def _session_path(name: str, root: Path) -> Path:
    given = Path(name)
    if given.suffix != ".json" and given.name == name:
        given = root / f"{name}.json"
    elif not given.is_absolute() and given.parent == Path("."):
        given = root / given.name
    try:
        inside = given.resolve().parent == root.resolve()
    except (OSError, RuntimeError):
        inside = False
    if not inside or given.name.startswith("."):
        raise SessionProblem(
            f"{name}: sessions are resumed by name from {root} (see `ctguide sessions`); "
            "a file elsewhere is not resumed, so no saved session can be replaced by it"
        )
    return given


def parse(text: str, path: Path) -> SessionRecord:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SessionProblem(
            f"{path}: not a ctguide session (broken JSON at line {error.lineno}); it was left untouched"
        ) from None
    except (ValueError, RecursionError):  # a number of thousands of digits, nesting thousands deep
        raise SessionProblem(f"{path}: not a ctguide session (damaged JSON); it was left untouched") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SessionProblem(f"{path}: not a ctguide session file; it was left untouched")
    if data.get("version") != VERSION:
        raise SessionProblem(
            f"{path}: a session saved by another ctguide version ({data.get('version')}); it was left untouched"
        )
    replies = data.get("replies")
    if not isinstance(replies, list) or not all(isinstance(r, str) for r in replies):
        raise SessionProblem(f"{path}: the session's replies are damaged; it was left untouched")
    script = data.get("script")
    if script is not None and not _sound_script(script):
        raise SessionProblem(f"{path}: the session's script record is damaged; it was left untouched")
    return SessionRecord(
        name=path.stem, replies=tuple(replies), title=_str(data.get("title")), stage=str(data.get("stage", "")),
        done=bool(data.get("done")), created=str(data.get("created", "")), updated=str(data.get("updated", "")),
        kb=_str(data.get("kb")), knowledge=_str(data.get("knowledge")), script=data.get("script") if isinstance(data.get("script"), dict) else {},
        flow=data.get("flow") if type(data.get("flow")) is int else None, keys=_keys(data.get("keys"), replies),
    )  # fmt: skip


def _keys(keys: Any, replies: list[str]) -> tuple[str, ...]:
    """The question key of each reply; none at all when they are missing (older sessions) or do not pair up."""
    if isinstance(keys, list) and len(keys) == len(replies) and all(isinstance(k, str) for k in keys):
        return tuple(keys)
    return ()


def _sound_script(script: Any) -> bool:
    """What `ctguide run` keeps: the answers file's path and how many answers were applied."""
    if not isinstance(script, dict):
        return False
    applied = script.get("applied", 0)
    path = script.get("path", "")
    return (isinstance(applied, int) and not isinstance(applied, bool) and 0 <= applied <= 10**6
            and isinstance(path, str))  # fmt: skip


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Listing:
    sessions: tuple[SessionRecord, ...]
    problems: tuple[str, ...]


def list_sessions(folder: Path | None = None) -> Listing:
    """Every session, newest first, and a line for each file that could not be read."""
    root = folder or sessions_dir()
    records, problems = [], []
    for path in sorted(root.glob("*.json")) if root.is_dir() else ():
        try:
            records.append(load(path, root))
        except SessionProblem as problem:
            problems.append(str(problem))
    records.sort(key=lambda r: r.updated, reverse=True)
    return Listing(tuple(records), tuple(problems))


def resumable(listing: Listing, limit: int = 8) -> tuple[SessionRecord, ...]:
    """The unfinished conversations offered for resuming at start-up: not those a script wrote (`ctguide run`
    demos would fill every participant's start screen); the list of conversations shows them all."""
    return tuple(r for r in listing.sessions if not r.done and not r.scripted)[:limit]


def knowledge_changed(record: SessionRecord, fingerprint: str) -> str | None:
    """A warning when a session is resumed against different knowledge, or a newer order of questions,
    than it was saved with (an older order is upgraded: ctguide.dialog.upgrade)."""
    if record.flow is not None and record.flow > FLOW:
        return (f"'{record.name}' was saved by a newer ctguide that asks its questions in another order; its answers "
                "were replayed against this version's questions, so check the plan (`show`; `back` undoes a step)")  # fmt: skip
    if record.knowledge and record.knowledge != fingerprint:
        return (f"the knowledge base changed since '{record.name}' was saved; its answers were replayed against "
                "the current one, so check the plan (`show`)")  # fmt: skip
    return None


def now_iso(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).replace(microsecond=0).isoformat()


class Keeper:
    """Saves a conversation after every turn under a name that follows the project title."""

    def __init__(self, folder: Path | None = None, *, name: str | None = None, kb: str | None = None,
                 script: dict[str, Any] | None = None, created: str | None = None,
                 knowledge: str | None = None) -> None:  # fmt: skip
        self.folder = folder or sessions_dir()
        clean_stale(self.folder)
        self.name = name
        self.kb = kb
        self.knowledge = knowledge
        self.script = dict(script or {})
        self.created = created or now_iso()

    def save(self, session: Any) -> Path:
        """Write `session` (a dialog Session) now; returns the file."""
        title = session.answers.title
        if self.name is None or (self.name.startswith("untitled") and title):
            previous = self.name
            self.name = choose_name(title, self.folder)
            if previous and previous != self.name:
                _remove_own(path_of(previous, self.folder))
        record = SessionRecord(name=self.name, replies=tuple(session.replies), title=title, stage=session.stage,
                               done=session.done, created=self.created, updated=now_iso(), kb=self.kb,
                               knowledge=self.knowledge, script=self.script,
                               keys=tuple(session.keys) if len(session.keys) == len(session.replies) else ())  # fmt: skip
        return save(record, self.folder)


def save_apart(keeper: Keeper, earlier: Sequence[Any], now: Any) -> tuple[Path, ...]:
    """Split a session saved before `restart` began a new saved conversation: each conversation it replaced is
    saved on its own, then the one going on is saved again at once under the session's name (in today's form,
    without them), so a later resume finds nothing left to split. The earlier ones are written first: a failure
    in between can leave a copy, never lose a conversation."""
    apart = tuple(
        Keeper(keeper.folder, kb=keeper.kb, created=keeper.created, knowledge=keeper.knowledge).save(session)
        for session in earlier
    )
    keeper.save(now)
    return apart


def _remove_own(path: Path) -> None:
    """Remove a session file this keeper wrote under a provisional name."""
    try:
        data = json.loads(read_input(path, "session file", limit=MAX_SESSION_BYTES))
    except (InputUnreadable, ValueError, RecursionError):
        return
    if isinstance(data, dict) and data.get("format") == FORMAT:
        path.unlink(missing_ok=True)
