"""Refinement: an indicator written for another result is kept only if the user confirms it measures this one."""

from __future__ import annotations

import dataclasses

from ctguide.dialog.question import Outcome, Question, header
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, is_no, is_yes


def adoption_note(draft: Draft, result: ResultDraft) -> str:
    return (
        f"Adopted for {result.id} “{result.statement}”; written for {draft.written_for} in the knowledge "
        "base: the user confirmed it measures this result."
    )


def fit_step(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    home = kb.result_by_id.get(draft.written_for or "")
    written = f"{home.id} “{home.statement}”" if home else str(draft.written_for)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_yes(text) or text.strip().lower() in ("fits", "keep"):
            note = adoption_note(draft, result)
            rationale = f"{draft.indicator.rationale} {note}" if draft.indicator.rationale else note
            return answers.replace_draft(area.id, result.id, draft.step_done("fit", rationale=rationale)), (
                f"{draft.id} stays under {result.id}; the plan notes why.",
            )
        if is_no(text) or text.strip().lower() in ("drop", "remove"):
            drafts = tuple(d for d in result.drafts or () if d.id != draft.id)
            return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts)), (
                f"Dropped {draft.id}." + ("" if drafts else f" {result.id} has no indicator now."),
            )
        raise Unclear("say `yes` if it measures this result too, or `drop` to leave it out")

    return Question("refine", f"refine.{draft.id}.fit",
                    (header(draft), f"This indicator was written for {written}. Does it also measure "
                     f"{result.id} “{result.statement}”? (`yes` keeps it here, `drop` leaves it out)"),
                    read, options=("yes", "drop"), example="yes",
                    why="An indicator should measure its own result. One borrowed from another result is fine only "
                        "if it shows the change this result promises; otherwise the logframe claims what it does not measure.")  # fmt: skip
