"""Stage 3, the results chain per area: its objective, outcomes and outputs."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ctguide.dialog.indicators import level_name
from ctguide.dialog.question import KEEP, Outcome, Question
from ctguide.dialog.state import Answers, ResultDraft
from ctguide.drafting import GOAL_ID, draft_goal, objective_id
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, is_yes, parse_picks


def objective_question(answers: Answers, area: Area) -> Question:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_yes(text) or text.strip().lower() in ("keep", KEEP):
            objective = area.objective
        else:
            objective = _sentence(text, "an objective")
        return answers.replace_area(dataclasses.replace(answers.area(area.id), objective=objective)), ()

    return Question("objective", f"objective.{area.id}",
                    (f"For *{area.name}* a typical {level_name(answers, 'objective').lower()} is: “{area.objective}”",
                     "Keep it (`keep`), or write your own."),
                    read, options=("keep",), example="keep",
                    why="The objective is the main change the project is accountable for by its end: a change in "
                        "people's situation or in how institutions work, not the activities.")  # fmt: skip


def _sentence(text: str, what: str) -> str:
    value = " ".join(text.split()).strip()
    if len(value.split()) < 3 or not re.search(r"[^\W\d_]{3}", value):
        raise Unclear(f"write {what} as a short sentence (at least three words), or `keep` the suggestion")
    if len(value) > 400:
        raise Unclear(f"please keep {what} under 400 characters")
    return value[0].upper() + value[1:]


def results_question(kb: KnowledgeBase, answers: Answers, area: Area) -> Question:
    results = area.results
    added = answers.area(area.id).added
    lines = [f"{n}. {r.id} ({r.level}) {r.statement}" for n, r in enumerate(results, start=1)]
    lines += [
        f"{n}. {r.id} ({r.level}, yours) {r.statement}" for n, r in enumerate(added, start=len(results) + 1)
    ]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = " ".join(text.strip().lower().split())
        draft = answers.area(area.id)
        if lowered.startswith(("add outcome", "add output")):
            level = "outcome" if lowered.startswith("add outcome") else "output"
            statement = _sentence(text.strip()[len("add " + level) :], f"an {level}")
            taken = answers.used_ids() | {r.id for r in (*results, *draft.added, *draft.kept)}
            new = ResultDraft(_next_result_id(area.code, level, taken), level, statement)
            return answers.replace_area(dataclasses.replace(draft, added=(*draft.added, new))), (
                f"Added {level} {new.id} (number {len(results) + len(draft.added) + 1}). Add more, or pick the "
                "results to keep: yours are kept unless you `remove` them.",)  # fmt: skip
        if lowered.startswith("remove "):
            numbers = parse_picks(lowered[7:], len(results) + len(draft.added))
            gone = {draft.added[n - len(results)].id for n in numbers if n >= len(results)}
            if len(gone) != len(numbers):
                raise Unclear(
                    "`remove` takes back results you added; for the suggested ones, pick the numbers to keep"
                )
            kept = tuple(r for r in draft.added if r.id not in gone)
            return answers.replace_area(dataclasses.replace(draft, added=kept)), (
                f"Removed {', '.join(sorted(gone))}.",
            )
        if is_yes(lowered) or lowered in ("all", "keep all", "keep"):
            picks = tuple(range(len(results) + len(draft.added)))
        elif draft.added and lowered in ("mine", "only mine", "just mine"):
            picks = tuple(range(len(results), len(results) + len(draft.added)))
        else:
            picks = parse_picks(text, len(results) + len(draft.added))
        previous = {r.id: r for r in draft.kept}
        chosen = tuple(
            previous.get(results[i].id)
            or ResultDraft(results[i].id, results[i].level, results[i].statement, results[i].id)
            for i in picks if i < len(results)
        )  # fmt: skip
        own = tuple(r for r in draft.kept if r.kb_id is None) + draft.added
        chosen += tuple(r for r in own if r.id not in {c.id for c in chosen})
        if not any(r.level == "outcome" for r in chosen):
            raise Unclear("keep at least one outcome: outputs alone show what you deliver, not what changes")
        return answers.replace_area(dataclasses.replace(draft, results=chosen, kept=(), added=())), ()

    count = len(results) + len(added)
    return Question("results", f"results.{area.id}",
                    ("Results for this area: outcomes are the changes you expect, outputs what the project delivers.",
                     *lines, "Keep them all (`all`), pick numbers, or `add outcome <text>` / `add output <text>`."),
                    read, options=("all", *(str(n) for n in range(1, count + 1))),
                    example="all" if count else "add outcome survivors live safely in the community",
                    why="An **outcome** is a change in what people or institutions do or experience because they used "
                        "what the project delivered (survivors feel safe; inspectors apply the checklist). An **output** "
                        "is what the project delivers itself (places available, staff trained).")  # fmt: skip


def _next_result_id(code: str, level: str, used: set[str]) -> str:
    prefix = f"{code}-{'OC' if level == 'outcome' else 'OP'}"
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def goal_question(kb: KnowledgeBase, answers: Answers) -> Question:
    areas = [kb.area_by_id[a.area] for a in answers.areas or ()]
    drafted = draft_goal(areas, answers.countries or ())
    suggested = drafted.statement
    name = level_name(answers, "impact")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_yes(text) or text.strip().lower() in ("keep", KEEP):
            statement = suggested
        else:
            statement = _sentence(text, "the goal")
        goal = ResultDraft(GOAL_ID, "impact", statement, assumptions=drafted.assumptions)
        return dataclasses.replace(answers, goal=goal), ()

    problem = f" It answers the problem you named: “{answers.problem}”" if answers.problem else ""
    return Question("goal", "goal",
                    (f"**{name}**: the long-term change the project contributes to, beyond what it controls.{problem}",
                     f"Suggested: “{suggested}”",
                     f"Under the assumption that: {' '.join(drafted.assumptions)}",
                     "Keep it (`keep`), or write your own."),
                    read, options=("keep",), example="keep",
                    why="The goal sits above the objectives: the project alone cannot achieve it, but every "
                        "objective should explain part of how it comes closer. Its indicators are context "
                        "indicators (national statistics, SDG 16.2.2), not attributable to the project.")  # fmt: skip


def assumptions_question(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft) -> Question:
    def store(answers: Answers, chosen: tuple[str, ...]) -> Answers:
        return answers.replace_result(area.id, dataclasses.replace(result, assumptions=chosen))

    upward = "the objective" if result.level == "outcome" else "the outcomes"
    return _assumptions(area, result.id, result.statement, upward, store, _attached(answers, area, result.id))


def objective_assumptions_question(answers: Answers, area: Area) -> Question:
    """The objective's assumptions: what must hold for it to serve the goal (the top row of the logframe)."""
    draft = answers.area(area.id)
    assert draft is not None and draft.objective is not None

    def store(answers: Answers, chosen: tuple[str, ...]) -> Answers:
        return answers.replace_area(dataclasses.replace(answers.area(area.id), objective_assumptions=chosen))

    ident = objective_id(area)
    return _assumptions(area, ident, draft.objective, "the goal", store, _attached(answers, area, ident))


