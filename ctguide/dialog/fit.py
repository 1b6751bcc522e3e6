"""Refinement: does an indicator measure its result? One written for another result is kept only if the user
confirms it measures this one; one the review's fit rule (R4) warns about is kept, replaced by the closest knowledge
indicators for the result, or moved to the result of the plan it fits, as the user decides."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass

from ctguide.dialog.indicators import Suggestion, kb_draft, plan_level, suggestions_for, unique_id
from ctguide.dialog.question import Outcome, Question, echo, header
from ctguide.dialog.state import Answers, Draft, ResultDraft, build_plan
from ctguide.fit import families, reference, topic_mismatch
from ctguide.indicatortext import romance
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, is_no, is_yes, parse_picks
from ctguide.plan import Plan
from ctguide.smart import Context, Hit, population_figure, relevant_fit
from ctguide.textnorm import fold


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


# --- does an indicator the user picked or wrote show the change its result promises? (review rule R4) --------


@dataclass(frozen=True)
class Misfit:
    """The review's fit warning on a draft, with what the user can do about it."""

    reason: str  # the review's reading, in a few words ("it reads like a measure of hotlines and helplines")
    field: str | None  # the other field it measures (HIV, literacy ...), when that is the problem
    replacements: tuple[Suggestion, ...]  # the closest knowledge indicators for the result, best first
    moves: tuple[ResultDraft, ...]  # results of the plan where it would fit, best first


CONFIRMED = "The user confirmed it shows the change in"
"""How the plan's rationale notes that the user kept an indicator the review's fit rule doubts."""
MAX_REPLACEMENTS = 2
MAX_MOVES = 1
SURVIVORS = {
    "en": " among survivors of trafficking",
    "es": " entre sobrevivientes de trata de personas",
    "fr": " parmi les personnes survivantes de la traite",
    "pt": " entre sobreviventes de tráfico de pessoas",
}
"""What the reword adds to another field's measure, in the statement's language."""
_OWN_WORDS = {  # function words of one of the three Romance languages only, folded
    "es": frozenset("el los del y con una unos unas al hay mediante segun".split()),
    "fr": frozenset("le les des du et avec pour dans au aux une qui sur ces leur leurs selon".split()),
    "pt": frozenset("os do dos da das no na nas em com pelo pela pelos pelas um uma ao aos seu sua".split()),
}


def survivors_phrase(statement: str) -> str:
    """' among survivors of trafficking' in the statement's language: English unless its function words are
    Romance (indicatortext's reading), then the language whose own function words it uses most."""
    if not romance(statement):
        return SURVIVORS["en"]
    words = fold(statement).split()
    counts = {lang: sum(w in own for w in words) for lang, own in _OWN_WORDS.items()}
    best = max(counts, key=lambda lang: counts[lang])
    return SURVIVORS[best] if counts[best] else SURVIVORS["en"]


