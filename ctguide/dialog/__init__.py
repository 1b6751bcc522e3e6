"""The conversation: a pure reducer from (knowledge, session, reply) to the next turn.

    turn = start(kb)
    turn = reply(kb, turn.session, "Safe Return Moldova")

`turn.say` is what the assistant says (Markdown), `turn.options` the quick replies (each a valid
next input: forward choices first, then commands), `turn.example` a sample answer when free text
is wanted, `turn.session.done` whether the plan is complete, `turn.session.plan` the plan so far.
No I/O, no clock, no randomness: the shell saves sessions and writes files.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass, field

from ctguide.dialog.asking import answer as answer_question
from ctguide.dialog.asking import is_question
from ctguide.dialog.flow import REST, Question, findings_for, next_question, skip_rest
from ctguide.dialog.question import ECHO
from ctguide.dialog.review import closing
from ctguide.dialog.state import Answers, build_plan
from ctguide.dialog.views import help_text, plan_tree
from ctguide.guidetext import COMMANDS, WELCOME
from ctguide.knowledge import KnowledgeBase
from ctguide.matching import index_for
from ctguide.parsing import Unclear
from ctguide.plan import Plan

__all__ = ["Session", "Turn", "reply", "start", "replay", "COMMANDS"]

MAX_REPLY = 4000
TRAILING_COMMANDS = ("help", "why", "back", "show")


@dataclass(frozen=True)
class Session:
    """Where the conversation stands. Compare sessions by their answers and stage; the undo
    history, the reply log (what is saved to disk) and the name are bookkeeping."""

    answers: Answers = Answers()
    stage: str = "profile"
    key: str = "profile.title"
    history: tuple[Answers, ...] = field(default=(), compare=False, repr=False)
    replies: tuple[str, ...] = field(default=(), compare=False, repr=False)
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)  # the question each reply answered
    plan: Plan | None = field(default=None, compare=False, repr=False)
    name: str | None = field(default=None, compare=False)

    @property
    def done(self) -> bool:
        return self.answers.confirmed


@dataclass(frozen=True)
class Turn:
    session: Session
    say: list[str]
    options: list[str]
    example: str | None = None
    action: str | None = None  # "save", "quit" or "restart" (a new saved conversation): for the shell
    problem: str | None = None  # set when the reply could not be used; the session is unchanged
    numbered: int = 0  # the first `numbered` options are items 1, 2, … of a numbered list (picked by digit)


RESTARTED = (
    "Starting a new conversation. The one before is saved as it was: `conversations` lists it, to resume it."
)


def start(kb: KnowledgeBase) -> Turn:
    index_for(kb)  # built once here, so that no reply pays for it
    session = _settle(kb, Session(), Answers())
    question = next_question(kb, session.answers)
    assert question is not None
    return _turn(session, [WELCOME, *question.say], question)


def reply(kb: KnowledgeBase, session: Session, text: str) -> Turn:
    """The next turn. Never raises for any text; an answer that cannot be used leaves the session unchanged."""
    question = next_question(kb, session.answers)
    cleaned = _clean(text)
    if question is None:
        return _finished(kb, session, cleaned)
    if not cleaned:
        return _reprompt(session, question, "I need an answer here.")
    if len(cleaned) > MAX_REPLY:
        return _reprompt(
            session,
            question,
            f"That is {len(cleaned):,} characters; please keep an answer under {MAX_REPLY:,}.",
        )
    command = _command(cleaned)
    if command is not None:
        return _run_command(kb, session, question, command, cleaned)
    if is_question(cleaned):
        return _turn(session, [answer_question(kb, cleaned, question.why), *question.say], question)
    return _answer(kb, session, question, cleaned, question.read)


def replay(kb: KnowledgeBase, replies: list[str] | tuple[str, ...]) -> Turn:
    """The turn reached by sending `replies` one by one from the start (how saved sessions resume)."""
    turn = start(kb)
    for text in replies:
        turn = reply(kb, turn.session, text)
    return turn


# --- answering --------------------------------------------------------------------------------


def _answer(kb: KnowledgeBase, session: Session, question: Question, text: str, reader) -> Turn:  # noqa: ANN001
    try:
        answers, acknowledgement = reader(kb, session.answers, text)
    except Unclear as unclear:
        return _reprompt(session, question, f"{unclear}.".replace("..", "."))
    return _advance(kb, session, answers, text, list(acknowledgement), question)


def _advance(
    kb: KnowledgeBase, session: Session, answers: Answers, text: str, say: list[str], asked: Question | None
) -> Turn:
    if answers == session.answers:
        question = next_question(kb, answers)
        return _turn(session, say + list(question.say if question else ()), question)
    moved = _settle(
        kb,
        session,
        answers,
        history=(*session.history, session.answers),
        replies=(*session.replies, text),
        keys=(*session.keys, session.key),
    )
    question = next_question(kb, answers)
    say = say + _new_findings(kb, moved, asked)
    if question is None:
        say.append(closing(kb, moved.plan))
        return _turn(moved, say, None)
    return _turn(moved, say + list(question.say), question)


def _settle(kb: KnowledgeBase, session: Session, answers: Answers, **changes: object) -> Session:
    question = next_question(kb, answers)
    plan = build_plan(answers, _codes(kb))
    stage, key = (question.stage, question.key) if question else ("done", "done")
    return dataclasses.replace(session, answers=answers, stage=stage, key=key, plan=plan, **changes)


def _codes(kb: KnowledgeBase) -> dict[str, str]:
    return {a.id: a.code for a in kb.areas}


def _new_findings(kb: KnowledgeBase, after: Session, asked: Question | None) -> list[str]:
    """SMART findings as they arise: when an indicator's last step is answered, what is left to fix."""
    if asked is None or asked.stage not in ("refine", "ethics"):
        return []
    draft_id = asked.key.split(".")[1]
    finished = next((d for _, _, d in after.answers.drafts() if d.id == draft_id), None)
    next_q = next_question(kb, after.answers)
    if finished is None or (next_q is not None and next_q.key.split(".")[1:2] == [draft_id]):
        return []
    findings = [f for f in findings_for(kb, after.answers, draft_id) if f.severity != "info"]
    if not findings:
        return [f"✔ {draft_id} is SMART: no findings."]
    lines = [f"{draft_id}: {len(findings)} thing{'s' if len(findings) > 1 else ''} to look at:"]
    for finding in findings[:4]:
        mark = "✖" if finding.severity == "error" else "⚠"
        lines.append(f"- {mark} {finding.rule} {finding.message} Fix: {finding.fix}")
    return lines


