"""Refinement: the safeguards for data from or about victims, shown before they are attached."""

from __future__ import annotations

from ctguide.dialog.question import KEEP, Outcome, Question, header, updater
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, is_no, is_yes


def ethics_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "ethics")
    shown = draft.indicator.ethics_notes or draft.ethics_offer or suggested_ethics(kb)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if is_yes(lowered) or lowered == KEEP:
            return update(answers, ethics_notes=shown), ("Ethics notes added.",)
        if is_no(lowered):
            raise Unclear("data about victims always need a safeguard note; say `yes` to add the suggested one, or "
                          "write your own note (consent, confidentiality, who collects)")  # fmt: skip
        note = " ".join(text.split())
        if len(note.split()) < 4:
            raise Unclear(
                "write the safeguard as a sentence, e.g. 'consent asked separately from services; no names in the data'"
            )
        return update(answers, ethics_notes=(note,)), ("Your note is added (instead of the suggested ones).",)

    return Question("ethics", f"ethics.{draft.id}",
                    (header(draft), "⚠ **Ethics**: these data come from or about people who may have been exploited. Plan for:",
                     *(f"- {line}" for line in shown), "Add these notes to the indicator? (`yes`, or write your own)"),
                    read, options=("yes",), example="yes",
                    why="Asking survivors for data can harm them: consent must be free and separate from services, "
                        "names stay out of M&E data, small numbers are not published, and collectors should not be "
                        "the people who deliver the service (WHO 2003; IOM data protection principles).")  # fmt: skip


def suggested_ethics(kb: KnowledgeBase) -> tuple[str, ...]:
    """The safeguards every indicator on victim data needs: separate consent, no identifiers, small cells, independent collectors."""
    rules = [
        kb.catalogue["ethics_rules"][r] for r in ("E4", "E2", "E3", "E6") if r in kb.catalogue["ethics_rules"]
    ]
    return tuple(f"{r.id} {r.title}: {r.note_template or r.advice}" for r in rules)