def misfit(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Misfit | None:
    """The fit warning (R4) the review gives this draft where it stands, or None. Indicators borrowed from another
    result are asked about by `fit_step` instead."""
    if draft.written_for is not None or "relevance" in draft.done:
        return None
    placed = _placed(kb, answers, draft.id)
    if placed is None:
        return None
    plan, index = placed
    hit = _fit_warning(plan, index, kb)
    if hit is None:
        return None
    indicator = plan.indicators[index]
    other = topic_mismatch(reference(kb), indicator.statement, result.statement, result.kb_id, area.id)
    return Misfit(_reason(hit.message), other.field if other else None,
                  _replacements(kb, answers, area, result, indicator.statement),
                  _moves(kb, answers, plan, index))  # fmt: skip


def _placed(kb: KnowledgeBase, answers: Answers, draft_id: str) -> tuple[Plan, int] | None:
    plan = build_plan(answers, {a.id: a.code for a in kb.areas})
    if plan is None:
        return None
    index = next((i for i, ind in enumerate(plan.indicators) if ind.id == draft_id), None)
    return None if index is None else (plan, index)


def _fit_warning(plan: Plan, index: int, kb: KnowledgeBase) -> Hit | None:
    hits = relevant_fit(plan.indicators[index], Context(plan, index, kb))
    return next((h for h in hits if (h.severity or "warning") == "warning"), None)


_WHY = re.compile(
    r"^.*?['’]: (?P<why>.*?)(?:\s*\((?:the knowledge indicator|[A-Z]{2,4}-(?:OC|OP)\d).*\))?\.?$"
)


def _reason(message: str) -> str:
    """'This indicator does not seem to measure its result X '…': it reads like a measure of hotlines (HOT-OP1 '…').'
    -> 'it reads like a measure of hotlines'."""
    found = _WHY.match(message)
    return found.group("why") if found else message


def _replacements(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, statement: str
) -> tuple[Suggestion, ...]:
    offered = [s for s in suggestions_for(kb, answers, area, result)
               if not {"INC", "AMB"} & set(s.indicator.pitfalls)]  # fmt: skip
    nearest = reference(kb).nearest(statement, [s.indicator for s in offered])
    by_id = {s.indicator.id: s for s in offered}
    return tuple(by_id[i.id] for i in nearest[:MAX_REPLACEMENTS])


def _moves(kb: KnowledgeBase, answers: Answers, plan: Plan, index: int) -> tuple[ResultDraft, ...]:
    """Results of the plan's other areas, their indicators already chosen, under which the review would not warn,
    and which share words with the indicator (most first); the goal, as a context indicator, for a population-wide
    figure."""
    indicator = plan.indicators[index]
    if population_figure(indicator) and answers.goal is not None and answers.goal.drafts is not None:
        return (answers.goal,)
    keys = families(indicator.statement)
    shares = []
    for area_id, result in answers.results():
        if area_id == indicator.area or result.drafts is None or _is_goal(answers, result):
            continue  # the warning says it reads as another area's measure: a result of its own area is no fix
        shared = len(keys & families(result.statement))
        if not shared:
            continue
        moved = dataclasses.replace(indicator, result=result.id, area=area_id)
        trial = dataclasses.replace(
            plan, indicators=(*plan.indicators[:index], moved, *plan.indicators[index + 1 :])
        )
        if _fit_warning(trial, index, kb) is None:
            shares.append((-shared, result.id, result))
    return tuple(result for _, _, result in sorted(shares, key=lambda s: s[:2])[:MAX_MOVES])


def _is_goal(answers: Answers, result: ResultDraft) -> bool:
    """By id: the question is built from one Answers and read with another, whose records are other objects."""
    return answers.goal is not None and result.id == answers.goal.id


def relevance_step(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft,
                   found: Misfit) -> Question:  # fmt: skip
    statement = draft.indicator.statement
    named = f"**{draft.id}** “{statement}”"
    choices: list[tuple[str, Callable[[Answers], Outcome]]] = []
    if found.field:
        reworded = statement.rstrip(". ") + survivors_phrase(statement)
        ask = (f"{named} measures {found.field}, not the change in {result.id} “{result.statement}”. "
               "Does it count trafficking survivors?")  # fmt: skip
        choices.append((f"yes: say so in the wording, “{reworded}”",
                        lambda answers: _reword(answers, area, result, draft, reworded)))  # fmt: skip
    else:
        ask = f"Does {named} show the change in {result.id} “{result.statement}”? The review says {found.reason}."
        choices.append(("keep: it does (the plan notes that you confirmed it)",
                        lambda answers: _confirm(answers, area, result, draft)))  # fmt: skip
    for suggestion in found.replacements:
        choices.append((f"replace it with {suggestion.indicator.id} “{suggestion.indicator.statement}”",
                        lambda answers, s=suggestion: _replace(kb, answers, area, result, draft, s)))  # fmt: skip
    for target in found.moves:
        where = (
            "the goal, as a context indicator"
            if _is_goal(answers, target)
            else f"{target.id} “{target.statement}”"
        )
        choices.append(
            (f"move it to {where}", lambda answers, t=target: _move(kb, answers, area, result, draft, t))
        )
    if found.field:
        choices.append(("keep it as it is (the review keeps its warning)",
                        lambda answers: _confirm(answers, area, result, draft)))  # fmt: skip
    lines = tuple(f"{n}. {label}" for n, (label, _) in enumerate(choices, start=1))

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        said = " ".join(text.lower().split())
        if is_no(said) and found.field:
            raise Unclear(f"then it measures {found.field}, not this result: replace it, or `drop` it and keep it in the "
                          f"{found.field} part of the programme's framework")  # fmt: skip
        if said in ("drop", "remove"):
            return _drop(answers, area, result, draft)
        named = [
            n
            for n, (label, _) in enumerate(choices)
            if said in ("keep", "replace", "move") and label.startswith(said)
        ]
        if named:
            return choices[named[0]][1](answers)
        if is_yes(
            said
        ):  # the first choice answers the question: keep it, or (another field) say so in the wording
            return choices[0][1](answers)
        if is_no(said):
            raise Unclear(_otherwise(choices[1:]))
        picks = parse_picks(text, len(choices))
        if len(picks) > 1:
            raise Unclear("pick one")
        return choices[picks[0]][1](answers)

    return Question("refine", f"refine.{draft.id}.relevance",
                    (ask, *lines, "Pick a number, or `drop` to leave it out."),
                    read, options=(*(str(n) for n in range(1, len(choices) + 1)), "drop"), example="1",
                    numbered=len(choices),
                    why="An indicator should show the change its result promises. One that measures something else "
                        "makes the logframe claim what it does not measure, and a donor's reviewer will ask.")  # fmt: skip


def _otherwise(choices: list[tuple[str, Callable[[Answers], Outcome]]]) -> str:
    """What 'no' leaves the user: the replace and move choices, numbered as they are listed, or `drop`."""
    listed = [
        f"`{n}` to {label}" for n, (label, _) in enumerate(choices, start=2) if not label.startswith("keep")
    ]
    return ("then " + ", ".join(listed) + ", or `drop` it" if listed
            else "then `drop` it, and write one that shows this result's change")  # fmt: skip


def _confirm(answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Outcome:
    note = f"{CONFIRMED} {result.id} “{result.statement}”."
    rationale = f"{draft.indicator.rationale} {note}" if draft.indicator.rationale else note
    return answers.replace_draft(area.id, result.id, draft.step_done("relevance", rationale=rationale)), (
        f"{draft.id} stays under {result.id}; the plan notes that you confirmed it.",)  # fmt: skip


def _reword(answers: Answers, area: Area, result: ResultDraft, draft: Draft, wording: str) -> Outcome:
    reworded = dataclasses.replace(draft, template=draft.template.rstrip(". ") + survivors_phrase(wording),
                                   indicator=dataclasses.replace(draft.indicator, statement=wording))  # fmt: skip
    return answers.replace_draft(area.id, result.id, reworded), (  # checked again: it may read as another area's
        echo(wording), f"(`edit {draft.id} wording` words it differently.)")  # fmt: skip


def _drop(answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Outcome:
    drafts = tuple(d for d in result.drafts or () if d.id != draft.id)
    return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts)), (
        f"Dropped {draft.id}." + ("" if drafts else f" {result.id} has no indicator now."),)  # fmt: skip


def _replace(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft,
             suggestion: Suggestion) -> Outcome:  # fmt: skip
    taken = answers.used_ids() - {draft.id}
    new, notes = kb_draft(kb, answers, area, result, suggestion, taken)
    drafts = tuple(new if d.id == draft.id else d for d in result.drafts or ())
    return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts)), (
        f"Replaced {draft.id} with {new.id}.", *notes)  # fmt: skip


