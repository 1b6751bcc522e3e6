"""Stage 3, the results chain per area: its objective, outcomes and outputs."""

from __future__ import annotations

import dataclasses
import re

from ctguide.dialog.parsing import Unclear, is_yes, parse_picks
from ctguide.dialog.question import KEEP, Outcome, Question
from ctguide.dialog.state import Answers, ResultDraft
from ctguide.knowledge import Area, KnowledgeBase


def objective_question(area: Area) -> Question:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_yes(text) or text.strip().lower() in ("keep", KEEP):
            objective = area.objective
        else:
            objective = _sentence(text, "an objective")
        return answers.replace_area(dataclasses.replace(answers.area(area.id), objective=objective)), ()

    return Question("objective", f"objective.{area.id}",
                    (f"For *{area.name}* a typical objective is: “{area.objective}”",
                     "Keep it (`keep`), or write your own."),
                    read, options=("keep",), example="keep",
                    why="The objective is the main change the project is accountable for by its end: a change in "
                        "people's situation or in how institutions work, not the activities.")  # fmt: skip


def _sentence(text: str, what: str) -> str:
    value = " ".join(text.split()).strip()
    if len(value.split()) < 3 or not re.search(r"[^\W\d_]{3}", value):
        raise Unclear(f"write {what} as a short sentence (at least three words), or `keep` the suggestion")
    if len(value) > 400:
        raise Unclear(f"please keep {what} under 400 characters")
    return value[0].upper() + value[1:]


def results_question(kb: KnowledgeBase, area: Area) -> Question:
    results = area.results
    lines = [f"{n}. {r.id} ({r.level}) {r.statement}" for n, r in enumerate(results, start=1)]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        draft = answers.area(area.id)
        if lowered.startswith(("add outcome", "add output")):
            level = "outcome" if lowered.startswith("add outcome") else "output"
            statement = _sentence(text.strip()[len("add " + level) :], f"an {level}")
            existing = (
                draft.results
                or draft.kept
                or tuple(ResultDraft(r.id, r.level, r.statement, r.id) for r in results)
            )
            new_id = _next_result_id(area.code, level, answers.used_ids() | {r.id for r in existing})
            added = ResultDraft(new_id, level, statement)
            return answers.replace_area(dataclasses.replace(draft, results=(*existing, added), kept=())), (
                f"Added {level} {new_id}. The results now: " + ", ".join(r.id for r in (*existing, added)) + ".",)  # fmt: skip
        picks = (
            tuple(range(len(results)))
            if is_yes(lowered) or lowered in ("all", "keep all", "keep")
            else parse_picks(text, len(results))
        )
        previous = {r.id: r for r in draft.kept}
        chosen = tuple(
            previous.get(results[i].id)
            or ResultDraft(results[i].id, results[i].level, results[i].statement, results[i].id)
            for i in picks
        )
        chosen += tuple(r for r in draft.kept if r.kb_id is None)
        if not any(r.level == "outcome" for r in chosen):
            raise Unclear("keep at least one outcome: outputs alone show what you deliver, not what changes")
        return answers.replace_area(dataclasses.replace(draft, results=chosen, kept=())), ()

    return Question("results", f"results.{area.id}",
                    ("Results for this area: outcomes are the changes you expect, outputs what the project delivers.",
                     *lines, "Keep them all (`all`), pick numbers, or `add outcome <text>` / `add output <text>`."),
                    read, options=("all", *(str(n) for n, r in enumerate(results, start=1) if r.level == "outcome")),
                    example="all",
                    why="An **outcome** is a change in what people or institutions do or experience because they used "
                        "what the project delivered (survivors feel safe; inspectors apply the checklist). An **output** "
                        "is what the project delivers itself (places available, staff trained).")  # fmt: skip


def _next_result_id(code: str, level: str, used: set[str]) -> str:
    prefix = f"{code}-{'OC' if level == 'outcome' else 'OP'}"
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"
