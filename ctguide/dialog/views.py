"""Texts the assistant shows on request: help, and the plan so far as a tree."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ctguide.drafting import TO_BE_SET
from ctguide.guidetext import BADGES, COMMAND_HELP, NOT_WRITTEN, STAGES
from ctguide.knowledge import KnowledgeBase
from ctguide.literal import for_markdown as md
from ctguide.plan import Plan
from ctguide.smart import review_plan, worst_severity

if TYPE_CHECKING:
    from ctguide.dialog.question import Question


def help_text(question: Question) -> str:
    steps = "\n".join(
        f"{n}. **{name}**: {text}" + (" ← *we are here*" if name == question.stage else "")
        for n, (name, text) in enumerate(STAGES, start=1)
    )  # a Markdown list: one step a line (an arrow before the number made it one run-on paragraph)
    return f"{COMMAND_HELP}\n\nThe flow:\n\n{steps}"


def plan_tree(kb: KnowledgeBase, plan: Plan | None) -> str:
    """The plan so far: pillar → area → objective and results → indicators with a SMART badge."""
    if plan is None or not plan.results_chain:
        title = f"**{md(plan.profile.title)}** — " if plan else ""
        return f"{title}no areas chosen yet."
    worst = worst_severity(review_plan(plan, kb))
    lines = [f"**{md(plan.profile.title)}** ({md(plan.profile.organisation)}; {md(', '.join(plan.profile.countries))}; "
             f"{plan.profile.start_date} to {plan.profile.end_date})"]  # fmt: skip
    if plan.goal is not None:
        lines.append(f"- **Goal** {md(plan.goal.statement)}")
        lines += [
            f"  - {BADGES[worst.get(i.id)]} {md(i.id)} {md(i.statement)}"
            for i in plan.indicators
            if i.result == plan.goal.id
        ]
    for pillar in kb.pillars:
        blocks = [b for b in plan.results_chain if b.pillar == pillar.id]
        if not blocks:
            continue
        lines.append(f"- **{pillar.name}**")
        for block in blocks:
            lines.append(
                f"  - {kb.area_by_id[block.area].name if block.area in kb.area_by_id else block.area}"
            )
            for kind, statement in block.results():
                wording = f"*{NOT_WRITTEN}*" if statement.statement == TO_BE_SET else md(statement.statement)
                lines.append(f"    - {md(statement.id)} ({kind}) {wording}")
                for indicator in (i for i in plan.indicators if i.result == statement.id):
                    lines.append(
                        f"      - {BADGES[worst.get(indicator.id)]} {md(indicator.id)} {md(indicator.statement)}"
                    )
    return "\n".join(lines)
