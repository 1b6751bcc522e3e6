"""Stage 4, indicators per result: suggestions, picks, new wording, the user's own."""

from __future__ import annotations

import dataclasses
import re

from ctguide.dialog.parsing import Unclear, parse_picks
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.drafting import draft_indicator, first_quarter_end
from ctguide.knowledge import Area, KbIndicator, KnowledgeBase
from ctguide.plan import Baseline, Indicator, Target
from ctguide.smart import UNIT_OF_ANALYSIS
from ctguide.textnorm import content_tokens

MAX_SUGGESTIONS = 5


def suggestions_for(kb: KnowledgeBase, area: Area, result: ResultDraft) -> tuple[KbIndicator, ...]:
    """2-5 knowledge-base indicators for a result: its own first, then the closest of the same level."""
    own = area.indicators_for(result.kb_id) if result.kb_id else ()
    if len(own) >= MAX_SUGGESTIONS:
        return own[:MAX_SUGGESTIONS]
    wanted = set(content_tokens(result.statement))
    others = [i for i in area.indicators if i.level == result.level and i.attributable and i not in own]
    others.sort(key=lambda i: (-len(wanted & set(content_tokens(i.statement))), i.id))
    return (*own, *others)[: max(2, min(MAX_SUGGESTIONS, len(own) + 2))]


def _suggestion_line(kb: KnowledgeBase, n: int, indicator: KbIndicator) -> str:
    warnings = [
        kb.catalogue["pitfalls"][p].name
        for p in indicator.pitfalls
        if p in ("ACT", "AMB", "INC") and p in kb.catalogue["pitfalls"]
    ]
    flag = f" ⚠ {warnings[0].lower()}" if warnings else ""
    return f"{n}. {indicator.statement} — *{indicator.level}*; {indicator.rationale}{flag}"


def indicators_question(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft) -> Question:
    options = suggestions_for(kb, area, result)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if m := re.fullmatch(r"edit\s+(\d+)", lowered):
            index = parse_picks(m[1], len(options))[0]
            return dataclasses.replace(answers, rewording=(result.id, index)), ()
        if lowered in ("all", "keep all"):
            raise Unclear(
                "pick the one to three that fit best, by number (e.g. `1 2`): more burdens staff and survivors"
            )
        if re.fullmatch(r"[\d\s,\-and]+", lowered):
            picks = parse_picks(text, len(options))
            drafts = _kb_drafts(kb, answers, area, result, [options[i] for i in picks])
            return answers.replace_result(area.id, dataclasses.replace(result, drafts=drafts, kept=())), (
                f"Good. Let's make {'it' if len(drafts) == 1 else 'each one'} SMART.",)  # fmt: skip
        draft = custom_draft(kb, answers, area, result, text)
        return answers.replace_result(area.id, dataclasses.replace(result, drafts=(draft,))), (
            "Your own indicator it is. I'll ask for its unit and direction first.",)  # fmt: skip

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return answers.replace_result(area.id, dataclasses.replace(result, drafts=())), (
            f"Skipped {result.id}: it has no indicator for now (the review will remind you).",)  # fmt: skip

    lines = tuple(_suggestion_line(kb, n, i) for n, i in enumerate(options, start=1))
    return Question("indicators", f"indicators.{result.id}",
                    (f"{result.level.capitalize()} {result.id} “{result.statement}”. Suggested indicators:", *lines,
                     "Pick one or more by number, `edit <n>` to change a wording, or write your own."),
                    read, options=(*(str(n) for n in range(1, len(options) + 1)), "edit 1", "skip"),
                    example="1",
                    why="A good indicator measures the result directly, names who is counted, and uses data you "
                        "can get. Outcome indicators show change; counts of activity (people trained, calls "
                        "received) show effort and are best paired with one that shows change.", skip=skip)  # fmt: skip


def reword_question(kb: KnowledgeBase, area: Area, result: ResultDraft, index: int) -> Question:
    source = suggestions_for(kb, area, result)[index]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        wording = read_statement(text)
        draft = kb_draft(kb, answers, area, result, source)
        draft = dataclasses.replace(
            draft, template=wording, indicator=dataclasses.replace(draft.indicator, statement=wording)
        )
        answers = dataclasses.replace(answers, rewording=None)
        return answers.replace_result(area.id, dataclasses.replace(result, drafts=(draft,))), (
            "New wording kept.",
        )

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return dataclasses.replace(answers, rewording=None), ()

    return Question("indicators", f"reword.{result.id}",
                    (f"Current wording: “{source.statement}”", "Type the new wording (keep it neutral: no target inside)."),
                    read, example=source.statement, skip=skip,
                    why="Indicators are written neutrally: the number to reach goes in the target, not the wording, "
                        "so the same indicator can be tracked up or down.")  # fmt: skip


_TARGET_INSIDE = re.compile(
    r"\d+\s*%|\b(increase[sd]?|reduce[sd]?|decrease[sd]?|improve[sd]?)\s+(by|to)\b", re.IGNORECASE
)


def read_statement(text: str) -> str:
    value = " ".join(text.split())
    if len(value.split()) < 4:
        raise Unclear("write the indicator as a phrase that names its unit and who is counted, e.g. "
                      "'% of residents who report feeling safe at exit'")  # fmt: skip
    if not UNIT_OF_ANALYSIS.search(value):
        raise Unclear("say who or what is counted (survivors, officers, cases, municipalities...), e.g. "
                      "'Number of survivors who found a job within 6 months of exit'")  # fmt: skip
    if _TARGET_INSIDE.search(value):
        raise Unclear("keep the target out of the wording ('increase by 20%' goes in the target); "
                      "write what is measured, e.g. '% of trained officers who apply the checklist'")  # fmt: skip
    return value[0].upper() + value[1:]


def kb_draft(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, source: KbIndicator
) -> Draft:
    assert answers.period is not None
    area_draft = answers.area(area.id)
    ident = _unique_id(source.id, answers.used_ids())
    indicator = draft_indicator(kb, source, pillar=area_draft.pillar, period=answers.period, ident=ident)
    indicator = dataclasses.replace(indicator, result=result.id, level=result.level)
    return Draft(indicator=indicator, template=source.statement)


def _kb_drafts(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, sources: list[KbIndicator]
) -> tuple[Draft, ...]:
    drafts: list[Draft] = []
    kept = {d.indicator.kb_id: d for d in result.kept}
    for source in sources:
        if source.id in kept:
            drafts.append(kept[source.id])
            continue
        draft = kb_draft(kb, answers, area, result, source)
        taken = answers.used_ids() | {d.id for d in drafts}
        if draft.id in taken:
            draft = dataclasses.replace(
                draft, indicator=dataclasses.replace(draft.indicator, id=_unique_id(source.id, taken))
            )
        drafts.append(draft)
    return tuple(drafts)


def _unique_id(base: str, used: set[str]) -> str:
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
    ident = _unique_id(f"{result.id}-X1", answers.used_ids())
    unit = (
        "percent"
        if re.search(r"(^|\s)%|percentage|proportion|share of", statement, re.IGNORECASE)
        else "number"
    )
    indicator = Indicator(
        id=ident, statement=statement, pillar=area_draft.pillar, area=area.id, result=result.id, level=result.level,
        type="quantitative", unit=unit, direction="increase",
        baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end)),
        targets=(Target(date=end, status="to_be_set"),), means_of_verification="(to be set)",
        frequency="quarterly", responsible="M&E officer",
        numerator="(to be set)" if unit == "percent" else None, denominator="(to be set)" if unit == "percent" else None,
    )  # fmt: skip
    return Draft(indicator=indicator, template=statement, custom=True)