def _attached(answers: Answers, area: Area, ident: str) -> dict[str, str]:
    """Each assumption already chosen for another statement of the area, with the first statement's id."""
    draft = answers.area(area.id)
    if draft is None:
        return {}
    held = [
        (objective_id(area), draft.objective_assumptions or ()),
        *((r.id, r.assumptions or ()) for r in draft.results or ()),
    ]
    return {a: where for where, chosen in reversed(held) if where != ident for a in chosen}


def _already(where: str | None) -> str:
    return f" (already chosen for {where})" if where else ""


def _assumptions(
    area: Area,
    ident: str,
    statement: str,
    upward: str,
    store: Callable[[Answers, tuple[str, ...]], Answers],
    attached: dict[str, str],
) -> Question:
    """The area's assumptions, numbered as always; those already chosen for another statement say so and are
    left out of the quick replies."""
    offered = area.assumptions
    lines = [f"{n}. {a}{_already(attached.get(a))}" for n, a in enumerate(offered, start=1)]
    fresh = [str(n) for n, a in enumerate(offered, start=1) if a not in attached]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = " ".join(text.strip().lower().split())
        if lowered in ("none", "no", "nothing"):
            chosen: tuple[str, ...] = ()
        elif offered and (is_yes(lowered) or lowered == "all"):
            chosen = offered
        elif offered and re.fullmatch(r"[\d\s,\-]+", lowered):
            chosen = tuple(offered[i] for i in parse_picks(lowered, len(offered)))
        elif re.match(r"^\d", lowered) or len(lowered.split()) < 4:
            raise Unclear("pick assumptions by number (e.g. `1 3`), write one as a sentence, or say `none`")
        else:
            chosen = (_sentence(text, "an assumption"),)
        return store(answers, chosen), (
            f"{len(chosen)} assumption{'s' if len(chosen) != 1 else ''} for {ident}.",
        )

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return store(answers, ()), ()

    pick = " ".join((fresh or ["1", "3"])[:2])
    ask = f"Pick by number (`{pick}`), write your own, or `none`." if offered else "Write one, or `none`."
    return Question("assumptions", f"assumptions.{ident}",
                    (f"{ident} “{statement}”: what must hold outside the project for it to lead to "
                     f"{upward}? (assumptions and risks)", *lines, ask),
                    read, options=(*fresh, "none"), example=fresh[0] if fresh else "none", skip=skip,
                    why="An assumption is a condition outside the project's control that must hold for a result to "
                        "lead to the next level (e.g. authorities keep funding the service). Writing them down shows "
                        "the risks and what to monitor besides the indicators.")  # fmt: skip