# --- commands ----------------------------------------------------------------------------------


def _command(text: str) -> str | None:
    lowered = " ".join(text.lower().split())
    if lowered in COMMANDS or lowered in ("?", "undo"):
        return {"?": "help", "undo": "back"}.get(lowered, lowered)
    if lowered.startswith("edit ") and not re.fullmatch(r"edit\s+\d+", lowered):
        return "edit"
    return None


def _run_command(kb: KnowledgeBase, session: Session, question: Question, command: str, text: str) -> Turn:
    if command == "help":
        return _turn(session, [help_text(question), *question.say], question)
    if command == "why":
        return _turn(session, [question.why or "This answer shapes the plan.", *question.say], question)
    if command == "show":
        return _turn(session, [plan_tree(kb, session.plan), *question.say], question)
    if command == "back":
        return _back(kb, session, question)
    if command == "skip":
        if question.skip is None:
            return _reprompt(session, question, "This one cannot be skipped. " + (question.why or ""))
        return _answer(kb, session, question, text, question.skip)
    if command == REST:
        return _answer(kb, session, question, text, lambda kb, answers, text: skip_rest(kb, answers))
    if command == "restart":
        return _restart(kb)
    if command == "edit":
        return _edit(kb, session, question, text[5:].strip())
    action = {"save": "save", "quit": "quit"}[command]
    message = (
        "Saved. Everything is also saved after each answer."
        if action == "save"
        else "Goodbye for now: your session is saved, and you can resume it later."
    )
    return dataclasses.replace(_turn(session, [message, *question.say], question), action=action)


