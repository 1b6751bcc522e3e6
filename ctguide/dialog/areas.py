"""Stage 2, the project in the user's words and the intervention areas it matches."""

from __future__ import annotations

import dataclasses
import re

from ctguide.dialog.question import Outcome, Question
from ctguide.dialog.state import Answers, AreaDraft
from ctguide.guidetext import PILLAR_GLOSS
from ctguide.knowledge import KnowledgeBase
from ctguide.matching import Suggestions, suggest
from ctguide.parsing import Unclear, is_yes, parse_picks
from ctguide.textnorm import as_typed, fold

TOO_THIN = "That is too thin to tell which areas fit"
UNRELATED = "I could not relate that to a counter-trafficking intervention"
DESCRIBE_EXAMPLE = "we run a shelter for women survivors and help them find work"


def _describe_reader(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    if answers.earlier:  # more words on a description none of whose areas was it: read the two together
        text = f"{answers.earlier} {text.strip()}"
        answers = dataclasses.replace(answers, earlier=None)
    result = suggest(kb, text, limit=6)
    if (
        result.too_thin or not result.understood
    ):  # no dead end: the kind of work is asked next (kind_question)
        kept = text.strip() if result.too_thin else None  # unrelated words are not kept for the next reading
        return dataclasses.replace(answers, thin=True, earlier=kept), (
            f"{TOO_THIN}." if result.too_thin else f"{UNRELATED}.",
        )
    proposed = tuple(a.id for a in result.areas)
    chosen = {a: p for a, p in answers.pillars if a in answers.decided}
    pillars = tuple(
        (
            a.id,
            chosen.get(a.id)
            or (a.pillar if a.pillar in kb.area_by_id[a.id].pillars else kb.area_by_id[a.id].pillar),
        )
        for a in result.areas
    )  # a pillar the user chose stays chosen when the project is described again
    description = text.strip() if answers.description is None else f"{answers.description} {text.strip()}"
    reasons = tuple((a.id, distinct_reasons(a.why, text)) for a in result.areas)
    reading, weak = _sureness(result)
    return dataclasses.replace(answers, description=description[:2000], proposed=proposed, pillars=pillars,
                               reading=reading, reasons=reasons, unsure=weak,
                               lead=None, thin=False), ()  # fmt: skip


def _skip_describing(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    return dataclasses.replace(answers, thin=True), ()


def _kind_reader(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    """A pillar (by number or name; several with spaces) lists its areas to choose from; words are read as more
    of the description."""
    pillars = tuple(p.id for p in kb.pillars)
    said = fold(text.strip())
    named = [p for p in pillars if said and len(said) >= 4 and fold(kb.pillar_by_id[p].name).startswith(said)]
    if not named and not re.fullmatch(r"[\d\s,\-]+|[\d\s,]+(?:and|y|et|e)[\d\s,]+", said):
        return _describe_reader(kb, answers, text)
    chosen = named or [pillars[i] for i in parse_picks(text, len(pillars))]
    areas = tuple(a for p in chosen for a in sorted(kb.areas, key=lambda a: a.name) if a.pillar == p)
    reasons = tuple((a.id, (_first_sentence(a.description),)) for a in areas)
    return dataclasses.replace(answers, description=answers.earlier or "", earlier=None,
                               proposed=tuple(a.id for a in areas), pillars=tuple((a.id, a.pillar) for a in areas),
                               reading=(), reasons=reasons, unsure=False, lead=""), ()  # fmt: skip


def _first_sentence(text: str) -> str:
    first = re.sub(r"^Projects in this area ", "", text.split(". ")[0].strip().rstrip("."))
    first = first[:1].upper() + first[1:]
    return first if len(first) <= 64 else first[:63].rstrip(" ,;:(") + "…"  # one line at 80 columns


def kind_question(kb: KnowledgeBase, answers: Answers) -> Question:
    """After a description too thin to read (or `skip`): the four pillars to choose from, or more words."""
    lines = tuple(
        f"{n}. **{p.name}**: {PILLAR_GLOSS.get(p.id, p.name.lower())}"
        for n, p in enumerate(kb.pillars, start=1)
    )
    count = len(lines)
    so_far = (
        f" I keep what you wrote (“{answers.earlier}”) and read it with your new words."
        if answers.earlier
        else ""
    )
    return Question("describe", "describe.kind",
                    ("Say a little more: what the project does, for whom, and where." + so_far,
                     "Or choose the kind of work, and I list its areas to pick from:", *lines,
                     f"Pick one or more by number (`1` to `{count}`), or type more words."),
                    _kind_reader, options=tuple(str(n) for n in range(1, count + 1)), example="2",
                    numbered=count,
                    why="I match your words to the intervention areas of the knowledge base; when there are too "
                        "few words to tell, choosing the kind of work lists its areas instead.")  # fmt: skip


def pillar_of(kb: KnowledgeBase, answers: Answers, area_id: str) -> str:
    """The pillar an area is filed under: what the user chose, else what the text implies, else its home."""
    return answers.pillar(area_id) or kb.area_by_id[area_id].pillar


def describe_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.description is not None:
        return None
    if answers.thin:
        return kind_question(kb, answers)
    ask = (
        (
            f"So far you wrote: “{answers.earlier}”. What else does the project do, for whom, and where? I read the "
            "two together.",
        )
        if answers.earlier
        else (
            "Now tell me in your own words what the project does: a sentence or a paragraph from your proposal is fine.",
        )
    )
    return Question("describe", "describe", ask,
                    _describe_reader, example=DESCRIBE_EXAMPLE, skip=_skip_describing,
                    why="I match your words to the intervention areas of the knowledge base (prevention, protection, "
                        "prosecution, partnership) and suggest the ones that fit; you confirm, add or remove. "
                        "`skip` lets you choose the kind of work from a list instead.")  # fmt: skip


def _area_lines(kb: KnowledgeBase, answers: Answers) -> tuple[str, ...]:
    why = dict(answers.reasons)
    lines = []
    one_pillar = len({pillar_of(kb, answers, a) for a in answers.proposed}) == 1
    for n, area_id in enumerate(answers.proposed, start=1):
        area = kb.area_by_id[area_id]
        reasons = "; ".join(why.get(area_id, ())[:2]) or "added by you"
        pillar = pillar_of(kb, answers, area_id)
        others = [kb.pillar_by_id[p].name for p in area.pillars if p != pillar and p in kb.pillar_by_id]
        also = f"also fits {' and '.join(others)}" if others else ""
        where = f"{kb.pillar_by_id[pillar].name}; {also}" if also else kb.pillar_by_id[pillar].name
        shown = (
            (f" ({also})" if also else "") if one_pillar else f" ({where})"
        )  # the lead names a shared pillar once
        move = f"; to file it under {others[0]}: `pillar {n} {others[0].lower()}`" if others else ""
        indent = " " * len(f"{n}. ")  # under the item's first word: a reason under '10.' stays in its item
        lines.append(f"{n}. **{area.name}**{shown}\n{indent}- {reasons}{move}")
    return tuple(lines)


def _set_pillar(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    parts = text.split()
    if len(parts) != 3 or not parts[1].isdigit():
        raise Unclear("say which area and which pillar, e.g. `pillar 2 protection`")
    index = parse_picks(parts[1], len(answers.proposed))[0]
    area = kb.area_by_id[answers.proposed[index]]
    wanted = next(
        (
            p
            for p in area.pillars
            if p.startswith(parts[2]) or kb.pillar_by_id[p].name.lower().startswith(parts[2])
        ),
        None,
    )
    if wanted is None:
        names = ", ".join(kb.pillar_by_id[p].name for p in area.pillars)
        raise Unclear(f"{area.name} can sit under: {names}")
    pillars = tuple((a, p) for a, p in answers.pillars if a != area.id) + ((area.id, wanted),)
    decided = answers.decided if area.id in answers.decided else (*answers.decided, area.id)
    return dataclasses.replace(answers, pillars=pillars, decided=decided), (
        f"{area.name} is now under {kb.pillar_by_id[wanted].name}.",
    )


def _areas_reader(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
    lowered = text.strip().lower()
    if lowered.startswith(("add ", "remove ")):
        return _areas_add_remove(kb, answers, lowered)
    if lowered.startswith("pillar"):
        return _set_pillar(kb, answers, lowered)
    if is_yes(lowered) or lowered in ("all", "keep all"):
        picks = tuple(range(len(answers.proposed)))
    else:
        picks = parse_picks(text, len(answers.proposed))
    return choose_areas(kb, answers, tuple(answers.proposed[i] for i in picks))


def choose_areas(kb: KnowledgeBase, answers: Answers, chosen: tuple[str, ...]) -> Outcome:
    """The areas kept, in this order; one chosen before (then set aside by an edit) keeps its answers."""
    previous = {a.area: a for a in (*answers.kept, *(answers.areas or ()))}
    areas = tuple(
        previous[a].with_pillar(pillar_of(kb, answers, a))
        if a in previous
        else AreaDraft(a, pillar_of(kb, answers, a))
        for a in chosen
    )
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


def distinct_reasons(why: tuple[str, ...], description: str = "", count: int = 2) -> tuple[str, ...]:
    """The first `count` reasons that each name other words of the user's ('asesoría jurídica' matched a
    keyword and a synonym: said once; 'shelter' after 'shelter for women survivors': not again), those words
    spelled as the user typed them."""
    seen: list[str] = []
    kept = []
    for reason in why:
        words = QUOTED_START.match(reason)
        key = words.group(1) if words else reason
        if not any(f" {key} " in f" {said} " for said in seen):
            seen.append(key)
            kept.append(
                f"'{as_typed(key, description)}'{reason[words.end(1) + 1 :]}" if words else plain(reason)
            )
    return tuple(kept[:count])


_PLAIN = (
    (re.compile(r"^words real projects in this area use: "), "words projects of this kind often use: "),
    (re.compile(r"^weighs less: the text serves (\w+), where this area is not offered$"),
     r"counts for less: your words are mostly about \1 work, and this area is not"),
)  # fmt: skip


def plain(reason: str) -> str:
    """The matcher's reason in a newcomer's words ('weighs less: the text serves protection, where this area is
    not offered' read as if the area were refused)."""
    for pattern, words in _PLAIN:
        reason = pattern.sub(words, reason)
    return reason


# The quoted words may hold apostrophes ('d'orientation'): up to the first "' matched" or "' close to".
QUOTED_START = re.compile(r"'(.+?)' (?:matched|close to) ")


TIE = ("The first areas fit your words about equally well: keep every one that applies, the main one first "
       "(e.g. `2 1`).")  # fmt: skip
NOT_SURE = "**Not sure**"


def _sureness(result: Suggestions) -> tuple[tuple[str, ...], bool]:
    """What the reading rests on: words read differently, and 'not sure' when the evidence is weak or split;
    and whether it is weak (then the user is asked which area leads: ctguide.dialog.doubts). Two areas the
    user's words name outright are a tie, not a doubt: the user keeps both, the main one first."""
    lines = []
    if result.readings:
        lines.append("I read " + "; ".join(r.replace(" read as ", " as ") for r in result.readings) + ".")
    tie = result.not_sure or result.tied
    if tie and len(result.areas) > 1 and all(_named(a.why) for a in result.areas[:2]):
        lines.append(TIE)
        return tuple(lines), False
    if result.not_sure:
        lines.append(f"{NOT_SURE}: your words point only weakly to these areas. Keep the ones that are right, "
                     "`add <area>` for one I missed, or say more with `edit description`.")  # fmt: skip
    return tuple(lines), result.not_sure


def _named(why: tuple[str, ...]) -> bool:
    """The user's own words name the area (not only related words): 'not sure' between two such areas is a tie."""
    return any((found := QUOTED_START.match(r)) and " matched " in found.group(0) for r in why)


def areas_question(kb: KnowledgeBase, answers: Answers) -> Question | None:
    if answers.areas is not None:
        return None
    pillars = {pillar_of(kb, answers, a) for a in answers.proposed}
    lead = "That reads like these areas, strongest first" + (
        f", all under **{kb.pillar_by_id[next(iter(pillars))].name}**:" if len(pillars) == 1 else ":"
    )
    if answers.lead:
        lead = lead.replace("strongest first", "your main one first")
    if answers.lead == "" and not answers.reading and answers.proposed:  # listed from the kind of work chosen
        lead = "The areas of the kind of work you chose:"
    if len(answers.proposed) == 1:
        lead = lead.replace("these areas, strongest first", "this area")
    count = len(answers.proposed)
    reading = (
        answers.reading
        if answers.lead is None
        else tuple(r for r in answers.reading if r.startswith("I read "))
    )
    return Question("areas", "areas", (*reading, lead, *_area_lines(kb, answers),
                    "Type the numbers to keep (e.g. `1 2`), `add <area>` for one I missed, `remove <n>`, or "
                    "`pillar <n> <pillar>` to file an area under another pillar."),
                    _areas_reader, options=("all", *(str(n) for n in range(1, count + 1))),
                    example="1 2" if count > 1 else "1",
                    why="An intervention area is a kind of work (shelter, hotline, law-enforcement training...). Each "
                        "comes with a typical objective, results and tested indicators. Most projects cover one to four.")  # fmt: skip
