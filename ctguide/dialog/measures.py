"""Refinement: what one indicator measures and how: unit, stages, direction, data source, frequency, breakdown."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable

from ctguide.dialog.profile import donor_family
from ctguide.dialog.question import KEEP, REST, Outcome, Question, header, keep_default, updater
from ctguide.dialog.state import Answers, Draft, ResultDraft
from ctguide.knowledge import Area, KnowledgeBase
from ctguide.parsing import Unclear, parse_breakdown, parse_list, short_name
from ctguide.plan import DIRECTIONS, FREQUENCIES, RATIO_UNITS, UNITS, Disaggregation
from ctguide.smart import PEOPLE


def unit_step(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
    update = updater(area, result, draft, "unit")

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

    units = ("number", "percent", "mean", "median", "stage", "yes_no", "text")
    guess = draft.indicator.unit if draft.indicator.unit in units else "number"  # what its wording reads as
    return Question("refine", f"refine.{draft.id}.unit",
                    (header(draft), f"What is its unit? The wording reads as `{guess}`."), read,
                    options=(guess, *(u for u in units if u != guess)), example=guess,
                    why="The unit says what one data point is: a count, a share of a group (%), an average, a stage "
                        "reached (a milestone) or a narrative (qualitative).")  # fmt: skip


def stages_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "stages")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        stages = parse_list(text)
        if len(stages) < 2:
            raise Unclear("list at least two stages in order, separated by commas")
        return update(answers, stages=stages), ()

    return Question("refine", f"refine.{draft.id}.stages", (header(draft), "List the stages in order, separated by commas."),
                    read, example="drafted, submitted, adopted, in force, applied in at least one case",
                    why="A milestone is clearest as a ladder of stages: paper steps first, then use in practice.")  # fmt: skip


def direction_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "direction")

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

    return Question("refine", f"refine.{draft.id}.direction", (header(draft), "Which way is good: should it increase, decrease, be maintained, or reach a stage?"),
                    read, options=DIRECTIONS, example="increase",
                    why="The direction of desirable change tells a reader how to judge a change. Some counts are "
                        "ambiguous: more victims identified can mean better detection or more trafficking, so say how to read it.")  # fmt: skip


Example = str | Callable[[Answers, Draft], str]


def text_step(step: str, field: str, prompt: str, why: str, sample: Example) -> Callable[..., Question]:
    def build(kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft) -> Question:
        update = updater(area, result, draft, step)
        current = getattr(draft.indicator, field)
        known = current and current != "(to be set)"
        example = sample(answers, draft) if callable(sample) else sample

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

        lines = (header(draft), prompt) + (
            (f"Suggested: {current}", "`ok` to keep it, or type your own.") if known else ()
        )
        return Question("refine", f"refine.{draft.id}.{step}", lines, read, options=(KEEP, REST) if known else (),
                        example=current if known else example, why=why,
                        skip=keep_default(area, result, draft, step) if known else None)  # fmt: skip

    return build


_SHARE = re.compile(
    r"^%\s+of\s+(?P<who>.+?)\s+(?P<rest>(?:who|that|whose|with|in which|where)\s+.+)$", re.IGNORECASE
)


def numerator_example(answers: Answers, draft: Draft) -> str:
    """The top of the fraction, read from the indicator's own wording when it is '% of X who Y'."""
    if m := _SHARE.match(draft.indicator.statement):
        return f"{m['who']} {m['rest']}"
    return f"{_group(answers)} who reached the change this indicator measures"


def denominator_example(answers: Answers, draft: Draft) -> str:
    if m := _SHARE.match(draft.indicator.statement):
        return f"all {m['who']} in the reporting quarter"
    return f"all {_group(answers)} reached in the reporting quarter"


def _group(answers: Answers) -> str:
    return (answers.target_groups or ("participants",))[0]


