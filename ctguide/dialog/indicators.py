"""Stage 4, indicators per result: suggestions, picks and edits, the user's own."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ctguide.dialog.placeholders import remembered
from ctguide.dialog.profile import donor_family
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import OBJECTIVE, Answers, Draft, ResultDraft
from ctguide.drafting import GOAL_SDGS, NARROW_GROUPS, draft_indicator, first_quarter_end
from ctguide.knowledge import Area, KbIndicator, KnowledgeBase, Result
from ctguide.matching import rank_results
from ctguide.monitorwords import NOT_ATTRIBUTABLE
from ctguide.parsing import Unclear, parse_picks
from ctguide.plan import MONITOR, Baseline, Indicator, Target
from ctguide.smart import UNIT_OF_ANALYSIS, unit_problem
from ctguide.textnorm import content_tokens

MAX_SUGGESTIONS = 5
IMPACT = "impact"


@dataclass(frozen=True)
class Suggestion:
    """A knowledge indicator offered for a result: its own, or written for another result (marked)."""

    indicator: KbIndicator
    written_for: Result | None = None  # None: written for this result, or an impact indicator for the goal
    note: str = ""


def suggestions_for(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft
) -> tuple[Suggestion, ...]:
    """Up to five knowledge indicators for a result: its own first, then the closest ones written for a
    result the plan does not have. Never one already in the plan; never one whose own result is in the
    plan (it is offered there)."""
    taken = answers.used_kb_ids()
    homes = {r.kb_id for _, r in answers.results() if r.kb_id and r.id != result.id}
    free = [i for i in kb.indicators if i.id not in taken and i.result not in homes]
    if result.level == IMPACT:
        return _for_goal(kb, answers, free)
    own = [i for i in free if result.kb_id and i.result == result.kb_id]
    us = donor_family(answers.donor) == "us"
    own.sort(key=lambda i: (not i.attributable, us and not f_codes(i)))  # the first is the default pick
    chosen = [_offered(i) for i in own[:MAX_SUGGESTIONS]]
    wanted = MAX_SUGGESTIONS - 1 if result.kb_id is None else max(2, min(MAX_SUGGESTIONS, len(chosen) + 2))
    room = wanted - len(chosen)
    others = [i for i in free if i not in own]
    return (*chosen, *(_closest(kb, area, result, others, room) if room > 0 else ()))


def _closest(
    kb: KnowledgeBase, area: Area, result: ResultDraft, free: list[KbIndicator], room: int
) -> list[Suggestion]:
    if result.kb_id is None:
        ranked = [m for m in rank_results(kb, result.statement, limit=5) if m.id in kb.result_by_id]
        ranked.sort(key=lambda m: m.level != result.level)  # stable: the best fit first within a level
        queues = [[i for i in free if i.result == m.id] for m in ranked]
        picked: list[KbIndicator] = []
        while len(picked) < room and any(queues):
            picked += [queue.pop(0) for queue in queues if queue][: room - len(picked)]
        return [Suggestion(i, kb.result_by_id[i.result], "close to your result") for i in picked]
    wanted = set(content_tokens(result.statement))
    others = [i for i in free if i.area == area.id and i.level == result.level and i.attributable]
    others.sort(key=lambda i: (-len(wanted & set(content_tokens(i.statement))), i.id))
    return [Suggestion(i, kb.result_by_id.get(i.result)) for i in others[:room]]


def _for_goal(kb: KnowledgeBase, answers: Answers, free: list[KbIndicator]) -> tuple[Suggestion, ...]:
    """The impact indicators of the plan's areas, then the SDG measures of trafficking for the whole population
    under the plan's pillars: never another area's national picture (border detections for a shelter)."""
    chosen = [a.area for a in answers.areas or ()]
    pillars = {a.pillar for a in answers.areas or ()}
    impact = [i for i in free if i.level == IMPACT and (i.area in chosen or _goal_measure(kb, i, pillars))]
    impact.sort(key=lambda i: (chosen.index(i.area) if i.area in chosen else len(chosen), i.id))
    return tuple(_offered(i) for i in impact[:MAX_SUGGESTIONS])


def _offered(indicator: KbIndicator) -> Suggestion:
    """A knowledge indicator offered for its own result; a context indicator says so wherever it is listed."""
    return Suggestion(indicator, note="" if indicator.attributable else CONTEXT_NOTE)


CONTEXT_NOTE = f"context: {NOT_ATTRIBUTABLE}"


def _goal_measure(kb: KnowledgeBase, indicator: KbIndicator, pillars: set[str]) -> bool:
    """An SDG measure of trafficking (16.2.2, 8.7.1, 10.7.1) of the whole population, under one of `pillars`."""
    sdg = any(r.vocabulary == "sdg" and r.code in GOAL_SDGS for r in indicator.external_refs)
    whole = indicator.unit not in ("yes_no", "stage") and not NARROW_GROUPS.search(indicator.statement)
    return sdg and whole and bool(pillars & set(kb.area_by_id[indicator.area].pillars))


def f_codes(indicator: KbIndicator) -> tuple[str, ...]:
    """The US foreign-assistance (F) indicators a knowledge indicator reports to."""
    return tuple(r.code for r in indicator.external_refs if r.vocabulary == "usg_f")


PITFALL_TIPS = {
    "ACT": "it shows delivery, not change: pair it with a measure of the change",
    "AMB": "read a rise or a fall with its direction note",
    "INC": "monitor it, never set a target on it",
}
"""The knowledge's pitfall tags a suggestion shows, as advice on using it well (they are not review findings)."""
OUTPUT = "output"


