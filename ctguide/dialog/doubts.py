"""Where the reading of the description is not sure, the user decides: which area this part of the project is
mainly about (asked before the areas are chosen), and which pillar an area that can sit under several belongs
to (asked once the areas are chosen, when they sit under different pillars). Each is a short numbered list,
strongest first, every choice with its reason in a few words."""

from __future__ import annotations

import dataclasses

from ctguide.dialog.areas import NOT_SURE, QUOTED_START, choose_areas, pillar_of
from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, AreaDraft
from ctguide.guidetext import PILLAR_GLOSS
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, is_yes, parse_picks
from ctguide.textnorm import fold

MAX_CHOICES = 4
LEFT_AS_READ = ("not sure", "dont know", "don't know", "keep order", "keep your order", "no idea")
NONE_OF_THESE = ("none", "none of these", "neither", "other", "something else")


def lead_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """Which area leads, when the reading that proposed the areas was not sure (a tie between areas the user's
    words name is settled by the order the user keeps them in: ctguide.dialog.areas.TIE)."""
    if (
        answers.areas is not None
        or answers.lead is not None
        or not answers.unsure
        or len(answers.proposed) < 2
    ):
        return None
    choices = answers.proposed[:MAX_CHOICES]
    lines = tuple(
        f"{n}. **{kb.area_by_id[a].name}** ({kb.pillar_by_id[pillar_of(kb, answers, a)].name}): {short_reason(answers, a)}"
        for n, a in enumerate(choices, start=1)
    )
    ask = (f"Which is this part of the project mainly about? Pick one (`1` to `{len(choices)}`), or several "
           "with the main one first (`2 1`); `not sure` keeps my order, `none` if none of these is it.")  # fmt: skip

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        said = fold(text.strip()).replace("’", "'")
        if said in LEFT_AS_READ:
            return dataclasses.replace(answers, lead=""), ("I'll keep the order I read.",)
        if said in NONE_OF_THESE:
            return dataclasses.replace(answers, description=None, earlier=answers.description, proposed=(),
                                       reasons=(), reading=(), unsure=False, lead=None), (
                "Then tell me a little more: what the project does, for whom, and where. I keep what you wrote "
                "and read it with your new words.",)  # fmt: skip
        if is_yes(said) or said in ("all", "keep all"):
            return choose_areas(kb, dataclasses.replace(answers, lead=""), answers.proposed)
        picks = parse_picks(text, len(choices))
        lead = choices[picks[0]]
        proposed = (lead, *(a for a in answers.proposed if a != lead))
        led = dataclasses.replace(answers, lead=lead, proposed=proposed)
        said_first = f"Mainly {kb.area_by_id[lead].name}, then: it comes first in the plan."
        if len(picks) == 1:
            return led, (said_first,)
        chosen, working = choose_areas(
            kb, led, tuple(choices[i] for i in picks)
        )  # several: the areas kept, the first leads
        return chosen, (said_first, *working)

    readings = tuple(line for line in answers.reading if line.startswith("I read "))
    doubt = f"{NOT_SURE}: your words point only weakly to these areas."
    return Question("areas", "areas.lead", (*readings, doubt, *lines, ask), read,
                    options=(*(str(n) for n in range(1, len(choices) + 1)), "not sure", "none"),
                    example="1", numbered=len(choices),
                    why="Your words point only weakly to these areas. The area the project is mainly about comes "
                        "first: the plan's goal is filed under it, and its pillar is the one the plan leads with.")  # fmt: skip


def short_reason(answers: Answers, area_id: str) -> str:
    """An area's first reason in a few words: the user's words it matched, else what kind of evidence it was."""
    reasons = dict(answers.reasons).get(area_id, ())
    if not reasons:
        return "added by you"
    quoted: list[str] = []
    for reason in reasons:
        found = QUOTED_START.match(reason)
        words = found.group(1) if found else None
        if words and not any(words in said or said in words for said in quoted):
            quoted.append(words)
    if quoted:
        return "your words " + ", ".join(f"'{w}'" for w in quoted[:2])
    first = reasons[0].split(";")[0]
    return first if len(first) <= 60 else first[:59].rstrip() + "…"


