"""Stage 6, review: the plan checked as a whole, then written."""

from __future__ import annotations

import dataclasses

from ctguide.dialog.fit import CONFIRMED
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, build_plan
from ctguide.findingtext import named
from ctguide.knowledge import KnowledgeBase
from ctguide.monitorwords import monitored_summary
from ctguide.parsing import Unclear
from ctguide.plan import Plan
from ctguide.smart import TO_BE_SET_RULE, review_indicator, review_plan, verdict

SHOWN = 8
"""Points and suggestions the review lists; the rest is counted."""


def findings_for(kb: KnowledgeBase, answers: Answers, draft_id: str) -> list:
    plan = build_plan(answers, {a.id: a.code for a in kb.areas})
    if plan is None:
        return []
    index = next((i for i, ind in enumerate(plan.indicators) if ind.id == draft_id), None)
    return review_indicator(plan, index, kb) if index is not None else []


def wording_errors(kb: KnowledgeBase, answers: Answers, draft_id: str) -> list:
    """The errors only a new wording can fix: going through the other steps again would leave them standing."""
    return [f for f in findings_for(kb, answers, draft_id) if f.severity == "error" and _about_wording(f)]


def _about_wording(finding) -> bool:  # noqa: ANN001 - Finding
    return finding.path.endswith(".statement")


PLAN_WIDE = "The plan: "
"""How the verdict names a finding about the plan as a whole; its messages already say what they are about
('The objective SHL-OBJ … has no indicator'), so the conversation leaves the prefix out."""


def review_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.confirmed:
        return None
    plan = build_plan(answers, {a.id: a.code for a in kb.areas})
    assert plan is not None
    findings = named(review_plan(plan, kb), plan, kb)
    errors = [f for f in findings if f.severity == "error"]
    judged = verdict(findings)
    results = sum(1 + len(c.outcomes) + len(c.outputs) for c in plan.results_chain) + (1 if plan.goal else 0)
    areas = len(plan.results_chain)
    lines = [f"**Review** — {areas} area{'s' if areas != 1 else ''}, {results} results, {len(plan.indicators)} indicators.",
             *coverage(kb, plan), *(f"- {line}" for line in monitored_summary(plan.indicators)), judged.summary]  # fmt: skip
    marks = {"error": "✖", "harm": "⚠", "ethics": "⚠", "fit": "⚠", "warning": "⚠", "to_be_set": "·"}
    points = [item for item in judged.open_items if item.kind != "to_be_set"]
    notes = [
        f for f in findings if f.severity == "info" and f.rule != TO_BE_SET_RULE
    ]  # the summary's suggestions
    shown = points[:SHOWN]
    confirmed = {i.id for i in plan.indicators if CONFIRMED in (i.rationale or "")}
    lines += [f"- {marks[item.kind]} {item.text.removeprefix(PLAN_WIDE)}"
              + (" You said it does; the plan notes it, and a reviewer may still ask."
                 if item.kind == "fit" and item.indicator in confirmed else "")
              for item in shown]  # fmt: skip
    lines += [
        f"- ℹ {f.indicator + ': ' if f.indicator else ''}{f.message} {f.fix}"
        for f in notes[: SHOWN - len(shown)]
    ]
    hidden = len(points) + len(notes) - SHOWN
    if hidden > 0:
        lines.append(f"- … and {hidden} more (`show` lists the plan)")
    empty = [r.id for a in answers.areas or () for r in a.results or () if r.drafts == ()]
    if errors:
        lines.append("Fix the errors first: `edit <indicator id>` revisits an indicator, `edit <id> wording` rewords it"
                     + (", `drop empty` removes results without indicators" if empty else "") + ".")  # fmt: skip
        edits = dict.fromkeys(
            f"edit {f.indicator}" + (" wording" if _about_wording(f) else "") for f in errors if f.indicator
        )
        options: tuple[str, ...] = (("drop empty",) if empty else ()) + tuple(edits)[:3]
    else:
        left = "" if judged.ok else " It will say what is still open."
        lines.append(
            f"Write the plan now? (`write`, or `show` to see it first; `edit <id>` revisits an indicator).{left}"
        )
        options = ("write", "show")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if lowered == "drop empty" and empty:
            return _drop_empty(answers), ("Removed the results that had no indicator.",)
        if lowered in ("write", "yes", "save plan", "done") and not errors:
            return dataclasses.replace(answers, confirmed=True), ()
        if lowered in ("write", "yes", "done"):
            raise Unclear(
                f"{len(errors)} error{'s' if len(errors) != 1 else ''} must be fixed before the plan is written: "
                + errors[0].fix
            )
        raise Unclear(
            "say `write` to finish"
            + (", or `drop empty`" if empty else "")
            + "; `edit <id>` revisits an indicator"
        )

    return Question("review", "review", tuple(lines), read, options=options, example=options[0] if options else "write",
                    why="The review applies the SMART and do-no-harm rules to every indicator and checks the plan "
                        "as a whole: every result measured, outcomes as well as outputs, victim data protected.")  # fmt: skip


def _drop_empty(answers: Answers) -> Answers:
    areas = []
    for area in answers.areas or ():
        kept = tuple(r for r in area.results or () if r.drafts != ())
        areas.append(dataclasses.replace(area, results=kept))
    return dataclasses.replace(answers, areas=tuple(areas))


def coverage(kb: KnowledgeBase, plan: Plan) -> list[str]:
    """From the goal down: how many indicators measure each level (areas by name, as the user chose them)."""
    counts: dict[str, int] = {}
    for indicator in plan.indicators:
        counts[indicator.result] = counts.get(indicator.result, 0) + 1
    lines = []
    if plan.goal is not None:
        measured = counts.get(plan.goal.id, 0)
        lines.append(f"- Goal: {measured} indicator{'s' if measured != 1 else ''}")
    for block in plan.results_chain:
        measured = sum(1 for _, s in block.results() if counts.get(s.id))
        total = sum(1 for _ in block.results())
        name = kb.area_by_id[block.area].name if block.area in kb.area_by_id else block.area
        lines.append(f"- {name}: {measured} of {total} results measured")
    return lines


def closing(kb: KnowledgeBase, plan: Plan | None) -> str:
    """What is said once the plan is written, and after it: 'complete' only when the review left nothing
    open; otherwise the verdict's own words for what is left (never 'passed' while harm, ethics or fit stands).
    Said right after `write`, so it never reads as if the plan had not been written ('drafted, but not finished')."""
    if plan is None:
        return f"The plan is drafted. {FINISHED_HINT}"
    judged = verdict(review_plan(plan, kb))
    if judged.ok and not judged.open_items:
        return f"The plan is complete. {judged.summary} {FINISHED_HINT}"
    if judged.ok:
        return f"The plan is ready to share as a draft. {judged.summary} {FINISHED_HINT}"
    return f"The plan can be written, but it is not ready to hand over. {judged.summary} {FINISHED_HINT}"


FINISHED_HINT = "`show` displays the plan, `edit <id>` revisits an indicator, `back` undoes the last step."