def pitfall_tips(indicator: KbIndicator, level: str) -> tuple[str, ...]:
    """The tips that apply where the indicator is offered: a delivery measure (ACT) is right for an output."""
    return tuple(
        PITFALL_TIPS[p]
        for p in indicator.pitfalls
        if p in PITFALL_TIPS and not (p == "ACT" and level == OUTPUT)
    )


def _suggestion_line(kb: KnowledgeBase, answers: Answers, n: int, suggestion: Suggestion, level: str) -> str:
    indicator = suggestion.indicator
    tips = pitfall_tips(indicator, level)
    flag = f" (tip: {'; '.join(tips)})" if tips else ""
    marks = []
    if suggestion.written_for is not None:
        marks.append(f"↪ written for {suggestion.written_for.id} “{suggestion.written_for.statement}”")
    if suggestion.note:
        marks.append(suggestion.note)
    if donor_family(answers.donor) == "us" and f_codes(indicator):
        marks.append(f"US F indicator {', '.join(f_codes(indicator))}")
    mark = f" ({'; '.join(marks)})" if marks else ""
    return f"{n}. {indicator.statement}{flag}\n   - *{indicator.level}*: {indicator.rationale}{mark}"


_CHOICE = re.compile(r"(?:edit\s*)?\d+(?:\s*-\s*\d+)?")


def read_choices(text: str, count: int) -> tuple[tuple[int, ...], frozenset[int]] | None:
    """'2 4, edit 3' -> picks (1, 2, 3) and edits {2} (zero-based); None when the text is no choice."""
    lowered = " ".join(text.lower().replace(" and ", " ").split())
    if not re.fullmatch(
        r"(?:edit\s*)?[\d\s,\-]*\d[\d\s,\-]*(?:[\s,]+edit\s*[\d\s,\-]*\d[\d\s,\-]*)*", lowered
    ):
        return None
    picks: list[int] = []
    edits: set[int] = set()
    for part in re.split(r"(?=\bedit\b)", lowered):
        part = part.strip(" ,")
        if not part:
            continue
        editing = part.startswith("edit")
        numbers = parse_picks(part[4:] if editing else part, count)
        picks += numbers
        if editing:
            edits |= set(numbers)
    return tuple(sorted(dict.fromkeys(picks))), frozenset(edits)


