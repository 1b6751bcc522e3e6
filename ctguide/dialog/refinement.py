"""Stage 5, refinement: the steps one chosen indicator goes through, in M&E order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ctguide.dialog.baseline import (
    baseline_date_step,
    baseline_step,
    must_not_target,
    projection_step,
    targets_step,
)
from ctguide.dialog.ethics import ethics_step, suggested_ethics
from ctguide.dialog.fit import fit_step, misfit, relevance_step
from ctguide.dialog.measures import (
    definitions_step,
    denominator_example,
    direction_step,
    disaggregation_step,
    frequency_step,
    numerator_example,
    stages_step,
    text_step,
    unit_step,
)
from ctguide.dialog.placeholders import default_for, slot, spread
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.dialog.wording import fill_question, rewrite_question
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear
from ctguide.plan import MONITOR, RATIO_UNITS
from ctguide.smart import is_victim_data


def refine_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question | None:
    if draft.rewrite:
        return rewrite_question(kb, answers, area, result, draft)
    if _borrowed(draft, kb) and "fit" not in draft.done:
        return fit_step(kb, answers, area, result, draft)
    for placeholder in draft.placeholders():
        if f"fill:{placeholder}" not in draft.done:
            return fill_question(kb, answers, area, result, draft, placeholder)
    pending = next(
        ((s, build) for s, applies, build in _STEPS if s not in draft.done and applies(draft, kb)), None
    )
    if pending is None:
        return None
    found = misfit(kb, answers, area, result, draft)  # asked once the wording is whole, while it is refined
    if found is not None:
        return relevance_step(kb, answers, area, result, draft, found)
    return pending[1](kb, answers, area, result, draft)


def _always(draft: Draft, kb: KnowledgeBase) -> bool:
    return True


def _custom_only(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.custom


def _ratio(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.indicator.unit in RATIO_UNITS


def _staged(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.indicator.unit == "stage" and not draft.indicator.stages


def _needs_baseline_date(draft: Draft, kb: KnowledgeBase) -> bool:
    return "baseline" in draft.done and draft.indicator.baseline.status == "to_be_set"


def _victim(draft: Draft, kb: KnowledgeBase) -> bool:
    return is_victim_data(draft.indicator) or bool(draft.indicator.ethics_notes or draft.ethics_offer)


def _custom_or_unknown_method(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.custom or not draft.indicator.collection_method


def _borrowed(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.written_for is not None


def _claimed(draft: Draft, kb: KnowledgeBase) -> bool:
    """A context indicator (not attributable) is never asked for a target nor a donor's figure."""
    return draft.indicator.attributable


