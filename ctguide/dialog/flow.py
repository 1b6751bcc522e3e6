"""The step table: the one place that orders the stages of the conversation.

The next question is always derived from the answers (the first thing not yet answered), so
going back, editing an early answer or resuming a session never needs bookkeeping of its own.
Each stage lives in its own module and builds Questions that know how to read their answer,
what `skip` means for them and why they are asked:

    profile      title, organisation, countries, dates, target groups, donor
    areas        the project in the user's words, then the intervention areas it matches; where the reading
                 is not sure, which area leads and which pillar an area sits under
    results      the project goal; per area the objective, its outcomes and outputs, and
                 per objective and result the assumptions under which it leads to the next level
    indicators   per result (the goal too): suggestions to pick, reword, or the user's own
    refinement   per chosen indicator: its steps in M&E order (wording, measures, baseline,
                 ethics)
    review       the plan checked as a whole, then written
"""

from __future__ import annotations

from collections.abc import Callable

from ctguide.dialog.areas import areas_question, describe_question
from ctguide.dialog.doubts import lead_question, pillar_question
from ctguide.dialog.indicators import indicators_question, suggestions_for
from ctguide.dialog.profile import profile_question
from ctguide.dialog.question import REST, Outcome, Question
from ctguide.dialog.refinement import REFINE_STEPS, keep_rest, refine_question
from ctguide.dialog.results import (
    assumptions_question,
    goal_question,
    objective_assumptions_question,
    objective_question,
    results_question,
)
from ctguide.dialog.review import findings_for, review_question
from ctguide.dialog.state import OBJECTIVE, Answers, ResultDraft
from ctguide.drafting import objective_id
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear

__all__ = ["REFINE_STEPS", "REST", "Question", "findings_for", "next_question", "skip_rest"]


def goal(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """The project goal (impact) and its indicators, once the areas are known."""
    if not answers.areas:
        return None
    if answers.goal is None:
        return goal_question(kb, answers)
    return result_steps(kb, answers, kb.area_by_id[answers.areas[0].area], answers.goal, assumptions=False)


def per_area(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """Area by area: objective, its indicators and the assumptions under which it serves the goal,
    results, then result by result its indicators, their refinement and the assumptions under which it
    leads to the next level."""
    for area_draft in answers.areas or ():
        area = kb.area_by_id[area_draft.area]
        if area_draft.objective is None:
            return objective_question(answers, area)
        objective = ResultDraft(objective_id(area), OBJECTIVE, area_draft.objective, kb_id=objective_id(area))
        if area_draft.measured is None and suggestions_for(kb, answers, area, objective):
            return indicators_question(kb, answers, area, objective)
        if area_draft.measured is not None and area_draft.results is None:
            question = result_steps(kb, answers, area, area_draft.measured, assumptions=False)
            if question is not None:
                return question
        if area_draft.objective_assumptions is None:
            return objective_assumptions_question(answers, area)
        if area_draft.results is None:
            return results_question(kb, answers, area)
        for result in area_draft.all_results():
            question = result_steps(kb, answers, area, result, assumptions=result.level != OBJECTIVE)
            if question is not None:
                return question
    return None


def result_steps(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, *, assumptions: bool = True
) -> Question | None:
    if result.drafts is None:
        return indicators_question(kb, answers, area, result)
    for draft in sorted(result.drafts, key=lambda d: not d.rewrite):  # new wordings first, while in mind
        question = refine_question(kb, answers, area, result, draft)
        if question is not None:
            return question
    if assumptions and result.assumptions is None:
        return assumptions_question(kb, answers, area, result)
    return None


STEPS: tuple[Callable[[KnowledgeBase, Answers], Question | None], ...] = (
    profile_question,
    describe_question,
    lead_question,
    areas_question,
    pillar_question,
    goal,
    per_area,
    review_question,
)


def next_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """The first thing still to ask; None once the plan is written (confirmed)."""
    for ask in STEPS:
        question = ask(kb, answers)
        if question is not None:
            return question
    return None


def skip_rest(kb: KnowledgeBase, answers: Answers) -> Outcome:
    """`keep the rest` on the indicator being refined now."""
    question = next_question(kb, answers)
    if question is None or question.stage not in ("refine", "ethics"):
        raise Unclear("`keep the rest` works while an indicator is being refined")
    return keep_rest(kb, answers, question.key.split(".")[1], ethics_shown=question.stage == "ethics")