def indicators_question(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft) -> Question:
    options = suggestions_for(kb, answers, area, result)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if lowered in ("all", "keep all"):
            raise Unclear(
                "pick the one to three that fit best, by number (e.g. `1 2`): more burdens staff and survivors"
            )
        chosen = read_choices(text, len(options)) if options else None
        if chosen is not None:
            picks, edits = chosen
            edited = frozenset(options[i].indicator.id for i in edits)
            drafts, notes = _kb_drafts(kb, answers, area, result, [options[i] for i in picks], edited)
            return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts, kept=())), (
                f"Good. Let's make {'it' if len(drafts) == 1 else 'each one'} SMART.", *notes)  # fmt: skip
        if re.fullmatch(r"[\d\s,\-]+|edit\s*[\d\s,]*", lowered):
            raise Unclear(f"pick by number, 1 to {len(options)}" if options
                          else "there is nothing to pick here; write your own indicator or `skip`")  # fmt: skip
        if re.match(r"add\s+(outcome|output)\b", lowered):
            raise Unclear(f"results are added at the results step: `edit results {area.id}` goes back there")
        draft = custom_draft(kb, answers, area, result, text)
        return answers.replace_result(area.id, dataclasses.replace(result, drafts=(draft,))), (
            "Your own indicator it is. I'll ask what it counts and how the data are collected.",)  # fmt: skip

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return answers.replace_result(area.id, dataclasses.replace(result, drafts=())), (
            f"Skipped {result.id}: it has no indicator for now (the review will remind you).",)  # fmt: skip

    lines = tuple(_suggestion_line(kb, answers, n, s, result.level) for n, s in enumerate(options, start=1))
    what = level_name(answers, result.level)
    if options:
        intro = f"{what} {result.id} “{result.statement.rstrip('.')}”. Suggested indicators:"
        ask = ("Pick one or more by number, `edit <n>` to change a wording (picks and edits combine: `1 3, edit 2`), "
               "or write your own.")  # fmt: skip
    else:
        intro = f"{what} {result.id} “{result.statement.rstrip('.')}”. The knowledge base has nothing left to suggest here."
        ask = "Write your own indicator (what is counted, who, when), or `skip`."
    picks = tuple(str(n) for n in range(1, len(options) + 1))
    return Question("indicators", f"indicators.{result.id}", (intro, *lines, ask),
                    read, options=(*picks, *(("edit 1",) if options else ()), "skip"),
                    example="1" if options else "skip" if result.level in (IMPACT, OBJECTIVE) else _own_example(answers),
                    why="A good indicator measures the result directly, names who is counted, and uses data you "
                        "can get. Outcome indicators show change; counts of activity (people trained, calls "
                        "received) show effort and are best paired with one that shows change. Indicators written "
                        "for another result are marked ↪: take one only if it measures this result too.", skip=skip)  # fmt: skip


def level_name(answers: Answers, level: str) -> str:
    """A results level in the donor's words (the EU results framework) or the logframe's."""
    if donor_family(answers.donor) == "eu":
        names = {"impact": "Overall objective (impact)", "objective": "Specific objective (outcome)"}
    else:
        names = {"impact": "Goal (impact)", "objective": "Objective"}
    return names.get(level, level.capitalize())


def _own_example(answers: Answers) -> str:
    who = (answers.target_groups or ("participants",))[0]
    return f"Number of {who} reached by the project in the reporting quarter"


_TARGET_INSIDE = re.compile(
    r"\d+\s*%|\b(increase[sd]?|reduce[sd]?|decrease[sd]?|improve[sd]?)\s+(by|to)\b", re.IGNORECASE
)


def read_statement(text: str) -> str:
    value = " ".join(text.split())
    if len(value.split()) < 4:
        raise Unclear("write the indicator as a phrase that names its unit and who is counted, e.g. "
                      "'% of residents who report feeling safe at exit'")  # fmt: skip
    if not UNIT_OF_ANALYSIS.search(value) and unit_problem(value) is not None:  # the review's own reading
        raise Unclear("say who or what is counted (survivors, officers, cases, municipalities...), e.g. "
                      "'Number of survivors who found a job within 6 months of exit'")  # fmt: skip
    if _TARGET_INSIDE.search(value):
        raise Unclear("keep the target out of the wording ('increase by 20%' goes in the target); "
                      "write what is measured, e.g. '% of trained officers who apply the checklist'")  # fmt: skip
    return value[0].upper() + value[1:]


