"""Refinement: the wording of one indicator, its placeholders filled or written anew."""

from __future__ import annotations

import dataclasses
import re

from ctguide.dialog.indicators import read_statement
from ctguide.dialog.parsing import Unclear
from ctguide.dialog.question import Outcome, Question, header
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.knowledge import Area, KnowledgeBase


def rewrite_question(area: Area, result: ResultDraft, draft: Draft) -> Question:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        wording = read_statement(text)
        done = frozenset(step for step in draft.done if not step.startswith("fill:"))
        rewritten = dataclasses.replace(draft, template=wording, fills=(), done=done, rewrite=False,
                                        indicator=dataclasses.replace(draft.indicator, statement=wording))  # fmt: skip
        return answers.replace_draft(area.id, result.id, rewritten), (f"Now it reads: “{wording}”",)

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return answers.replace_draft(area.id, result.id, dataclasses.replace(draft, rewrite=False)), ()

    return Question("refine", f"refine.{draft.id}.wording",
                    (header(draft), "Type the new wording (neutral: what is counted, no target inside), or `skip` to keep it."),
                    read, example=draft.indicator.statement, skip=skip,
                    why="Indicators are written neutrally: the number to reach goes in the target, not the wording.")  # fmt: skip


def fill_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft, placeholder: str
) -> Question:
    source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
    example = dict(source.placeholders).get(placeholder) if source else None

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        value = " ".join(text.split())
        numeric_ok = bool(re.search(r"\d", example or "")) or placeholder in ("[N]", "[X]")
        if (
            not value
            or len(value) > 120
            or "[" in value
            or "]" in value
            or (not numeric_ok and not re.search(r"[^\W\d_]", value))
        ):
            raise Unclear(
                f"write what {placeholder} stands for in your project, in a few words (e.g. {example or 'the reporting quarter'})"
            )
        if re.fullmatch(r"edit\s+\d+", value.lower()):
            raise Unclear(
                f"`edit <n>` picks a suggestion to reword; here, write what {placeholder} stands for"
            )
        if value.lower() in ("ok", "keep", "yes") and example:
            value = example
        filled = draft.with_fill(placeholder, value)
        filled = dataclasses.replace(filled, done=filled.done | {f"fill:{placeholder}"})
        return answers.replace_draft(area.id, result.id, filled), (f"Now it reads: “{filled.statement()}”",)

    return Question("refine", f"refine.{draft.id}.fill", (f"{header(draft)}", f"What should {placeholder} be in your project?"),
                    read, options=("ok",) if example else (), example=example or "the reporting quarter",
                    why="Suggested wordings leave the place, period and thresholds open; filling them in makes sure "
                        "two people would count exactly the same thing.")  # fmt: skip
