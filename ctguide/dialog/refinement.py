"""Stage 5, refinement: the steps one chosen indicator goes through, in M&E order."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ctguide.dialog.baseline import baseline_date_step, baseline_step, targets_step
from ctguide.dialog.ethics import ethics_step, suggested_ethics
from ctguide.dialog.measures import (
    direction_step,
    disaggregation_step,
    frequency_step,
    stages_step,
    text_step,
    unit_step,
)
from ctguide.dialog.parsing import Unclear
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.dialog.wording import fill_question, rewrite_question
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.plan import RATIO_UNITS
from ctguide.smart import is_victim_data


def refine_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question | None:
    if draft.rewrite:
        return rewrite_question(area, result, draft)
    for placeholder in draft.placeholders():
        if f"fill:{placeholder}" not in draft.done:
            return fill_question(kb, answers, area, result, draft, placeholder)
    for step, applies, build in _STEPS:
        if step not in draft.done and applies(draft, kb):
            return build(kb, answers, area, result, draft)
    return None


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
    return is_victim_data(draft.indicator) or bool(draft.indicator.ethics_notes)


_STEPS: tuple[tuple[str, Callable[[Draft, KnowledgeBase], bool], Callable[..., Question]], ...] = (
    ("unit", _custom_only, unit_step),
    ("stages", _staged, stages_step),
    ("direction", _custom_only, direction_step),
    (
        "numerator",
        _ratio,
        text_step(
            "numerator",
            "numerator",
            "Numerator: who or what is counted on top of the fraction?",
            "A percentage is only as clear as its numerator and denominator: who is counted on top, and out of which group.",
            "residents who answer 'safe' or 'very safe'",
        ),
    ),
    (
        "denominator",
        _ratio,
        text_step(
            "denominator",
            "denominator",
            "Denominator: out of which group, in which period?",
            "The denominator is the eligible population. Without it a % cannot be interpreted or compared: "
            "'all residents who left in the quarter' and 'residents who answered' give different numbers.",
            "all residents who left the shelter in the quarter",
        ),
    ),
    ("baseline", _always, baseline_step),
    ("baseline_date", _needs_baseline_date, baseline_date_step),
    ("targets", _always, targets_step),
    (
        "mov",
        _always,
        text_step(
            "mov",
            "means_of_verification",
            "Means of verification: where do the data come from?",
            "Data you already collect (case files, registers) are cheaper and safer than new surveys.",
            "case-management records",
        ),
    ),
    ("frequency", _always, frequency_step),
    (
        "responsible",
        _always,
        text_step(
            "responsible",
            "responsible",
            "Who is responsible for collecting and reporting it (a role, not a name)?",
            "A named role makes sure the data are collected when staff change.",
            "M&E officer",
        ),
    ),
    ("disaggregation", _always, disaggregation_step),
    ("ethics", _victim, ethics_step),
)
REFINE_STEPS = tuple(step for step, _, _ in _STEPS)


def keep_rest(kb: KnowledgeBase, answers: Answers, draft_id: str) -> Outcome:
    """`keep the rest`: accept the suggested values (and example fills) for the rest of indicator `draft_id`."""
    area_draft, result, draft = next((a, r, d) for a, r, d in answers.drafts() if d.id == draft_id)
    source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
    examples = dict(source.placeholders) if source else {}
    for placeholder in draft.placeholders():
        if f"fill:{placeholder}" not in draft.done:
            if placeholder not in examples:
                raise Unclear(f"fill in {placeholder} first; there is no suggested value for it")
            draft = draft.with_fill(placeholder, examples[placeholder])
            draft = dataclasses.replace(draft, done=draft.done | {f"fill:{placeholder}"})
    open_steps: list[str] = []
    updated = draft
    while pending := [s for s, applies, _ in _STEPS if s not in updated.done and applies(updated, kb)]:
        required = {"unit", "direction", "stages"} & set(pending)
        if required:
            raise Unclear(
                "this indicator still needs its " + ", ".join(sorted(required)) + "; answer that first"
            )
        open_steps += pending
        updated = dataclasses.replace(updated, done=updated.done | set(pending))
    if "ethics" in open_steps:
        notes = draft.indicator.ethics_notes or suggested_ethics(kb)
        updated = dataclasses.replace(
            updated, indicator=dataclasses.replace(updated.indicator, ethics_notes=notes)
        )
    ethics = " (with the suggested ethics safeguards)" if "ethics" in open_steps else ""
    return answers.replace_draft(area_draft.area, result.id, updated), (
        f"Kept the suggested values for the rest of {draft.id}{ethics}.",
    )
