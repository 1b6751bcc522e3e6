"""Saved conversations from an older order of questions, replayed so that every answer lands on its own question.

A session stores the replies that shaped it and the order of questions (the flow) they answered. Flow 2 asks,
after an objective's indicators, what must hold for the objective to serve the goal; flow 1 (every session
saved before the flow was recorded) went straight on to the results. Replayed as they are, flow-1 replies
would slide one question: the results pick would answer the assumptions, and every later answer the question
before its own. So the replay answers the new question itself (`skip`: nothing assumed yet) wherever flow 1
did not ask it, keeps `back` meaning what it meant then, and reports which objectives were left without
assumptions for the user to fill in. Flow 3 asks, where the reading of the description is not sure, which area
leads (`areas.lead`) and which pillar an area that can sit under several belongs to (`areas.pillar.<id>`), and,
where the review's fit rule doubts an indicator, whether it shows its result's change (`refine.<id>.relevance`);
a flow-2 session is given the neutral answer to each (`not sure`: keep the order read; `skip`: keep the pillar
read; `keep`: keep the indicator), so its own replies land on the questions they answered. Flow 4 asks about a
place not known as a country (`profile.countries.check`; older sessions keep it as written) and saves each
reply with the key of the question it answered: such a session is replayed by key, so that a question asked
only under some conditions (whether an indicator shows its result's change depends on review rules that change
from one version to the next) is answered neutrally where it comes up now but did not then, and a saved reply
to one that no longer comes up is left out instead of landing on the next question.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ctguide.dialog import Session, Turn, reply, start
from ctguide.drafting import objective_id
from ctguide.knowledge import KnowledgeBase

CURRENT = 4
"""The flow this dialog asks (ctguide.sessions.FLOW saves it with every session)."""
UNDO = ("back", "undo")


@dataclass(frozen=True)
class Upgraded:
    turn: Turn  # where the conversation stands
    replies: tuple[str, ...]  # the replies in today's order: the saved ones and those given for the user
    skipped: tuple[str, ...] = ()  # objectives whose assumptions the old order never asked
    before_restart: tuple[
        tuple[str, ...], ...
    ] = ()  # the replies of each conversation a saved `restart` replaced (flows 1-3), in today's order


def replay_saved(
    kb: KnowledgeBase,
    replies: tuple[str, ...] | list[str],
    flow: int | None,
    seen: Callable[[Turn, str], None] | None = None,
    keys: tuple[str, ...] | list[str] = (),
) -> Upgraded:
    """The turn reached by `replies` saved under `flow` (None: saved before flows were recorded, i.e. flow 1),
    by their question `keys` when saved with them. `seen(turn, text)` is told each reply as it is sent, after
    the turn it answers (a transcript)."""
    if keys and len(keys) == len(replies):
        return _replay_by_key(kb, tuple(replies), tuple(keys), seen)
    turn = start(kb)
    sent: list[str] = []
    skipped: list[str] = []

    def send(text: str) -> Turn:
        if seen is not None:
            seen(turn, text)
        sent.append(text)
        return reply(kb, turn.session, text)

    def added(turn: Turn) -> str | None:
        """The neutral answer to a question the saved flow did not ask, or None when it asked it."""
        if (flow is None or flow < 2) and _asks_objective_assumptions(kb, turn):
            return "skip"
        if flow is None or flow < 3:
            return _flow_3_answer(turn.session.key) or _flow_4_answer(turn.session.key)
        return _flow_4_answer(turn.session.key) if flow < 4 else None

    since = 0  # where the conversation replayed now began: a saved `restart` began a new one
    before: list[tuple[str, ...]] = []
    for text in _restarts_undone(replies):
        undo = text.strip().lower() in UNDO
        for _ in range(_MAX_ADDED):
            neutral = None if undo or turn.session.done else added(turn)
            if neutral is None:
                break
            if neutral == "skip" and turn.session.key.startswith("assumptions."):
                skipped.append(turn.session.key.split(".", 1)[1])
            turn = send(neutral)
        turn = send(text)
        if turn.action == "restart":
            before.append(tuple(sent[since:-1]))
            since = len(sent)
        for _ in range(_MAX_ADDED):
            if not undo or added(turn) is None:
                break
            turn = send("back")  # the old order had no such step to go back to
    kept = tuple(dict.fromkeys(s for s in skipped if _still_empty(kb, turn, s)))
    return Upgraded(turn, tuple(sent), kept, tuple(b for b in before if b))


def restarted(kb: KnowledgeBase, upgraded: Upgraded) -> tuple[Session, ...]:
    """Each conversation a saved `restart` replaced, to be saved on its own (its replies are in today's order)."""
    return tuple(replay_saved(kb, replies, CURRENT).turn.session for replies in upgraded.before_restart)


def _restarts_undone(replies: tuple[str, ...] | list[str]) -> list[str]:
    """Before flow 4, `back` right after `restart` brought the conversation back; today a restart is a new saved
    conversation with nothing to undo, so such a pair is left out (it changed nothing)."""
    kept: list[str] = []
    for text in replies:
        if text.strip().lower() in UNDO and kept and kept[-1].strip().lower() == "restart":
            kept.pop()
        else:
            kept.append(text)
    return kept


_MAX_ADDED = 16
"""More questions the old flow did not ask, in a row, than any plan has areas (a guard, never reached)."""


def _flow_3_answer(key: str) -> str | None:
    stage, _, rest = key.partition(".")
    if key == "areas.lead":
        return "not sure"
    if stage == "areas" and rest.startswith("pillar."):
        return "skip"
    if stage == "refine" and rest.endswith(".relevance"):
        return "keep"
    return None


def _flow_4_answer(key: str) -> str | None:
    return "keep" if key == "profile.countries.check" else None


def _conditional(key: str) -> str | None:
    """The neutral answer to a question asked only under some conditions (None: asked whatever the answers)."""
    return _flow_3_answer(key) or _flow_4_answer(key)


def _replay_by_key(
    kb: KnowledgeBase,
    replies: tuple[str, ...],
    keys: tuple[str, ...],
    seen: Callable[[Turn, str], None] | None,
) -> Upgraded:
    turn = start(kb)
    sent: list[str] = []
    for_user: set[str] = set()  # the questions answered neutrally for the user

    def send(text: str) -> Turn:
        if seen is not None:
            seen(turn, text)
        sent.append(text)
        return reply(kb, turn.session, text)

    for n, (text, key) in enumerate(zip(replies, keys, strict=True)):
        for _ in range(_MAX_ADDED):  # asked now, not then: answered neutrally
            neutral = _conditional(turn.session.key)
            if turn.session.key == key or turn.session.done or neutral is None:
                break
            for_user.add(turn.session.key)
            turn = send(neutral)
        undo = text.strip().lower() in UNDO
        if turn.session.key != key and _conditional(key) is not None and not undo:
            continue  # asked then, not now: its answer would land on another question
        turn = send(text)
        later = keys[n + 1] if n + 1 < len(keys) else None
        for _ in range(_MAX_ADDED):  # undone onto a question answered for the user: undo that too
            if not undo or turn.session.key not in for_user or turn.session.key == later:
                break
            turn = send("back")
    return Upgraded(turn, tuple(sent))


def _objective_ids(kb: KnowledgeBase, turn: Turn) -> set[str]:
    areas = turn.session.answers.areas or ()
    return {objective_id(kb.area_by_id[a.area]) for a in areas if a.area in kb.area_by_id}


def _asks_objective_assumptions(kb: KnowledgeBase, turn: Turn) -> bool:
    stage, _, ident = turn.session.key.partition(".")
    return stage == "assumptions" and ident in _objective_ids(kb, turn)


def _still_empty(kb: KnowledgeBase, turn: Turn, objective: str) -> bool:
    """The objective's area is still chosen and its assumptions are still the empty answer given for the user
    (not undone by a later `back`, not answered since)."""
    areas = turn.session.answers.areas or ()
    return any(
        objective_id(kb.area_by_id[a.area]) == objective and a.objective_assumptions == () for a in areas
    )


def upgrade_note(name: str, upgraded: Upgraded) -> str | None:
    """What to tell the user after an upgraded replay (None when nothing was filled in for them)."""
    if not upgraded.skipped:
        return None
    edits = " or ".join(f"`edit assumptions {s}`" for s in upgraded.skipped)
    return (f"'{name}' was saved before ctguide asked what must hold for each objective to serve the goal: all its "
            f"answers were kept, and {' and '.join(upgraded.skipped)} {'has' if len(upgraded.skipped) == 1 else 'have'} "
            f"no assumptions yet ({edits} asks for them)")  # fmt: skip