def _restart(kb: KnowledgeBase) -> Turn:
    """A new conversation from the first question; the shell saves it under a new name, so the one before stays
    as it was (it was overwritten under its own name, ux23 #15)."""
    session = _settle(kb, Session(), Answers())
    question = next_question(kb, session.answers)
    assert question is not None
    return dataclasses.replace(_turn(session, [RESTARTED, *question.say], question), action="restart")


def _back(kb: KnowledgeBase, session: Session, question: Question) -> Turn:
    if not session.history:
        return _reprompt(session, question, "We are at the very beginning; there is nothing to undo.")
    previous = session.history[-1]
    moved = _settle(
        kb,
        session,
        previous,
        history=session.history[:-1],
        replies=(*session.replies, "back"),
        keys=(*session.keys, session.key),
    )
    again = next_question(kb, previous)
    if again is None:
        return _turn(moved, ["Back one step.", closing(kb, moved.plan)], None)
    return _turn(moved, ["Back one step.", *again.say], again)


def _edit(kb: KnowledgeBase, session: Session, question: Question, target: str) -> Turn:
    from ctguide.dialog.editing import edit_answers

    try:
        answers, message = edit_answers(kb, session.answers, target)
    except Unclear as unclear:
        return _reprompt(session, question, f"{unclear}.")
    return _advance(kb, session, answers, f"edit {target}", [message], None)


def _finished(kb: KnowledgeBase, session: Session, text: str) -> Turn:
    command = _command(text) or ""
    if command == "back":
        return _back(kb, session, Question("done", "done", (), lambda kb, a, t: (a, ())))
    if command == "show":
        return _turn(session, [plan_tree(kb, session.plan)], None)
    if command == "edit":
        return _edit(kb, session, Question("done", "done", (), lambda kb, a, t: (a, ())), text[5:].strip())
    if command == "restart":
        return _restart(kb)
    if command in ("save", "quit"):
        return dataclasses.replace(_turn(session, [closing(kb, session.plan)], None), action=command)
    return _turn(session, [closing(kb, session.plan)], None)


# --- turns ---------------------------------------------------------------------------------------


def _said_once(say: list[str]) -> list[str]:
    """A wording just echoed back is not repeated by the next question's header (**ID** “wording”)."""
    echoed = {line.removeprefix(ECHO) for line in say if line.startswith(ECHO)}
    if not echoed:
        return say
    kept = []
    for line in say:
        head, mark, rest = line.partition(" “")
        repeated = mark and head.startswith("**") and head.endswith("**") and f"“{rest}" in echoed
        kept.append(head if repeated else line)
    return kept


def _turn(session: Session, say: list[str], question: Question | None) -> Turn:
    say = _said_once(say)
    if question is None:
        return Turn(session, say, ["show", "back"], None)
    commands = [
        c for c in TRAILING_COMMANDS if c not in question.options and (c != "back" or session.history)
    ]
    if question.skip is not None and "skip" not in question.options:
        commands.insert(0, "skip")
    return Turn(session, say, [*question.options, *commands], question.example, numbered=question.numbered)


def _reprompt(session: Session, question: Question, problem: str) -> Turn:
    """The problem as a sentence, an example unless it gives one already, then the question again."""
    problem = problem[:1].upper() + problem[1:]
    shown = question.example and "e.g." not in problem and f"`{question.example}`" not in problem
    expected = [f"For example: `{question.example}`."] if shown else []
    return dataclasses.replace(_turn(session, [problem, *expected, *question.say], question), problem=problem)


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _clean(text: object) -> str:
    """Printable text only: control characters and escape sequences out, new lines folded."""
    if not isinstance(text, str):
        text = str(text)
    text = re.sub(r"\x1b\[[0-9;?]*[ -/]*[@-~]", "", text)
    text = _CONTROL.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Co", "Cn"))
    return " ".join(text.split())