def _move(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft,
          target: ResultDraft) -> Outcome:  # fmt: skip
    home = next(a for a, r in answers.results() if r.id == target.id)
    pillar = answers.area(home).pillar if answers.area(home) else draft.indicator.pillar
    to_goal = _is_goal(answers, target)
    ident = unique_id(f"{target.id}-X1", answers.used_ids()) if draft.custom else draft.id
    indicator = dataclasses.replace(draft.indicator, id=ident, result=target.id, area=home, pillar=pillar,
                                    level="impact" if to_goal else plan_level(target, draft.indicator.level),
                                    attributable=not to_goal and draft.indicator.attributable)  # fmt: skip
    moved = dataclasses.replace(draft, indicator=indicator).step_done("relevance")
    left = tuple(d for d in result.drafts or () if d.id != draft.id)
    answers = answers.replace_result(area.id, dataclasses.replace(result, drafts=left or None))
    answers = answers.replace_result(
        home, dataclasses.replace(target, drafts=(*(target.drafts or ()), moved))
    )
    where = "the goal, as a context indicator (not attributable to the project)" if to_goal else target.id
    return answers, (f"Moved {draft.id} to {where}" + (f" as {ident}." if ident != draft.id else ".")
                     + ("" if left else f" {result.id} has no indicator now: you choose one again next."),)  # fmt: skip