CONTEXT_DRAFTED = (
    "{id} is a context indicator: it shows the situation the project works in, not a result the project can "
    "claim, so it is kept **monitor only**, with no target. The project's own indicators carry the targets."
)


def kb_draft(
    kb: KnowledgeBase,
    answers: Answers,
    area: Area,
    result: ResultDraft,
    suggestion: Suggestion,
    taken: set[str],
) -> tuple[Draft, tuple[str, ...]]:
    """A knowledge indicator drafted under `result`, with the placeholders this project already answered."""
    assert answers.period is not None
    source = suggestion.indicator
    area_draft = answers.area(area.id)
    ident = unique_id(source.id, taken)
    indicator = draft_indicator(kb, source, pillar=area_draft.pillar, period=answers.period, ident=ident)
    offer = indicator.ethics_notes
    level = plan_level(result, source.level)
    indicator = dataclasses.replace(indicator, result=result.id, level=level, area=area.id, ethics_notes=())
    if indicator.direction == MONITOR:
        indicator = dataclasses.replace(indicator, targets=())
    written_for = suggestion.written_for.id if suggestion.written_for is not None else None
    draft, used = remembered(
        answers,
        Draft(indicator=indicator, template=source.statement, ethics_offer=offer, written_for=written_for),
    )
    notes = [f"{draft.id}: as before, {'; '.join(used)} (`edit {draft.id} fill` to change)."] if used else []
    if source.is_context:
        notes.append(CONTEXT_DRAFTED.format(id=draft.id))
    return draft, tuple(notes)


def _kb_drafts(
    kb: KnowledgeBase,
    answers: Answers,
    area: Area,
    result: ResultDraft,
    chosen: list[Suggestion],
    edited: frozenset[str],
) -> tuple[tuple[Draft, ...], tuple[str, ...]]:
    drafts: list[Draft] = []
    notes: list[str] = []
    kept = {d.indicator.kb_id: d for d in result.kept}
    for suggestion in chosen:
        source = suggestion.indicator
        if source.id in kept:
            draft = kept[source.id]
        else:
            taken = answers.used_ids() | {d.id for d in drafts}
            draft, used = kb_draft(kb, answers, area, result, suggestion, taken)
            notes += used
        drafts.append(dataclasses.replace(draft, rewrite=True) if source.id in edited else draft)
    return tuple(drafts), tuple(notes)


def plan_level(result: ResultDraft, wanted: str) -> str:
    """An indicator's level under `result`: an objective takes impact or outcome indicators."""
    if result.level == OBJECTIVE:
        return wanted if wanted in ("impact", "outcome") else "outcome"
    return result.level


def unique_id(base: str, used: set[str]) -> str:
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def custom_draft(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, text: str) -> Draft:
    assert answers.period is not None
    statement = read_statement(text)
    start, end = answers.period
    area_draft = answers.area(area.id)
    ident = unique_id(f"{result.id}-X1", answers.used_ids())
    unit = (
        "percent"
        if re.search(r"(^|\s)%|percentage|proportion|share of", statement, re.IGNORECASE)
        else "number"
    )
    indicator = Indicator(
        id=ident, statement=statement, pillar=area_draft.pillar, area=area.id, result=result.id,
        level=plan_level(result, "outcome"),
        type="quantitative", unit=unit, direction="increase",
        baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end)),
        targets=(Target(date=end, status="to_be_set"),), means_of_verification="(to be set)",
        frequency="quarterly", responsible="M&E officer",
        numerator="(to be set)" if unit == "percent" else None, denominator="(to be set)" if unit == "percent" else None,
    )  # fmt: skip
    return Draft(indicator=indicator, template=statement, custom=True)