def definitions_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    """An own indicator's terms, defined so that two people would count the same thing."""
    update = updater(area, result, draft, "definitions")

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        if text.strip().lower() in ("none", "no", "nothing to define"):
            return update(answers), ()
        pairs = []
        for part in re.split(r"[;\n]", text):
            term, colon, meaning = part.partition(":")
            if not colon or not term.strip() or len(meaning.split()) < 2:
                raise Unclear("write each term with its meaning, e.g. 'reintegrated: living independently with a "
                              "stable income for 6 months'; several with `;`, or `none`")  # fmt: skip
            pairs.append((" ".join(term.split()), " ".join(meaning.split())))
        return update(answers, definitions=(*draft.indicator.definitions, *pairs)), (
            f"Defined: {', '.join(term for term, _ in pairs)}.",)  # fmt: skip

    return Question("refine", f"refine.{draft.id}.definitions",
                    (header(draft), "Which words need a definition so that two people would count the same? "
                     "Write `term: meaning` (several with `;`), or `none`."),
                    read, options=("none",), example="none", skip=keep_default(area, result, draft, "definitions"),
                    why="Words like 'safe', 'reintegrated' or 'trained' mean different things to different staff. A "
                        "definition (e.g. 'trained: attended all sessions and passed the post-test') makes the "
                        "indicator measurable and comparable over time.")  # fmt: skip


def frequency_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "frequency")
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

    named = next((f.name for f in kb.frequencies if f.id == current), current)
    return Question("refine", f"refine.{draft.id}.frequency",
                    (header(draft), f"How often will it be measured? Suggested: {named[:1].lower() + named[1:]}. "
                                    "`ok` to keep, or choose."),
                    read, options=(KEEP, "monthly", "quarterly", "semiannual", "annual", REST), example=KEEP,
                    why="The frequency follows the data: case records can be counted every quarter, surveys once at "
                        "the start and end, follow-ups 3-12 months after the service.",
                    skip=keep_default(area, result, draft, "frequency"))  # fmt: skip


US_F_BREAKDOWN = ("SEX", "AGE")
"""What the US foreign-assistance (F) indicators on people ask at least: sex and age."""


def disaggregation_step(
    kb: KnowledgeBase, answers: Answers, area: Area, result: ResultDraft, draft: Draft
) -> Question:
    update = updater(area, result, draft, "disaggregation")
    names = {code: entry.name for code, entry in kb.catalogue["disaggregation"].items()}
    known = tuple(names)
    current = tuple(d.code for d in draft.indicator.disaggregation)
    refs = [r.code for r in draft.indicator.external_refs if r.vocabulary == "usg_f"]
    people = bool(set(US_F_BREAKDOWN) & set(current)) or bool(PEOPLE.search(draft.indicator.statement))
    us = bool(refs) and people and donor_family(answers.donor) == "us"
    required = tuple(c for c in US_F_BREAKDOWN if c in known) if us else ()
    current = (*current, *(c for c in required if c not in current))

    def read(kb: KnowledgeBase, answers: Answers, text: str) -> Outcome:
        lowered = text.strip().lower()
        if lowered in (KEEP, "keep", "yes"):
            return update(answers, disaggregation=tuple(_disaggregation(kb, c) for c in current)), ()
        if lowered in ("none", "no") and not required:
            return update(answers, disaggregation=()), ()
        codes = parse_breakdown(text, names)
        missing = [c for c in required if c not in codes]
        if missing:
            raise Unclear(
                f"US F indicator {refs[0]} is reported by {', '.join(required)}; keep {', '.join(missing)}"
            )
        return update(answers, disaggregation=tuple(_disaggregation(kb, c) for c in codes)), (
            f"Broken down by {_named(codes, names)}.",
        )

    others = ", ".join(short_name(names[c]) for c in known if c not in current)
    lines = (header(draft), f"Break it down by: {_named(current, names) or 'nothing yet'}. `ok` to keep, or say "
             f"which, by name or code ({textwrap.shorten(others, 60, placeholder=' …')}), or `none`.")  # fmt: skip
    if required:
        lines += (
            f"US F indicator {', '.join(refs)}: the US government asks for it by {' and '.join(required)}.",
        )
    return Question("refine", f"refine.{draft.id}.disaggregation", lines, read, options=(KEEP, "sex, age", "sex, age, nationality, exploitation", REST),
                    example=KEEP if current else "sex, age",
                    why="Disaggregation shows who is reached and who is left out. People-level indicators need at "
                        "least sex and age; victim data also form of exploitation and nationality (as SDG 16.2.2).",
                    skip=keep_default(area, result, draft, "disaggregation"))  # fmt: skip


def _named(codes: tuple[str, ...], names: dict[str, str]) -> str:
    """'sex (SEX), age band (AGE)': what a newcomer reads, with the code the plan file keeps."""
    return ", ".join(f"{short_name(names[c])} ({c})" if c in names else c for c in codes)


def _disaggregation(kb: KnowledgeBase, code: str) -> Disaggregation:
    entry = kb.catalogue["disaggregation"][code]
    return Disaggregation(code=code, values=entry.values, name=entry.name)