def pillar_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    """The pillar of the first chosen area that can sit under several, when the chosen areas sit under
    different pillars (or the reading was not sure) and the user has not chosen it yet."""
    chosen = answers.areas or ()
    spread = len({a.pillar for a in chosen}) > 1
    pending = [a for a in chosen if len(kb.area_by_id[a.area].pillars) > 1 and a.area not in answers.decided]
    if not pending or not (spread or answers.unsure):
        return None
    draft = pending[0]
    area = kb.area_by_id[draft.area]
    choices = _pillar_order(kb, answers, area, draft)
    lines = tuple(
        f"{n}. **{kb.pillar_by_id[p].name}**: {_pillar_reason(kb, answers, area, draft, p)}"
        for n, p in enumerate(choices, start=1)
    )
    names = " or ".join(kb.pillar_by_id[p].name for p in choices)
    lead = (f"**{area.name}** can sit under {names}, and your areas sit under more than one pillar. "
            "Which is it in this project?")  # fmt: skip

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return _file_under(kb, answers, draft.area, _picked_pillar(kb, text, choices))

    def skip(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        return _file_under(kb, answers, draft.area, draft.pillar)

    return Question("areas", f"areas.pillar.{area.id}", (lead, *lines, f"Pick one (`1` to `{len(choices)}`); `skip` keeps it under "
                                               f"{kb.pillar_by_id[draft.pillar].name}."),
                    read, options=tuple(str(n) for n in range(1, len(choices) + 1)), example="1",
                    numbered=len(choices), skip=skip,
                    why="The pillar says what kind of work this is: prevention works with people at risk, protection "
                        "with survivors, prosecution is the justice response, partnership brings actors together. "
                        "Donors read a plan by pillar, and each pillar's indicators are judged differently.")  # fmt: skip


def _pillar_order(kb: KnowledgeBase, answers: Answers, area: Area, draft: AreaDraft) -> tuple[str, ...]:
    """Strongest first: where it is filed now (what the text implies), then the pillars of the other chosen
    areas, then the rest in the knowledge base's order."""
    others = [a.pillar for a in answers.areas or () if a.area != area.id]
    return tuple(
        sorted(area.pillars, key=lambda p: (p != draft.pillar, p not in others, area.pillars.index(p)))
    )


def _pillar_reason(kb: KnowledgeBase, answers: Answers, area: Area, draft: AreaDraft, pillar: str) -> str:
    reasons = [PILLAR_GLOSS.get(pillar, kb.pillar_by_id[pillar].name.lower())]
    if pillar == draft.pillar:
        reasons.append("as I read your words" if pillar != area.pillar else "where this work usually sits")
    alongside = [
        kb.area_by_id[a.area].name for a in answers.areas or () if a.area != area.id and a.pillar == pillar
    ]
    if alongside:
        reasons.append("with your " + " and ".join(alongside[:2]))
    return "; ".join(reasons)


def _picked_pillar(kb: KnowledgeBase, text: str, choices: tuple[str, ...]) -> str:
    said = fold(text.strip())
    named = [
        p for p in choices if said and (p.startswith(said) or fold(kb.pillar_by_id[p].name).startswith(said))
    ]
    if len(named) == 1:
        return named[0]
    picks = parse_picks(text, len(choices))
    if len(picks) > 1:
        raise Unclear("pick one pillar")
    return choices[picks[0]]


def _file_under(kb: KnowledgeBase, answers: Answers, area_id: str, pillar: str) -> Outcome:
    area = answers.area(area_id)
    assert area is not None
    pillars = tuple((a, p) for a, p in answers.pillars if a != area_id) + ((area_id, pillar),)
    decided = (*answers.decided, area_id) if area_id not in answers.decided else answers.decided
    updated = dataclasses.replace(answers, pillars=pillars, decided=decided).replace_area(
        area.with_pillar(pillar)
    )
    return updated, (f"{kb.area_by_id[area_id].name} is under {kb.pillar_by_id[pillar].name}.",)
