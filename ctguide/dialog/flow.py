"""The question flow: from the answers so far to the next question, and from a reply to new answers.

The next question is always derived from the answers (the first thing not yet answered), so
going back, editing an early answer or resuming a session never needs bookkeeping of its own.
Each question knows how to read its answer, what `skip` means for it and why it is asked.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ctguide.dialog.parsing import (
    Unclear,
    is_no,
    is_tbd,
    is_yes,
    parse_codes,
    parse_date,
    parse_list,
    parse_number,
    parse_period,
    parse_picks,
)
from ctguide.dialog.state import Answers, AreaDraft, Draft, ResultDraft, build_plan
from ctguide.drafting import draft_indicator, first_quarter_end
from ctguide.guidetext import KEEP_REST
from ctguide.knowledge import Area, KbIndicator, KnowledgeBase
from ctguide.matching import suggest
from ctguide.plan import (
    DIRECTIONS,
    FREQUENCIES,
    MONITOR,
    RATIO_UNITS,
    UNITS,
    Baseline,
    Disaggregation,
    Indicator,
    Projection,
    Target,
)
from ctguide.smart import UNIT_OF_ANALYSIS, is_victim_data, review_indicator, review_plan
from ctguide.textnorm import content_tokens

Outcome = tuple[Answers, tuple[str, ...]]
Reader = Callable[[KnowledgeBase, Answers, str], Outcome]

KEEP = "ok"
REST = KEEP_REST
MAX_SUGGESTIONS = 5


@dataclass(frozen=True)
class Question:
    stage: str
    key: str
    say: tuple[str, ...]
    read: Reader
    options: tuple[str, ...] = ()
    example: str | None = None
    why: str = ""
    skip: Reader | None = None


def next_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """The first thing still to ask; None once the plan is written (confirmed)."""
    for ask in (_profile, _describe, _areas, _per_area, _review):
        question = ask(kb, answers)
        if question is not None:
            return question
    return None


# --- profile -------------------------------------------------------------------------------


def _text_reader(field: str, *, minimum: int = 2, maximum: int = 200) -> Reader:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        value = " ".join(text.split())
        if len(value) < minimum or not re.search(r"[^\W\d_]", value):
            raise Unclear(f"I need a few words here (at least {minimum} letters)")
        if len(value) > maximum:
            raise Unclear(f"please keep this under {maximum} characters; you wrote {len(value)}")
        return dataclasses.replace(answers, **{field: value}), ()

    return read


def _countries(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    inside = re.findall(r"\(([^)]*)\)", text)
    outside = re.sub(r"\([^)]*\)", " ", text)
    outside = re.sub(r"\b(incl(uding|\.)?|plus)\b", ",", outside, flags=re.IGNORECASE)
    countries = tuple(c[:1].upper() + c[1:] for c in parse_list(outside) if re.search(r"[^\W\d_]", c))
    regions = tuple(r[:1].upper() + r[1:] for part in inside for r in parse_list(part))
    if not countries:
        raise Unclear("name at least one country, e.g. 'Moldova' or 'Nepal, India (Bihar)'")
    where = ", ".join(countries) + (f" (regions: {', '.join(regions)})" if regions else "")
    return dataclasses.replace(answers, countries=countries, regions=regions), (f"Noted: {where}.",)


def _dates(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    start, end = parse_period(text)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    updated, reopened = _fit_period(dataclasses.replace(answers, period=(start, end)), start, end)
    note = (
        (
            f"{reopened} target or baseline date{'s' if reopened > 1 else ''} fell outside the new period; I'll ask again.",
        )
        if reopened
        else ()
    )
    return updated, (f"{months} months, {start} to {end}.", *note)


def _fit_period(answers: Answers, start: dt.date, end: dt.date) -> tuple[Answers, int]:
    """After the period changes, reopen the targets and baselines that no longer fit it."""
    reopened = 0
    for area, result, draft in answers.drafts():
        indicator = draft.indicator
        steps = set()
        if any(not start <= t.date <= end for t in indicator.targets):
            steps |= {"targets"}
            indicator = dataclasses.replace(indicator, targets=(Target(date=end, status="to_be_set"),))
        planned = indicator.baseline.planned_date
        if planned is not None and not planned <= end:
            steps |= {"baseline_date"}
            indicator = dataclasses.replace(
                indicator, baseline=Baseline(status="to_be_set", planned_date=first_quarter_end(start, end))
            )
        if steps:
            reopened += 1
            updated = dataclasses.replace(draft, indicator=indicator, done=draft.done - steps)
            answers = answers.replace_draft(area.area, result.id, updated)
    return answers, reopened


def _groups(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    groups = parse_list(text)
    if not groups:
        raise Unclear("name one or more groups, separated by commas")
    return dataclasses.replace(answers, target_groups=groups), ()


def _skip_to(field: str, value: object) -> Reader:
    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        word = {"target_groups": "groups"}.get(field, field)
        return dataclasses.replace(answers, **{field: value}), (
            f"Skipped; you can add it later with `edit {word}`.",
        )

    return skip


def _profile(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.title is None:
        return Question("profile", "profile.title", ("What is the project called?",), _text_reader("title"),
                        example="Safe Return Moldova", why="The title names the plan file and the session, so you can find them again.")  # fmt: skip
    if answers.organisation is None:
        return Question("profile", "profile.organisation", ("Which organisation runs it?",), _text_reader("organisation"),
                        example="La Strada Moldova", why="Donors and partners read the plan; the lead organisation goes on its cover.")  # fmt: skip
    if answers.countries is None:
        return Question("profile", "profile.countries",
                        ("In which country or countries? Put regions in brackets if it helps.",), _countries,
                        example="Moldova (Chisinau, Balti)",
                        why="Indicators are adapted to where the project works: national definitions of who counts as a victim, what data exist, which languages surveys need.")  # fmt: skip
    if answers.period is None:
        return Question("profile", "profile.dates", ("When does it start and end?",), _dates,
                        example="2027-01 to 2028-12",
                        why="Every target needs a date inside the project period, and follow-up measures must fit before it ends.")  # fmt: skip
    if answers.target_groups is None:
        return Question("profile", "profile.groups",
                        ("Who are the target groups? Separate them with commas, or `skip`.",), _groups,
                        options=("skip",), example="women survivors of trafficking, their children",
                        why="Naming the groups keeps every indicator specific: who exactly is counted.",
                        skip=_skip_to("target_groups", ()))  # fmt: skip
    if answers.donor is None:
        return Question("profile", "profile.donor", ("Who funds it? (optional; `skip` if not yet known)",),
                        _text_reader("donor"), options=("skip",), example="EU Delegation to Moldova",
                        why="Some donors require their own standard indicators (the US F indicators, for example).",
                        skip=_skip_to("donor", ""))  # fmt: skip
    return None


# --- description and areas -------------------------------------------------------------------


def _describe_reader(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    result = suggest(kb, text, limit=6)
    if not result.understood:
        raise Unclear("I could not relate that to a counter-trafficking intervention. Say what the project does, "
                      "for whom, e.g. 'we run a shelter for women survivors and help them find work'")  # fmt: skip
    proposed = tuple(a.id for a in result.areas)
    description = text.strip() if answers.description is None else f"{answers.description} {text.strip()}"
    return dataclasses.replace(answers, description=description[:2000], proposed=proposed), ()


def _describe(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.description is not None:
        return None
    return Question("describe", "describe",
                    ("Now tell me in your own words what the project does: a sentence or a paragraph from your proposal is fine.",),
                    _describe_reader, example="we run a shelter for women survivors and help them find work after",
                    why="I match your words to the intervention areas of the knowledge base (prevention, protection, "
                        "prosecution, partnership) and suggest the ones that fit; you confirm, add or remove.")  # fmt: skip


def _area_lines(kb: KnowledgeBase, answers: Answers) -> tuple[str, ...]:
    result = suggest(kb, answers.description or "", limit=6)
    why = {a.id: a.why for a in result.areas}
    lines = []
    for n, area_id in enumerate(answers.proposed, start=1):
        area = kb.area_by_id[area_id]
        reasons = "; ".join(why.get(area_id, ())[:2]) or "added by you"
        lines.append(f"{n}. **{area.name}** ({kb.pillar_by_id[area.pillar].name}) — {reasons}")
    return tuple(lines)


def _areas_reader(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    lowered = text.strip().lower()
    if lowered.startswith(("add ", "remove ")):
        return _areas_add_remove(kb, answers, lowered)
    if is_yes(lowered) or lowered in ("all", "keep all"):
        picks = tuple(range(len(answers.proposed)))
    else:
        picks = parse_picks(text, len(answers.proposed))
    chosen = tuple(answers.proposed[i] for i in picks)
    previous = {a.area: a for a in (*answers.kept, *(answers.areas or ()))}
    areas = tuple(previous.get(a) or AreaDraft(a, kb.area_by_id[a].pillar) for a in chosen)
    names = ", ".join(kb.area_by_id[a].name for a in chosen)
    return dataclasses.replace(answers, areas=areas, kept=()), (f"Working with: {names}.",)


def _areas_add_remove(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    verb, _, rest = text.partition(" ")
    if verb == "remove":
        picks = parse_picks(rest, len(answers.proposed))
        kept = tuple(a for i, a in enumerate(answers.proposed) if i not in picks)
        if not kept:
            raise Unclear("keep at least one area, or describe the project again with `edit description`")
        return dataclasses.replace(answers, proposed=kept), ()
    area_id = rest.strip().replace(" ", "_")
    if area_id not in kb.area_by_id:
        found = suggest(kb, rest, limit=1)
        if not found.understood:
            raise Unclear(
                f"no area matches {rest.strip()!r}; try words like 'hotline' or an id such as 'legal_assistance'"
            )
        area_id = found.areas[0].id
    proposed = answers.proposed if area_id in answers.proposed else (*answers.proposed, area_id)
    return dataclasses.replace(answers, proposed=proposed), (f"Added {kb.area_by_id[area_id].name}.",)


def _areas(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.areas is not None:
        return None
    pillars = {kb.area_by_id[a].pillar for a in answers.proposed}
    lead = "That reads like these areas" + (
        f", all under **{kb.pillar_by_id[next(iter(pillars))].name}**:" if len(pillars) == 1 else ":"
    )
    count = len(answers.proposed)
    return Question("areas", "areas", (lead, *_area_lines(kb, answers),
                    "Type the numbers to keep (e.g. `1 2`), `add <area>` for one I missed, or `remove <n>`."),
                    _areas_reader, options=("all", *(str(n) for n in range(1, count + 1))),
                    example="1 2" if count > 1 else "1",
                    why="An intervention area is a kind of work (shelter, hotline, law-enforcement training...). Each "
                        "comes with a typical objective, results and tested indicators. Most projects cover one to four.")  # fmt: skip


# --- per area: objective, results, indicators, refinement ------------------------------------


def _per_area(kb: KnowledgeBase, answers: Answers) -> Question | None:
    for area_draft in answers.areas or ():
        area = kb.area_by_id[area_draft.area]
        if area_draft.objective is None:
            return _objective_question(area)
        if area_draft.results is None:
            return _results_question(kb, area)
        for result in area_draft.results:
            if answers.rewording and answers.rewording[0] == result.id:
                return _reword_question(kb, area, result, answers.rewording[1])
            if result.drafts is None:
                return _indicators_question(kb, answers, area, result)
            for draft in result.drafts:
                question = _refine_question(kb, answers, area, result, draft)
                if question is not None:
                    return question
    return None


def _objective_question(area: Area) -> Question:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_yes(text) or text.strip().lower() in ("keep", KEEP):
            objective = area.objective
        else:
            objective = _sentence(text, "an objective")
        return answers.replace_area(dataclasses.replace(answers.area(area.id), objective=objective)), ()

    return Question("objective", f"objective.{area.id}",
                    (f"For *{area.name}* a typical objective is: “{area.objective}”",
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


def _results_question(kb: KnowledgeBase, area: Area) -> Question:
    results = area.results
    lines = [f"{n}. {r.id} ({r.level}) {r.statement}" for n, r in enumerate(results, start=1)]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        draft = answers.area(area.id)
        if lowered.startswith(("add outcome", "add output")):
            level = "outcome" if lowered.startswith("add outcome") else "output"
            statement = _sentence(text.strip()[len("add " + level) :], f"an {level}")
            existing = (
                draft.results
                or draft.kept
                or tuple(ResultDraft(r.id, r.level, r.statement, r.id) for r in results)
            )
            new_id = _next_result_id(area.code, level, answers.used_ids() | {r.id for r in existing})
            added = ResultDraft(new_id, level, statement)
            return answers.replace_area(dataclasses.replace(draft, results=(*existing, added), kept=())), (
                f"Added {level} {new_id}. The results now: " + ", ".join(r.id for r in (*existing, added)) + ".",)  # fmt: skip
        picks = (
            tuple(range(len(results)))
            if is_yes(lowered) or lowered in ("all", "keep all", "keep")
            else parse_picks(text, len(results))
        )
        previous = {r.id: r for r in draft.kept}
        chosen = tuple(
            previous.get(results[i].id)
            or ResultDraft(results[i].id, results[i].level, results[i].statement, results[i].id)
            for i in picks
        )
        chosen += tuple(r for r in draft.kept if r.kb_id is None)
        if not any(r.level == "outcome" for r in chosen):
            raise Unclear("keep at least one outcome: outputs alone show what you deliver, not what changes")
        return answers.replace_area(dataclasses.replace(draft, results=chosen, kept=())), ()

    return Question("results", f"results.{area.id}",
                    ("Results for this area: outcomes are the changes you expect, outputs what the project delivers.",
                     *lines, "Keep them all (`all`), pick numbers, or `add outcome <text>` / `add output <text>`."),
                    read, options=("all", *(str(n) for n, r in enumerate(results, start=1) if r.level == "outcome")),
                    example="all",
                    why="An **outcome** is a change in what people or institutions do or experience because they used "
                        "what the project delivered (survivors feel safe; inspectors apply the checklist). An **output** "
                        "is what the project delivers itself (places available, staff trained).")  # fmt: skip


def _next_result_id(code: str, level: str, used: set[str]) -> str:
    prefix = f"{code}-{'OC' if level == 'outcome' else 'OP'}"
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


def suggestions_for(kb: KnowledgeBase, area: Area, result: ResultDraft) -> tuple[KbIndicator, ...]:
    """2-5 knowledge-base indicators for a result: its own first, then the closest of the same level."""
    own = area.indicators_for(result.kb_id) if result.kb_id else ()
    if len(own) >= MAX_SUGGESTIONS:
        return own[:MAX_SUGGESTIONS]
    wanted = set(content_tokens(result.statement))
    others = [i for i in area.indicators if i.level == result.level and i not in own]
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


def _indicators_question(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft) -> Question:
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
        draft = _custom_draft(kb, answers, area, result, text)
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


def _reword_question(kb: KnowledgeBase, area: Area, result: ResultDraft, index: int) -> Question:
    source = suggestions_for(kb, area, result)[index]

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        wording = _statement(text)
        draft = _kb_draft(kb, answers, area, result, source)
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


def _statement(text: str) -> str:
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


def _kb_draft(
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
        draft = _kb_draft(kb, answers, area, result, source)
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


def _custom_draft(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, text: str) -> Draft:
    assert answers.period is not None
    statement = _statement(text)
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


# --- refinement of one indicator ---------------------------------------------------------------


def _refine_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question | None:
    if draft.rewrite:
        return _rewrite_question(area, result, draft)
    for placeholder in draft.placeholders():
        if f"fill:{placeholder}" not in draft.done:
            return _fill_question(kb, answers, area, result, draft, placeholder)
    for step, applies, build in _STEPS:
        if step not in draft.done and applies(draft, kb):
            return build(kb, answers, area, result, draft)
    return None


def _rewrite_question(area: Area, result: ResultDraft, draft: Draft) -> Question:
    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        wording = _statement(text)
        done = frozenset(step for step in draft.done if not step.startswith("fill:"))
        rewritten = dataclasses.replace(draft, template=wording, fills=(), done=done, rewrite=False,
                                        indicator=dataclasses.replace(draft.indicator, statement=wording))  # fmt: skip
        return answers.replace_draft(area.id, result.id, rewritten), (f"Now it reads: “{wording}”",)

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return answers.replace_draft(area.id, result.id, dataclasses.replace(draft, rewrite=False)), ()

    return Question("refine", f"refine.{draft.id}.wording",
                    (_header(draft), "Type the new wording (neutral: what is counted, no target inside), or `skip` to keep it."),
                    read, example=draft.indicator.statement, skip=skip,
                    why="Indicators are written neutrally: the number to reach goes in the target, not the wording.")  # fmt: skip


def _header(draft: Draft) -> str:
    return f"**{draft.id}** “{draft.indicator.statement}”"


def _updater(area: Area, result: ResultDraft, draft: Draft, step: str) -> Callable[..., Answers]:
    def update(answers: Answers, **changes: object) -> Answers:
        return answers.replace_draft(area.id, result.id, draft.step_done(step, **changes))

    return update


def _keep_default(area: Area, result: ResultDraft, draft: Draft, step: str) -> Reader:
    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return _updater(area, result, draft, step)(answers), ()

    return skip


def _fill_question(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft, placeholder: str
) -> Question:
    source = kb.indicator_by_id.get(draft.indicator.kb_id or "")
    example = dict(source.placeholders).get(placeholder) if source else None

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        value = " ".join(text.split())
        numeric_ok = bool(re.search(r"\d", example or "")) or placeholder in ("[N]", "[X]")
        if (
            not value
            or len(value) > 120
            or "[" in value
            or "]" in value
            or (not numeric_ok and not re.search(r"[^\W\d_]", value))
        ):
            raise Unclear(
                f"write what {placeholder} stands for in your project, in a few words (e.g. {example or 'the reporting quarter'})"
            )
        if re.fullmatch(r"edit\s+\d+", value.lower()):
            raise Unclear(
                f"`edit <n>` picks a suggestion to reword; here, write what {placeholder} stands for"
            )
        if value.lower() in ("ok", "keep", "yes") and example:
            value = example
        filled = draft.with_fill(placeholder, value)
        filled = dataclasses.replace(filled, done=filled.done | {f"fill:{placeholder}"})
        return answers.replace_draft(area.id, result.id, filled), (f"Now it reads: “{filled.statement()}”",)

    return Question("refine", f"refine.{draft.id}.fill", (f"{_header(draft)}", f"What should {placeholder} be in your project?"),
                    read, options=("ok",) if example else (), example=example or "the reporting quarter",
                    why="Suggested wordings leave the place, period and thresholds open; filling them in makes sure "
                        "two people would count exactly the same thing.")  # fmt: skip


def _always(draft: Draft, kb: KnowledgeBase) -> bool:
    return True


def _custom_only(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.custom


def _ratio(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.indicator.unit in RATIO_UNITS


def _staged(draft: Draft, kb: KnowledgeBase) -> bool:
    return draft.indicator.unit == "stage" and not draft.indicator.stages


def _victim(draft: Draft, kb: KnowledgeBase) -> bool:
    return is_victim_data(draft.indicator) or bool(draft.indicator.ethics_notes)


def _unit_q(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    update = _updater(area, result, draft, "unit")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        unit = text.strip().lower().replace("%", "percent").replace("yes/no", "yes_no").replace(" ", "_")
        unit = {
            "count": "number",
            "#": "number",
            "percentage": "percent",
            "average": "mean",
            "milestone": "stage",
        }.get(unit, unit)
        if unit not in UNITS:
            raise Unclear(f"choose one of: {', '.join(UNITS)}")
        if re.search(r"%|percentage", draft.indicator.statement, re.IGNORECASE) and unit not in (
            "percent",
            "rate",
            "ratio",
        ):
            raise Unclear(
                "the wording is a percentage, so the unit is percent (or reword the indicator with `back`)"
            )
        kind = (
            "milestone"
            if unit in ("yes_no", "stage")
            else ("qualitative" if unit == "text" else "quantitative")
        )
        ratio = unit in RATIO_UNITS
        changes = {"unit": unit, "type": kind,
                   "numerator": draft.indicator.numerator if ratio else None,
                   "denominator": draft.indicator.denominator if ratio else None,
                   "direction": "reach" if kind == "milestone" else draft.indicator.direction}  # fmt: skip
        if ratio and not draft.indicator.numerator:
            changes.update(numerator="(to be set)", denominator="(to be set)")
        return update(answers, **changes), ()

    return Question("refine", f"refine.{draft.id}.unit", (_header(draft), "What is its unit?"), read,
                    options=("number", "percent", "mean", "median", "stage", "yes_no", "text"), example="percent",
                    why="The unit says what one data point is: a count, a share of a group (%), an average, a stage "
                        "reached (a milestone) or a narrative (qualitative).")  # fmt: skip


def _stages_q(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    update = _updater(area, result, draft, "stages")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        stages = parse_list(text)
        if len(stages) < 2:
            raise Unclear("list at least two stages in order, separated by commas")
        return update(answers, stages=stages), ()

    return Question("refine", f"refine.{draft.id}.stages", (_header(draft), "List the stages in order, separated by commas."),
                    read, example="drafted, submitted, adopted, in force, applied in at least one case",
                    why="A milestone is clearest as a ladder of stages: paper steps first, then use in practice.")  # fmt: skip


def _direction_q(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = _updater(area, result, draft, "direction")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        direction = text.strip().lower()
        direction = {
            "up": "increase",
            "down": "decrease",
            "higher": "increase",
            "lower": "decrease",
            "same": "maintain",
        }.get(direction, direction)
        if direction not in DIRECTIONS:
            raise Unclear(f"choose one of: {', '.join(DIRECTIONS)}")
        return update(answers, direction=direction), ()

    return Question("refine", f"refine.{draft.id}.direction", (_header(draft), "Which way is good: should it increase, decrease, be maintained, or reach a stage?"),
                    read, options=DIRECTIONS, example="increase",
                    why="The direction of desirable change tells a reader how to judge a change. Some counts are "
                        "ambiguous: more victims identified can mean better detection or more trafficking, so say how to read it.")  # fmt: skip


def _text_step(step: str, field: str, prompt: str, why: str, example: str) -> Callable[..., Question]:
    def build(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
        update = _updater(area, result, draft, step)
        current = getattr(draft.indicator, field)
        known = current and current != "(to be set)"

        def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
            if known and text.strip().lower() in (KEEP, "keep", "yes"):
                return update(answers), ()
            value = " ".join(text.split())
            if len(value.split()) < 2:
                raise Unclear(
                    f"describe it in a few words, e.g. '{example}'"
                    + (" — or `ok` to keep it" if known else "")
                )
            return update(answers, **{field: value[:400]}), ()

        lines = (_header(draft), prompt) + (
            (f"Suggested: {current}", "`ok` to keep it, or type your own.") if known else ()
        )
        return Question("refine", f"refine.{draft.id}.{step}", lines, read, options=(KEEP, REST) if known else (),
                        example=current if known else example, why=why,
                        skip=_keep_default(area, result, draft, step) if known else None)  # fmt: skip

    return build


def _baseline_q(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = _updater(area, result, draft, "baseline")
    start, end = answers.period or (dt.date.min, dt.date.max)
    indicator = draft.indicator

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if is_tbd(text) or text.strip().lower() in ("tbd", "skip"):
            pending = (
                indicator.baseline
                if indicator.baseline.status == "to_be_set"
                else Baseline("to_be_set", planned_date=first_quarter_end(start, end))
            )
            return update(answers, baseline=pending), ()
        value, when, source = _baseline_parts(text, indicator)
        baseline = Baseline(status="known", value=value, date=when, source=source)
        return update(answers, baseline=baseline), (f"Baseline: {value} on {when} ({source}).",)

    return Question("refine", f"refine.{draft.id}.baseline",
                    (_header(draft), "Baseline: do you know today's value? Give value, date and source "
                     "(e.g. `35, 2026-10, case files`), or `tbd` if it still has to be measured."),
                    read, options=("tbd",), example="tbd" if indicator.unit != "stage" else f"{(indicator.stages or ('drafted',))[0]}, 2026-10, ministry letter",
                    why="Without a baseline nobody can show change. If it is not known yet, plan when it will be "
                        "measured, ideally before the first report; for a milestone the baseline is today's stage.",
                    skip=_keep_default(area, result, draft, "baseline"))  # fmt: skip


def _baseline_parts(text: str, indicator: Indicator) -> tuple[object, dt.date, str]:
    stage = next(
        (
            s
            for s in sorted(indicator.stages, key=len, reverse=True)
            if text.strip().lower().startswith(s.lower())
        ),
        None,
    )
    if stage is not None:
        rest = [p.strip() for p in re.split(r"[;,]", text.strip()[len(stage) :]) if p.strip()]
        if len(rest) < 2:
            raise Unclear(
                f"after the stage, give the date and the source, e.g. '{stage}, 2026-10, ministry letter'"
            )
        return stage, parse_date(rest[0]), ", ".join(rest[1:])
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    if len(parts) < 3:
        raise Unclear(
            "give the value, the date and the source separated by commas, e.g. '35, 2026-10, case files' (or `tbd`)"
        )
    value = _value_for(parts[0], indicator)
    when = parse_date(parts[1])
    return value, when, ", ".join(parts[2:])


def _value_for(text: str, indicator: Indicator) -> object:
    if indicator.unit == "stage":
        stage = next((s for s in indicator.stages if s.lower() == text.strip().lower()), None)
        if stage is None:
            raise Unclear(f"choose one of the stages: {', '.join(indicator.stages)}")
        return stage
    if indicator.unit == "yes_no":
        if is_yes(text):
            return "yes"
        if is_no(text):
            return "no"
        raise Unclear("a yes/no milestone takes yes or no")
    if indicator.unit == "text":
        return " ".join(text.split())
    value = parse_number(text)
    if indicator.unit == "percent" and not 0 <= value <= 100:
        raise Unclear(f"a percentage is between 0 and 100, not {value}")
    if value < 0 and indicator.unit not in ("score", "amount"):
        raise Unclear("this value cannot be negative")
    return value


def _baseline_date_q(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = _updater(area, result, draft, "baseline_date")
    start, end = answers.period or (dt.date.min, dt.date.max)
    suggested = first_quarter_end(start, end)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        when = suggested if text.strip().lower() in (KEEP, "yes") else parse_date(text)
        if when > end:
            raise Unclear(
                f"that is after the project ends ({end}); pick a date before it, ideally before the first report"
            )
        return update(answers, baseline=Baseline(status="to_be_set", planned_date=when)), (
            f"Baseline to be set by {when}.",
        )

    return Question("refine", f"refine.{draft.id}.baseline_date",
                    (_header(draft), f"Baseline to be set — by when? (before the first report is best: e.g. {suggested})"),
                    read, options=(KEEP,), example=str(suggested),
                    why="A planned baseline date keeps the promise visible; measuring it late makes early change invisible.",
                    skip=_keep_default(area, result, draft, "baseline_date"))  # fmt: skip


def _needs_baseline_date(draft: Draft, kb: KnowledgeBase) -> bool:
    return "baseline" in draft.done and draft.indicator.baseline.status == "to_be_set"


def _target_q(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    update = _updater(area, result, draft, "targets")
    start, end = answers.period or (dt.date.min, dt.date.max)
    indicator = draft.indicator

    monitoring = indicator.direction == MONITOR or "INC" in indicator.pitfalls

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if monitoring and text.strip().lower() in ("monitor", "monitoring", "no target", "none"):
            return update(answers, targets=(), direction=MONITOR), (
                "Kept as a monitoring count, without a target.",
            )
        if indicator.direction == MONITOR and not is_tbd(text):
            figures = [_target(part, indicator, start, end) for part in text.split(";") if part.strip()]
            projections = tuple(Projection(t.value, t.date, note=PROJECTION_NOTE) for t in figures)
            return update(answers, targets=(), projections=projections), (
                "Recorded as a projection the donor asked for, not a target: the count stays monitor-only.",
            )
        if indicator.direction == MONITOR:
            return update(answers, targets=()), ("Kept as a monitoring count, without a target.",)
        if is_tbd(text):
            return update(answers, targets=(Target(date=end, status="to_be_set"),)), (
                "Target to be set; the review will list it.",
            )
        targets = tuple(_target(part, indicator, start, end) for part in text.split(";") if part.strip())
        targets = tuple(sorted(targets, key=lambda t: t.date))
        targets = tuple(dataclasses.replace(t, interim=True) for t in targets[:-1]) + targets[-1:]
        _check_direction(indicator, targets[-1])
        shown = "; ".join(f"{t.value} by {t.date}" for t in targets)
        return update(answers, targets=targets), (f"Target{'s' if len(targets) > 1 else ''}: {shown}.",)

    example = {"stage": f"{(indicator.stages or ('applied',))[-1]} by {end}", "yes_no": f"yes by {end}"}.get(
        indicator.unit, f"60 by {end}"
    )
    if monitoring:
        ask = ("This is a count to monitor, not to target: a number to reach would reward the wrong behaviour "
               "(pressure to identify, return or arrest more people). Keep it without a target (`monitor`), or give one.")  # fmt: skip
        options, example = ("monitor", "tbd"), "monitor"
    else:
        ask = (
            f"Target: what value do you aim for, and by when? (e.g. `{example}`; several with `;`, or `tbd`)"
        )
        options = ("tbd",)
    return Question("refine", f"refine.{draft.id}.targets", (_header(draft), ask),
                    read, options=options, example=example,
                    why="A target is the value to reach by a date inside the project period. Set it from the "
                        "baseline and similar projects; never set targets on counts of victims identified, returns "
                        "or arrests: they reward the wrong behaviour.",
                    skip=_keep_default(area, result, draft, "targets"))  # fmt: skip


MONITORING_NOTE = "Monitoring count: no target by design (a target would reward the wrong behaviour)."
PROJECTION_NOTE = "Projection, not a target: an expected figure the donor asked for."


def _target(text: str, indicator: Indicator, start: dt.date, end: dt.date) -> Target:
    value_text, date_text = _split_target(text)
    value = _value_for(value_text, indicator)
    when = parse_date(date_text) if date_text else end
    if not start <= when <= end:
        raise Unclear(f"the target date {when} is outside the project ({start} to {end})")
    return Target(date=when, value=value)


def _split_target(text: str) -> tuple[str, str]:
    """'60 by 2028-12' -> ('60', '2028-12'); the last 'by/in/on <date>' wins, so stage names may contain 'in'."""
    stripped = text.strip()
    for match in reversed(list(re.finditer(r"\s+(?:by|in|on|para|pour|avant|hasta)\s+", stripped))):
        tail = stripped[match.end() :]
        try:
            parse_date(tail)
        except Unclear:
            continue
        return stripped[: match.start()], tail
    return stripped, ""


def _check_direction(indicator: Indicator, final: Target) -> None:
    base = indicator.baseline.value if indicator.baseline.status == "known" else None
    if (
        not isinstance(base, (int, float))
        or not isinstance(final.value, (int, float))
        or isinstance(base, bool)
    ):
        return
    if indicator.direction == "increase" and final.value < base:
        raise Unclear(
            f"the target ({final.value}) is below the baseline ({base}), but this indicator should increase; check both"
        )
    if indicator.direction == "decrease" and final.value > base:
        raise Unclear(
            f"the target ({final.value}) is above the baseline ({base}), but this indicator should decrease; check both"
        )


def _frequency_q(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = _updater(area, result, draft, "frequency")
    current = draft.indicator.frequency
    aliases = {f.id: f.id for f in kb.frequencies} | {
        a.lower(): f.id for f in kb.frequencies for a in f.aliases
    }

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = " ".join(text.strip().lower().split())
        if lowered in (KEEP, "keep", "yes"):
            return update(answers), ()
        frequency = aliases.get(lowered) or aliases.get(lowered.replace(" ", "_"))
        if frequency is None:
            raise Unclear(f"choose one of: {', '.join(FREQUENCIES)}")
        return update(answers, frequency=frequency), ()

    return Question("refine", f"refine.{draft.id}.frequency",
                    (_header(draft), f"How often will it be measured? Suggested: {current}. `ok` to keep, or choose."),
                    read, options=(KEEP, "monthly", "quarterly", "semiannual", "annual", REST), example=KEEP,
                    why="The frequency follows the data: case records can be counted every quarter, surveys once at "
                        "the start and end, follow-ups 3-12 months after the service.",
                    skip=_keep_default(area, result, draft, "frequency"))  # fmt: skip


def _disaggregation_q(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = _updater(area, result, draft, "disaggregation")
    known = tuple(kb.catalogue["disaggregation"])
    current = tuple(d.code for d in draft.indicator.disaggregation)

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if lowered in (KEEP, "keep", "yes"):
            return update(answers), ()
        if lowered in ("none", "no"):
            return update(answers, disaggregation=()), ()
        codes = parse_codes(text, known)
        return update(answers, disaggregation=tuple(_disaggregation(kb, c) for c in codes)), (
            f"Broken down by {', '.join(codes)}.",
        )

    lines = (_header(draft), f"Break it down by: {', '.join(current) or 'nothing yet'}. `ok` to keep, or list codes "
             f"({', '.join(known[:8])} …), or `none`.")  # fmt: skip
    return Question("refine", f"refine.{draft.id}.disaggregation", lines, read, options=(KEEP, "SEX AGE", "SEX AGE NAT EXP", REST),
                    example=KEEP if current else "SEX AGE",
                    why="Disaggregation shows who is reached and who is left out. People-level indicators need at "
                        "least sex and age; victim data also form of exploitation and nationality (as SDG 16.2.2).",
                    skip=_keep_default(area, result, draft, "disaggregation"))  # fmt: skip


def _disaggregation(kb: KnowledgeBase, code: str) -> Disaggregation:
    entry = kb.catalogue["disaggregation"][code]
    return Disaggregation(code=code, values=entry.values, name=entry.name)


def _ethics_q(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    update = _updater(area, result, draft, "ethics")
    suggested = suggested_ethics(kb)
    existing = draft.indicator.ethics_notes

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if is_yes(lowered) or lowered == KEEP:
            notes = existing or suggested
            return update(answers, ethics_notes=notes), ("Ethics notes added.",)
        if is_no(lowered):
            raise Unclear("data about victims always need a safeguard note; say `yes` to add the suggested one, or "
                          "write your own note (consent, confidentiality, who collects)")  # fmt: skip
        note = " ".join(text.split())
        if len(note.split()) < 4:
            raise Unclear(
                "write the safeguard as a sentence, e.g. 'consent asked separately from services; no names in the data'"
            )
        return update(answers, ethics_notes=(*existing, note)), ("Your note is added.",)

    shown = existing or suggested
    return Question("ethics", f"ethics.{draft.id}",
                    (_header(draft), "⚠ **Ethics**: these data come from or about people who may have been exploited. Plan for:",
                     *(f"- {line}" for line in shown[:4]), "Add these notes to the indicator? (`yes`, or write your own)"),
                    read, options=("yes",), example="yes",
                    why="Asking survivors for data can harm them: consent must be free and separate from services, "
                        "names stay out of M&E data, small numbers are not published, and collectors should not be "
                        "the people who deliver the service (WHO 2003; IOM data protection principles).")  # fmt: skip


def suggested_ethics(kb: KnowledgeBase) -> tuple[str, ...]:
    """The safeguards every indicator on victim data needs: separate consent, no identifiers, small cells, independent collectors."""
    rules = [
        kb.catalogue["ethics_rules"][r] for r in ("E4", "E2", "E3", "E6") if r in kb.catalogue["ethics_rules"]
    ]
    return tuple(f"{r.id} {r.title}: {r.note_template or r.advice}" for r in rules)


_STEPS: tuple[tuple[str, Callable[[Draft, KnowledgeBase], bool], Callable[..., Question]], ...] = (
    ("unit", _custom_only, _unit_q),
    ("stages", _staged, _stages_q),
    ("direction", _custom_only, _direction_q),
    (
        "numerator",
        _ratio,
        _text_step(
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
        _text_step(
            "denominator",
            "denominator",
            "Denominator: out of which group, in which period?",
            "The denominator is the eligible population. Without it a % cannot be interpreted or compared: "
            "'all residents who left in the quarter' and 'residents who answered' give different numbers.",
            "all residents who left the shelter in the quarter",
        ),
    ),
    ("baseline", _always, _baseline_q),
    ("baseline_date", _needs_baseline_date, _baseline_date_q),
    ("targets", _always, _target_q),
    (
        "mov",
        _always,
        _text_step(
            "mov",
            "means_of_verification",
            "Means of verification: where do the data come from?",
            "Data you already collect (case files, registers) are cheaper and safer than new surveys.",
            "case-management records",
        ),
    ),
    ("frequency", _always, _frequency_q),
    (
        "responsible",
        _always,
        _text_step(
            "responsible",
            "responsible",
            "Who is responsible for collecting and reporting it (a role, not a name)?",
            "A named role makes sure the data are collected when staff change.",
            "M&E officer",
        ),
    ),
    ("disaggregation", _always, _disaggregation_q),
    ("ethics", _victim, _ethics_q),
)
REFINE_STEPS = tuple(step for step, _, _ in _STEPS)


def skip_rest(kb: KnowledgeBase, answers: Answers) -> Outcome:
    """`keep the rest`: accept the suggested values (and example fills) for the rest of the current indicator."""
    question = next_question(kb, answers)
    if question is None or question.stage not in ("refine", "ethics"):
        raise Unclear("`keep the rest` works while an indicator is being refined")
    draft_id = question.key.split(".")[1]
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


# --- review ----------------------------------------------------------------------------------------


def findings_for(kb: KnowledgeBase, answers: Answers, draft_id: str) -> list:
    plan = build_plan(answers, {a.id: a.code for a in kb.areas})
    if plan is None:
        return []
    index = next((i for i, ind in enumerate(plan.indicators) if ind.id == draft_id), None)
    return review_indicator(plan, index) if index is not None else []


def _review(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.confirmed:
        return None
    plan = build_plan(answers, {a.id: a.code for a in kb.areas})
    assert plan is not None
    findings = review_plan(plan)
    errors = [f for f in findings if f.severity == "error"]
    warnings = [f for f in findings if f.severity == "warning"]
    results = sum(1 + len(c.outcomes) + len(c.outputs) for c in plan.results_chain)
    areas = len(plan.results_chain)
    lines = [f"**Review** — {areas} area{'s' if areas != 1 else ''}, {results} results, {len(plan.indicators)} indicators. "
             f"{len(errors)} errors, {len(warnings)} warnings left."]  # fmt: skip
    lines += [f"- ✖ {f.indicator or 'plan'} {f.rule}: {f.message}" for f in errors[:6]]
    lines += [f"- ⚠ {f.indicator or 'plan'} {f.rule}: {f.message}" for f in warnings[:6]]
    if len(warnings) > 6:
        lines.append(f"- … and {len(warnings) - 6} more warnings (`show` lists the plan)")
    empty = [r.id for a in answers.areas or () for r in a.results or () if r.drafts == ()]
    if errors:
        lines.append("Fix the errors first: `edit <indicator id>` revisits an indicator"
                     + (", `drop empty` removes results without indicators" if empty else "") + ".")  # fmt: skip
        options: tuple[str, ...] = (("drop empty",) if empty else ()) + tuple(
            f"edit {f.indicator}" for f in errors if f.indicator
        )[:3]
    else:
        lines.append("Write the plan now? (`write`, or `show` to see it first)")
        options = ("write", "show")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if lowered == "drop empty" and empty:
            return _drop_empty(answers), ("Removed the results that had no indicator.",)
        if lowered in ("write", "yes", "save plan", "done") and not errors:
            return dataclasses.replace(answers, confirmed=True), ("The plan is complete.",)
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