def _monitored(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.indicator.direction == MONITOR and _claimed(draft, kb)


_STEPS: tuple[tuple[str, Callable[[Draft, KnowledgeBase], bool], Callable[..., Question]], ...] = (
    # what it measures
    ("fit", _borrowed, fit_step),
    ("unit", _custom_only, unit_step),
    ("stages", _staged, stages_step),
    ("direction", _custom_only, direction_step),
    ("definitions", _custom_only, definitions_step),
    ("collection", _custom_or_unknown_method, text_step(
        "collection", "collection_method",
        "How will the data be collected: what tool, who asks or counts, when?",
        "The collection method makes the indicator repeatable: the same tool, the same moment, the same people "
        "asking, every time.", "exit interview by a staff member who does not deliver the service")),
    ("numerator", _ratio, text_step(
        "numerator", "numerator", "Numerator: who or what is counted on top of the fraction?",
        "A percentage is only as clear as its numerator and denominator: who is counted on top, and out of which group.",
        numerator_example)),
    ("denominator", _ratio, text_step(
        "denominator", "denominator", "Denominator: out of which group, in which period?",
        "The denominator is the eligible population. Without it a % cannot be interpreted or compared: "
        "'all residents who left in the quarter' and 'residents who answered' give different numbers.",
        denominator_example)),
    # where the data come from, and who they are about
    ("mov", _always, text_step(
        "mov", "means_of_verification", "Data source (means of verification): where do the data come from?",
        "Data you already collect (case files, registers) are cheaper and safer than new surveys.",
        "case-management records")),
    ("disaggregation", _always, disaggregation_step),
    ("ethics", _victim, ethics_step),
    # where it starts and where it should go
    ("baseline", _always, baseline_step),
    ("baseline_date", _needs_baseline_date, baseline_date_step),
    ("targets", _claimed, targets_step),
    ("projection", _monitored, projection_step),
    # who measures it, how often
    ("frequency", _always, frequency_step),
    ("responsible", _always, text_step(
        "responsible", "responsible", "Who is responsible for collecting and reporting it (a role, not a name)?",
        "A named role makes sure the data are collected when staff change.", "M&E officer")),
)  # fmt: skip
REFINE_STEPS = tuple(step for step, _, _ in _STEPS)


def keep_rest(kb: KnowledgeBase, answers: Answers, draft_id: str, *, ethics_shown: bool = False) -> Outcome:
    """`keep the rest`: the suggested values for the rest of indicator `draft_id`; placeholders take the
    project's own answers (never another project's example); ethics notes are never attached unseen."""
    area_draft, result, draft = next((a, r, d) for a, r, d in answers.drafts() if d.id == draft_id)
    if _borrowed(draft, kb) and "fit" not in draft.done:
        raise Unclear("first say whether this indicator measures this result (`yes` or `drop`)")
    whole = all(f"fill:{p}" in draft.done for p in draft.placeholders())
    if whole and misfit(kb, answers, kb.area_by_id[area_draft.area], result, draft) is not None:
        raise Unclear(f"first say whether {draft.id} shows the change in {result.id} (a number, or `drop`)")
    for placeholder in draft.placeholders():
        if f"fill:{placeholder}" not in draft.done:
            found = slot(kb, answers, draft, placeholder)
            value = default_for(found)
            if value is None:
                raise Unclear(f"fill in {placeholder} first: only you know what it is in your project")
            draft = draft.with_fill(placeholder, value).step_done(f"fill:{placeholder}")
            answers = answers.with_fill(placeholder, value) if found.kind != "quantity" else answers
            if found.kind != "quantity":
                answers, _ = spread(
                    answers.replace_draft(area_draft.area, result.id, draft), placeholder, value
                )
    filled = answers.replace_draft(area_draft.area, result.id, draft)
    if not whole and misfit(kb, filled, kb.area_by_id[area_draft.area], result, draft) is not None:
        return filled, (
            f"Filled in {draft.id}'s wording: “{draft.statement()}”. First, one question about it.",
        )
    updated = draft
    while pending := [
        s for s, applies, _ in _STEPS if s not in updated.done and s != "ethics" and applies(updated, kb)
    ]:
        required = {"fit", "unit", "direction", "stages", "collection"} & set(pending)
        if required:
            raise Unclear(
                "this indicator still needs its " + ", ".join(sorted(required)) + "; answer that first"
            )
        if "targets" in pending and must_not_target(updated.indicator):
            updated = updated.step_done("targets", direction=MONITOR, targets=())
            continue
        updated = dataclasses.replace(updated, done=updated.done | set(pending))
    if ethics_shown and "ethics" not in updated.done:
        notes = updated.indicator.ethics_notes or updated.ethics_offer or suggested_ethics(kb)
        updated = updated.step_done("ethics", ethics_notes=notes)
    unseen = "ethics" not in updated.done and _victim(updated, kb)
    ethics = (
        " First, the ethics safeguards: they are attached only once you have seen them." if unseen else ""
    )
    monitor = (
        " It is kept **monitor only**: a count like this is never targeted."
        if updated.indicator.direction == MONITOR and draft.indicator.direction != MONITOR
        else ""
    )
    return answers.replace_draft(area_draft.area, result.id, updated), (
        f"Kept the suggested values for the rest of {draft.id}.{monitor}{ethics}",
    )
