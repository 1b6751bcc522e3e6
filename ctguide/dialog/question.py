"""What every stage module builds: a Question that knows how to read its answer, and the helpers
that step through one indicator's refinement."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.guidetext import KEEP_REST
from ctguide.knowledge import Area, KnowledgeBase

Outcome = tuple[Answers, tuple[str, ...]]
Reader = Callable[[KnowledgeBase, Answers, str], Outcome]

KEEP = "ok"
REST = KEEP_REST


@dataclass(frozen=True)
class Question:
    stage: str
    key: str
    say: tuple[str, ...]
    read: Reader
    options: tuple[str, ...] = ()
    example: str | None = None
    why: str = ""
    skip: Reader | None = None
    numbered: int = 0  # the first `numbered` options are the items 1, 2, … of a numbered list in `say`


def header(draft: Draft) -> str:
    return f"**{draft.id}** “{draft.indicator.statement}”"


ECHO = "Now it reads: "


def echo(statement: str) -> str:
    """The wording just changed, said back; the next header then shows only the id (see dialog._said_once)."""
    return f"{ECHO}“{statement}”"


def updater(area: Area, result: ResultDraft, draft: Draft, step: str) -> Callable[..., Answers]:
    """Marks `step` of `draft` done, with the indicator's fields changed as given."""

    def update(answers: Answers, **changes: object) -> Answers:
        return answers.replace_draft(area.id, result.id, draft.step_done(step, **changes))

    return update


def keep_default(area: Area, result: ResultDraft, draft: Draft, step: str) -> Reader:
    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return updater(area, result, draft, step)(answers), ()

    return skip
