"""The plan as it stands before the review, written on request as a clearly marked draft (`write`, F2).

A workshop that runs out of time still leaves with a file: the plan so far, whose notes say it is a draft,
at which step the conversation stopped and what the review finds open in it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ctguide.dialog.review import PLAN_WIDE
from ctguide.findingtext import named
from ctguide.knowledge import KnowledgeBase
from ctguide.plan import Plan
from ctguide.smart import review_plan, verdict

SHOWN = 12
"""Open findings written into the draft's notes; the rest is counted."""
DRAFT_SUFFIX = "-draft"
"""Added to a draft's default file name, so a draft never takes the finished plan's name."""
NOTHING_YET = (
    "There is no plan to write yet: it starts once the title, organisation, countries and dates are answered."
)


@dataclass(frozen=True)
class PartialPlan:
    plan: Plan | None  # None: the profile is not complete, so there is nothing to write
    say: tuple[str, ...]  # what to tell the user about the draft


def partial_plan(kb: KnowledgeBase, plan: Plan | None, stage: str) -> PartialPlan:
    """`plan` (the conversation's plan so far, at `stage`) marked as a draft in its notes, with its open findings."""
    if plan is None:
        return PartialPlan(None, (NOTHING_YET,))
    judged = verdict(named(review_plan(plan, kb), plan, kb))
    items = [f"- {item.text.removeprefix(PLAN_WIDE)}" for item in judged.open_items[:SHOWN]]
    hidden = len(judged.open_items) - SHOWN
    if hidden > 0:
        items.append(f"- … and {hidden} more")
    notes = "\n".join(
        (
            f"DRAFT, not a finished plan: written during the conversation, at the {stage} step. "
            "Results, indicators and answers that step had not reached are missing.",
            f"Review so far: {judged.summary}",
            *items,
        )
    )
    say = (
        f"This is a **draft**: the conversation is at the **{stage}** step, so what comes after it is missing, "
        f"and its notes say so. Review so far: {judged.summary} The finished plan is written after the review; "
        "carry on with the question above.",
    )
    return PartialPlan(dataclasses.replace(plan, notes=notes), say)
