"""`edit <part>`: reopen one answer and keep every later answer that is still valid."""

from __future__ import annotations

import dataclasses

from ctguide.dialog.flow import REFINE_STEPS
from ctguide.dialog.review import wording_errors
from ctguide.dialog.state import Answers
from ctguide.drafting import objective_id
from ctguide.knowledge import KnowledgeBase
from ctguide.parsing import Unclear
from ctguide.textnorm import fold

PROFILE_FIELDS = {
    "title": {"title": None},
    "organisation": {"organisation": None},
    "organization": {"organisation": None},
    "countries": {"countries": None, "regions": ()},
    "country": {"countries": None, "regions": ()},
    "dates": {"period": None},
    "period": {"period": None},
    "groups": {"target_groups": None},
    "target groups": {"target_groups": None},
    "donor": {"donor": None},
    "problem": {"problem": None},
}
STEP_ALIASES = {"mov": "mov", "means of verification": "mov", "data source": "mov", "source": "mov",
                "target": "targets", "statement": "wording", "definition": "definitions", "method": "collection",
                "collection method": "collection", "projections": "projection"}  # fmt: skip


def edit_answers(kb: KnowledgeBase, answers: Answers, target: str) -> tuple[Answers, str]:
    """The answers with `target` reopened, and what to tell the user. Raises Unclear for unknown parts.

    Any edit reopens a written plan: it is confirmed again only after the review passes."""
    edited, message = _reopen(kb, answers, target)
    return dataclasses.replace(edited, confirmed=False), message


EDITABLE = (
    "title, organisation, countries, dates, groups, donor, description, areas, `objective <area>`, "
    "`results <area>`, a result id (e.g. `SHL-OC1`) or an indicator id (e.g. `SHL-01 baseline`)"
)
"""In code spans: as plain Markdown '<area>' reads as an HTML tag and vanishes from the chat."""


def _reopen(kb: KnowledgeBase, answers: Answers, target: str) -> tuple[Answers, str]:
    wanted = " ".join(target.lower().split())
    if not wanted:
        raise Unclear(f"say what to edit, e.g. `edit dates`: {EDITABLE}")
    if wanted in PROFILE_FIELDS:
        return dataclasses.replace(
            answers, **PROFILE_FIELDS[wanted]
        ), f"Let's change the {wanted}; everything else stays."
    if wanted in ("description", "describe"):
        return dataclasses.replace(answers, description=None, proposed=(), areas=None, kept=answers.areas or answers.kept), (
            "Describe the project again; areas you keep retain their answers.")  # fmt: skip
    if wanted == "areas":
        if answers.description is None:
            raise Unclear("describe the project first; the areas come from the description")
        return dataclasses.replace(
            answers, areas=None, kept=answers.areas or answers.kept
        ), "Choose the areas again; areas you keep retain their answers."
    if wanted in ("goal", "impact"):
        if not answers.areas:
            raise Unclear("choose the areas first; the goal comes after them")
        kept = answers.goal.drafts if answers.goal is not None else None
        return dataclasses.replace(answers, goal=None), (
            "Let's revisit the goal." + (" Its indicators are set aside; `back` brings them back." if kept else ""))  # fmt: skip
    first, _, rest = wanted.partition(" ")
    if first in ("objective", "results", "assumptions"):
        return _edit_area(kb, answers, first, rest)
    return _edit_item(kb, answers, target.strip(), rest)


def _edit_area(kb: KnowledgeBase, answers: Answers, part: str, name: str) -> tuple[Answers, str]:
    if part == "assumptions" and (only := _objective_named(kb, answers, name)) is not None:
        return answers.replace_area(dataclasses.replace(only, objective_assumptions=None)), (
            f"Let's revisit the assumptions of {objective_id(kb.area_by_id[only.area])}.")  # fmt: skip
    area = _find_area(kb, answers, name)
    if part == "objective":
        return answers.replace_area(dataclasses.replace(area, objective=None)), "Let's revisit the objective."
    if part == "assumptions":
        reopened = tuple(dataclasses.replace(r, assumptions=None) for r in area.results or ())
        return answers.replace_area(
            dataclasses.replace(area, results=reopened, objective_assumptions=None)
        ), "Let's revisit the assumptions."
    return answers.replace_area(dataclasses.replace(area, results=None, kept=area.results or area.kept)), (
        "Choose the results again; results you keep retain their indicators.")  # fmt: skip


def _objective_named(kb: KnowledgeBase, answers: Answers, name: str):  # noqa: ANN202 - AreaDraft | None
    """The chosen area whose objective has the id `name` (SHL-OBJ): its assumptions alone are reopened."""
    wanted = name.strip().upper()
    return next((a for a in answers.areas or () if objective_id(kb.area_by_id[a.area]) == wanted), None)


def _find_area(kb: KnowledgeBase, answers: Answers, name: str):  # noqa: ANN202 - AreaDraft
    areas = answers.areas or ()
    if not areas:
        raise Unclear("there are no areas yet")
    if not name:
        if len(areas) == 1:
            return areas[0]
        raise Unclear("say which area, e.g. `edit results " + areas[0].area + "`")
    for area in areas:
        entry = kb.area_by_id[area.area]
        if fold(name) in (fold(area.area), fold(entry.code), fold(entry.name)) or fold(name) in fold(
            entry.name
        ):
            return area
    raise Unclear(f"no chosen area matches {name!r}; chosen: {', '.join(a.area for a in areas)}")


def _edit_item(kb: KnowledgeBase, answers: Answers, target: str, step_text: str) -> tuple[Answers, str]:
    ident = target.split()[0].upper()
    for area, result in answers.results():
        if result.id.upper() == ident:
            reopened = dataclasses.replace(result, drafts=None, kept=result.drafts or result.kept)
            return answers.replace_result(area, reopened), f"Choose the indicators for {result.id} again."
        for draft in result.drafts or ():
            if draft.id.upper() == ident:
                errors = wording_errors(kb, answers, draft.id) if not step_text.strip() else []
                return _reopen_draft(answers, area, result.id, draft, step_text, reword=bool(errors))
    raise Unclear(f"I can edit: {EDITABLE}")


def _reopen_draft(answers: Answers, area: str, result: str, draft, step_text: str,  # noqa: ANN001
                  reword: bool = False) -> tuple[Answers, str]:  # fmt: skip
    """`reword`: the wording has an error no other step can fix, so going through the steps starts with it."""
    step = STEP_ALIASES.get(step_text.strip(), step_text.strip())
    if not step:
        reopened = dataclasses.replace(draft, done=frozenset(), rewrite=reword)
        first = " Its wording comes first: the review's error is in it." if reword else ""
        return answers.replace_draft(
            area, result, reopened
        ), f"Let's go through {draft.id} again; `ok` keeps a value.{first}"
    if step == "wording":
        return answers.replace_draft(
            area, result, dataclasses.replace(draft, rewrite=True)
        ), f"Write {draft.id}'s wording anew."
    if step == "fill":
        kept = frozenset(s for s in draft.done if not s.startswith("fill:"))
        return answers.replace_draft(
            area, result, dataclasses.replace(draft, done=kept, fills=())
        ), f"Fill in {draft.id}'s wording again."
    if step not in REFINE_STEPS:
        raise Unclear(f"steps of an indicator: wording, fill, {', '.join(REFINE_STEPS)}")
    dropped = {step, "baseline_date"} if step == "baseline" else {step}
    return answers.replace_draft(
        area, result, dataclasses.replace(draft, done=draft.done - dropped)
    ), f"Let's change {draft.id}'s {step}."
